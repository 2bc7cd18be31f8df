// Stage 2, named entities, one of the span rules (span-types.ts lists SHIP_NAME in its table, where it
// stood): a name after a vessel noun ("the liner", "the aircraft carrier") or opening with a ship's
// prefix ("USS", "RMS"), and the same name elsewhere in the article, is a ship — no actor, no place.
// Words in data/lexicon/entity-words.json (vesselNouns, vesselPrefixes).

import { VESSEL_NOUNS, VESSEL_PREFIXES } from './words.js';
import { type TagSpan, tagSpan } from './tagger.js';
import { cap, type SpanTypeRule, type SpanView } from './span-rule.js';

/** Is the span a ship's name: after a vessel noun ("the liner X", "the aircraft carrier X") or opening with a ship's prefix ("RMS X")? */
function shipAt(v: SpanView, from: number): boolean {
  const { toks, prep } = v;
  const prev = from > 0 && !cap(toks[from - 1]) ? prep.lower[from - 1]! : '';
  const carrier = prev === 'carrier' || prev === 'carriers';
  return VESSEL_PREFIXES.has(toks[from]!.text) || (VESSEL_NOUNS.has(prev) && (!carrier || prep.lower[from - 2] === 'aircraft'));
}

// The spans that are ships by their own context, found once per article: the rule asks for every
// span, and the article's spans stay the same array until retypeSpans replaces them (clearing this).
const shipsOf = new WeakMap<readonly TagSpan[], TagSpan[]>();
function shipSpans(v: SpanView): readonly TagSpan[] {
  let ships = shipsOf.get(v.spans);
  if (!ships) shipsOf.set(v.spans, (ships = v.spans.filter((t) => shipAt(v, t.from))));
  return ships;
}

/** Forgets the ships found in an article's spans (retypeSpans calls it when it replaces them). */
export function forgetShips(spans: readonly TagSpan[]): void {
  shipsOf.delete(spans);
}

/** The rule ship-name. */
export const SHIP_NAME: SpanTypeRule = {
    id: 'ship-name',
    types: ['PER', 'ORG', 'LOC'],
    reason: 'a name after a vessel noun ("the liner", "the aircraft carrier") or opening with a ship\'s prefix ("USS", "RMS"), and the same name elsewhere in the article, is a ship: no actor and no place',
    example: 'The aircraft carrier Harold Quist docked in Norfolk. The Harold Quist sailed again on Monday.',
    apply: (v) => {
      const s = v.spans[v.k]!;
      if (shipAt(v, s.from)) return tagSpan(s.from, s.to, 'MISC');
      const ships = shipSpans(v);
      if (!ships.length) return undefined;
      // ("Titanic" after "the liner RMS Titanic": the same name, or its last words.)
      const text = (t: TagSpan) => v.toks.slice(t.from, t.to).map((x) => x.text).join(' ');
      const words = text(s);
      return ships.some((t) => text(t) === words || text(t).endsWith(' ' + words)) ? tagSpan(s.from, s.to, 'MISC') : undefined;
    },
  };
