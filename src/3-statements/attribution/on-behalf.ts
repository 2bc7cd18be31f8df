// "Maria Lopez, speaking for the tenants' association, said …": after a participle of
// talking, "for" names whom the speaker represents, not what was said (PolNeAR train and dev mark
// 1 of 11 "speak/talk for" as a cue), so no content is read there.

import type { Token } from '../../types.js';
import type { CueHit } from '../cues.js';
import type { Content } from './make.js';
import { lowerBound } from '../../spans.js';
import { WORDS, tokenIs } from '../grammar/lexicon.js';

/** No content when a verb of talking takes "for" and a noun phrase ("speaking for the union"); otherwise the content as it was. */
export function onBehalfOnly(tokens: Token[], cue: CueHit, content: Content | null): Content | null {
  if (!content || !WORDS.talkVerbs.has(cue.lemma.split(' ')[0]!)) return content;
  const m = lowerBound(tokens, content.start);
  return m > 0 && m < tokens.length && tokenIs(WORDS.onBehalfPrepositions, tokens[m - 1]!) ? null : content;
}
