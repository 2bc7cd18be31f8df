// Stage 2, named entities: the gazetteer's index (gazetteer.ts) as plain JSON-ready content and back,
// for its model file (dist/models/gazetteer.bin, written by scripts/build-models.ts): the built CLI
// fills the index from it instead of splitting and sorting thousands of phrases at every start.

import type { GazEntry } from './gazetteer.js';

/** The index gazetteer.ts exports: phrases by first token, entries by surface, and the maps beside them. */
export interface GazetteerMaps {
  phrases: Map<string, { tokens: string[]; entry: GazEntry }[]>;
  bySurface: Map<string, GazEntry>;
  capitalsOf: Map<string, string[]>;
  adjectiveOf: Map<string, string>;
  orgByAcronym: Map<string, GazEntry>;
  ambiguousAcronyms: Set<string>;
  usStateHomonyms: Map<string, GazEntry>;
  usCities: Set<string>;
}

/** An entry as kind, type, name, subtype, wikidata, country (null for absent). */
type EntryRow = [GazEntry['kind'], GazEntry['type'], string, string | null, string | null, string | null];

/**
 * The index as content: each entry once (an entry several phrases share stays one object), phrase
 * lists as [tokens joined by spaces, entry number] in their order, the maps as [key, value] lists
 * in their insertion order.
 */
export interface IndexContent {
  entries: EntryRow[];
  phrases: [string, [string, number][]][];
  bySurface: [string, number][];
  capitalsOf: [string, string[]][];
  adjectiveOf: [string, string][];
  orgByAcronym: [string, number][];
  ambiguousAcronyms: string[];
  usStateHomonyms: [string, number][];
  usCities: string[];
}

/** The content of a built index (scripts/build-models.ts). */
export function indexContent(maps: GazetteerMaps): IndexContent {
  const numbers = new Map<GazEntry, number>();
  const entries: EntryRow[] = [];
  const number = (e: GazEntry): number => {
    let n = numbers.get(e);
    if (n === undefined) {
      numbers.set(e, (n = entries.length));
      entries.push([e.kind, e.type, e.name, e.subtype ?? null, e.wikidata ?? null, e.country ?? null]);
    }
    return n;
  };
  const numbered = (m: Map<string, GazEntry>): [string, number][] => [...m].map(([k, e]) => [k, number(e)]);
  return {
    phrases: [...maps.phrases].map(([first, list]) => [first, list.map((p): [string, number] => [p.tokens.join(' '), number(p.entry)])]),
    bySurface: numbered(maps.bySurface),
    capitalsOf: [...maps.capitalsOf],
    adjectiveOf: [...maps.adjectiveOf],
    orgByAcronym: numbered(maps.orgByAcronym),
    ambiguousAcronyms: [...maps.ambiguousAcronyms],
    usStateHomonyms: numbered(maps.usStateHomonyms),
    usCities: [...maps.usCities],
    entries,
  };
}

/**
 * Fills empty maps from index content, each entry in the one shape gazEntry gives.
 * @throws RangeError when a phrase names an entry the content does not hold
 */
export function fillIndex(content: IndexContent, maps: GazetteerMaps, gazEntry: (e: GazEntry) => GazEntry): void {
  const entries = content.entries.map(([kind, type, name, subtype, wikidata, country]) =>
    gazEntry({ kind, type, name, subtype: subtype ?? undefined, wikidata: wikidata ?? undefined, country: country ?? undefined }));
  const entry = (n: number): GazEntry => {
    const e = entries[n];
    if (!e) throw new RangeError(`fillIndex: entry ${n} is not in the gazetteer's model file; rebuild it with "npm run build".`);
    return e;
  };
  for (const [first, list] of content.phrases) maps.phrases.set(first, list.map(([key, n]) => ({ tokens: key.split(' '), entry: entry(n) })));
  for (const [key, n] of content.bySurface) maps.bySurface.set(key, entry(n));
  for (const [key, caps] of content.capitalsOf) maps.capitalsOf.set(key, caps);
  for (const [key, adj] of content.adjectiveOf) maps.adjectiveOf.set(key, adj);
  for (const [key, n] of content.orgByAcronym) maps.orgByAcronym.set(key, entry(n));
  for (const a of content.ambiguousAcronyms) maps.ambiguousAcronyms.add(a);
  for (const [key, n] of content.usStateHomonyms) maps.usStateHomonyms.set(key, entry(n));
  for (const c of content.usCities) maps.usCities.add(c);
}
