// Stage 1, inside tokenisation (tokens.ts, after tag-repairs.ts's clause repairs): verbs of speech and
// thought right before "that" that wink tags as nouns after their subject — a bare plural ("say investors
// demand that …") or "with" and a name ("with Justice Ana Ruiz observing that …").

import tagging from '../../data/lexicon/tagging.json' with { type: 'json' };
import cues from '../../data/lexicon/cues.json' with { type: 'json' };
import type { Sentence, Token } from '../types.js';
import { ingStems } from '../lexicon/inflection.js';

/** Verbs of saying and thinking that open a reported clause (cues.json saying, cognition). */
const REPORT_VERBS: ReadonlySet<string> = new Set([...cues.saying, ...cues.cognition]);
/** Verbs of speech and thought that take a "that" clause (cues.json speech, cognition). */
const CLAUSE_REPORT_VERBS: ReadonlySet<string> = new Set([...cues.speech, ...cues.cognition]);
const PLURAL_QUANTIFIERS: ReadonlySet<string> = new Set(tagging.pluralQuantifiers.words);

/**
 * "Analysts say investors demand that fees are cut", "… said many economists doubt that …": a verb
 * of speech or thought in its bare form, which wink tags a noun right after a bare plural noun (its
 * adjectives and a quantifier may stand before it) and right before "that", is the reported clause's
 * verb when a verb of saying or thinking, "that" or a quantifier opens the plural's phrase — not
 * "the jobs report that came out" (a compound after an article).
 */
export function repairBareVerbsAfterPlural(tokens: Token[], s: Sentence): void {
  for (let i = s.tokenStart + 2; i + 1 < s.tokenEnd; i++) {
    const t = tokens[i]!;
    const before = tokens[i - 1]!;
    if (t.pos !== 'NOUN' || t.lower !== t.lemma || !CLAUSE_REPORT_VERBS.has(t.lemma) || tokens[i + 1]!.lower !== 'that') continue;
    if (before.pos !== 'NOUN' || before.lemma === before.lower || !before.lower.endsWith('s')) continue;
    let d = i - 2;
    while (d > s.tokenStart && tokens[d]!.pos === 'ADJ' && !PLURAL_QUANTIFIERS.has(tokens[d]!.lower)) d--;
    const opener = tokens[d]!;
    if ((opener.pos === 'VERB' && REPORT_VERBS.has(opener.lemma)) || opener.lower === 'that' || PLURAL_QUANTIFIERS.has(opener.lower)) t.pos = 'VERB';
  }
}

/**
 * "…, with Justice Ana Ruiz observing that …": a word in -ing that wink tags a noun right after "with"
 * and a name and right before "that", whose stem is a verb of speech or thought (cues.json speech,
 * cognition), is that verb's participle — the name's report ("the Supreme Court ruling that …" is a compound).
 */
export function repairReportParticiplesAfterName(tokens: Token[], s: Sentence): void {
  for (let i = s.tokenStart + 1; i + 1 < s.tokenEnd; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'NOUN' || !t.lower.endsWith('ing') || tokens[i - 1]!.pos !== 'PROPN' || tokens[i + 1]!.lower !== 'that') continue;
    // (After "with" and the name: "the Supreme Court ruling that …" is a compound noun.)
    let w = i - 1;
    while (w > s.tokenStart && tokens[w]!.pos === 'PROPN') w--;
    if (tokens[w]!.lower !== 'with') continue;
    const stem = ingStems(t.lower).find((w) => CLAUSE_REPORT_VERBS.has(w));
    if (stem === undefined) continue;
    t.pos = 'VERB';
    t.lemma = stem;
  }
}
