// Document pass 5: "Asked whether …," openers: a question put by an unnamed asker (rule asked-opener).

import type { TextLayer } from '../../types.js';
import { type CueHit } from '../cues.js';
import { type RawAttribution, make, revised } from '../attribution/make.js';
import { nounPhraseRight } from '../grammar/noun-phrases.js';
import { closesQuotation, sentenceEndOffset } from '../grammar/quotes.js';
import { WH_WORDS } from '../grammar/words.js';
import { WORDS, isWord, tokenIs } from '../grammar/lexicon.js';

/**
 * "Asked whether the plan would pass, Ruiz said …", "When asked about the fire, …": the opener
 * reports a question put by someone the article does not name (or names after "by": "Asked by a
 * reporter whether …"). Its content is what was asked,
 * up to the comma that ends the opener; the answer is the main clause's own report.
 */
export function addAskedOpeners(layer: TextLayer): RawAttribution[] {
  const found: RawAttribution[] = [];
  const { tokens, sentences } = layer;
  for (const s of sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd - 2; i++) {
      const t = tokens[i]!;
      if (t.lower !== 'asked' || t.quote >= 0) continue;
      // At the sentence's start ("Asked …", "But when asked …") or after "when"/"if"/"after"
      // anywhere ("…, she told CNN when asked which …").
      let o = i - 1;
      const subordinate = o >= s.tokenStart && tokenIs(WORDS.askedSubordinators, tokens[o]!);
      if (subordinate) o--;
      if (o >= s.tokenStart && tokenIs(WORDS.coordinators, tokens[o]!) && (o === s.tokenStart || tokens[o - 1]!.text === ',')) o--;
      if (!(o < s.tokenStart || (subordinate && tokens[o]!.quote < 0))) continue;
      let k = i + 1;
      while (k < s.tokenEnd && tokens[k]!.pos === 'ADV' && !tokenIs(WH_WORDS, tokens[k]!)) k++;
      // "asked at a rally about …", "Asked during a debate why …": a short adjunct may come first.
      // ("during a debate in May why": two prepositional phrases at most.)
      let p = k;
      // ("Asked by moderator Ana Ruiz whether …": the agent after "by" put the question; PolNeAR marks it the source, 10 of 10.)
      let asker: [number, number] | null = null;
      for (let n = 0; n < 2 && p < s.tokenEnd && tokens[p]!.pos === 'ADP' && !tokenIs(WORDS.aboutTo, tokens[p]!); n++) {
        const pp = nounPhraseRight(tokens, p + 1, s.tokenEnd);
        if (!pp || pp[1] - k > 8) break;
        if (tokenIs(WORDS.agentBy, tokens[p]!)) asker = pp;
        p = pp[1];
        if (tokens[p]?.lower === 'about' || isWord(WH_WORDS, tokens[p]?.text ?? '')) {
          k = p;
          break;
        }
      }
      const about = tokens[k]?.lower === 'about';
      if (!about && !isWord(WH_WORDS, tokens[k]?.text ?? '') && !isWord(WORDS.toWhich, tokens[k]?.text ?? '')) continue;
      let comma = -1;
      for (let m = k + 1; m < s.tokenEnd - 1; m++) {
        if (tokens[m]!.text === ',' && (tokens[m]!.quote < 0 || closesQuotation(layer, tokens[m + 1]!) || tokens[m + 1]!.quote < 0)) {
          comma = m;
          break;
        }
      }
      // Mid-sentence, what was asked may run to the sentence's end.
      if (comma < 0 && o < s.tokenStart) continue;
      const from = about ? k + 1 : k;
      const cue: CueHit = { first: i, last: about ? k + 1 : i + 1, lemma: about ? 'ask about' : 'ask', kind: 'speech' };
      const stop = comma >= 0 ? (closesQuotation(layer, tokens[comma + 1]!) ? tokens[comma + 1]!.end : tokens[comma]!.end) : sentenceEndOffset(layer, s);
      const a = make(layer, s, -1, { content: { start: tokens[from]!.start, end: stop, form: 'indirect' }, cue, speaker: asker, rule: 'asked-opener' });
      if (a) found.push(a);
    }
  }
  return found;
}

/**
 * "Asked whether the president had spoken to Speaker Finch, Okoro said …": a report read inside
 * what was asked ends where the question ends; the answer after the opener's comma is the main
 * clause's (copies; the list given is left as it was).
 */
export function endInsideQuestions(layer: TextLayer, atts: readonly RawAttribution[], asked: readonly RawAttribution[]): RawAttribution[] {
  return atts.map((a) => {
    if (!a.cue) return a;
    const at = layer.tokens[a.cue.first]!.start;
    const q = asked.find((o) => o.contentStart <= at && at < o.contentEnd && a.contentStart < o.contentEnd && a.contentEnd > o.contentEnd);
    return q ? revised(a, { contentEnd: q.contentEnd }) : a;
  });
}
