// A cue-rule guard (CUE_STEPS in cue-rules.ts): a verb of saying inside a fixed phrase that reports
// no one's words — "it goes without saying that …", "needless to say", "no matter what anyone
// says" — is no cue. The phrases are in data/lexicon/idioms.json.

import idioms from '../../../data/lexicon/idioms.json' with { type: 'json' };
import type { Token } from '../../types.js';
import type { CueContext } from './cue-context.js';

/** One phrase: its words before the cue word, the cue word (or "=lemma": any form of it), its words after ('*' = one to three words; '^' first = the sentence's start). */
interface Idiom {
  readonly before: readonly string[];
  readonly cue: string;
  readonly after: readonly string[];
}

/** How many words a '*' in a phrase stands for, at most. */
const MAX_GAP = 3;

function parse(phrase: string): Idiom {
  const words = phrase.split(/\s+/);
  const at = words.findIndex((w) => w.startsWith('['));
  return { before: words.slice(0, at), cue: words[at]!.slice(1, -1), after: words.slice(at + 1) };
}

const IDIOMS: readonly Idiom[] = idioms.phrases.map(parse);
const BY_CUE: ReadonlyMap<string, readonly Idiom[]> = IDIOMS.reduce((m, i) => m.set(i.cue, [...(m.get(i.cue) ?? []), i]), new Map<string, Idiom[]>());

/** Do `words` match the tokens from `k` stepping by `step` (-1: backwards, words read from the end), within [lo, hi)? */
function matches(tokens: readonly Token[], k: number, step: 1 | -1, words: readonly string[], lo: number, hi: number): boolean {
  if (words.length === 0) return true;
  const [w, rest] = step === 1 ? [words[0]!, words.slice(1)] : [words.at(-1)!, words.slice(0, -1)];
  // '^': the start of the sentence ("^ that [said]": "That said, …", not "the report that said …").
  if (w === '^') return step === -1 && k === lo - 1 && rest.length === 0;
  if (w === '*') {
    for (let n = 1; n <= MAX_GAP; n++) if (k + step * (n - 1) >= lo && k + step * (n - 1) < hi && matches(tokens, k + step * n, step, rest, lo, hi)) return true;
    return false;
  }
  return k >= lo && k < hi && tokens[k]!.lower === w && matches(tokens, k + step, step, rest, lo, hi);
}

/** null (no report) when the cue is the verb of a fixed phrase, else undefined. */
export function notIdiom(c: CueContext): null | undefined {
  const { tokens, s, cue } = c;
  if (cue.last - cue.first !== 1) return undefined;
  const t = tokens[cue.first]!;
  const candidates = [...(BY_CUE.get(t.lower) ?? []), ...(BY_CUE.get(`=${t.lemma}`) ?? [])];
  for (const i of candidates) {
    if (matches(tokens, cue.first - 1, -1, i.before, s.tokenStart, s.tokenEnd) && matches(tokens, cue.last, 1, i.after, s.tokenStart, s.tokenEnd)) return null;
  }
  return undefined;
}
