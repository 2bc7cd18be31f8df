// Stage 2, named entities: the gazetteer's index (gazetteer.ts) in its model file
// (dist/models/gazetteer.bin, scripts/build-models.ts), read lazily. Building the index from the
// lists at start splits, joins and sorts thousands of phrases in cold code; the model file holds the
// surface forms and first tokens sorted, so a lookup is a binary search, and only the entries an
// article asks for are ever made (each once: an entry several phrases share stays one object).

import { ModelFileError } from '../../errors.js';
import type { ModelArray } from '../../model-files.js';
import { sortedWordIndex } from '../../spans.js';
import type { EntityType } from '../../types.js';

/** What a gazetteer phrase names. */
export type GazKind = 'country' | 'city' | 'capital' | 'region' | 'continent' | 'us-state' | 'org' | 'demonym';

/** A known entity a phrase resolves to. */
export interface GazEntry {
  kind: GazKind;
  type: EntityType;
  /** Canonical name used in the entity key. */
  name: string;
  subtype?: string;
  wikidata?: string;
  /**
   * For a capital: the key of its country. For a demonym: the key of the country (or region) it names.
   * For a national body ("Kremlin"): the key of the country it belongs to.
   */
  country?: string;
}

/** A gazetteer phrase: its lower-case tokens and what it names. */
export type Phrase = { tokens: string[]; entry: GazEntry };
/** What the stages read of a lookup table (a Map when the index is built, a binary search when read from the file). */
export interface Lookup<V> {
  get(key: string): V | undefined;
  has(key: string): boolean;
}

/** The index gazetteer.ts exports, built (Maps) or read from the model file (phrases and bySurface as lookups). */
export interface GazetteerIndex {
  /** Phrases by their first token, longest first. */
  phrases: Lookup<Phrase[]>;
  /** Entries by surface form (tokens joined by spaces). */
  bySurface: Lookup<GazEntry>;
  capitalsOf: Map<string, string[]>;
  adjectiveOf: Map<string, string>;
  orgByAcronym: Map<string, GazEntry>;
  ambiguousAcronyms: Set<string>;
  usStateHomonyms: Map<string, GazEntry>;
  usCities: Set<string>;
}
/** The index as built from the lists. */
export type BuiltIndex = GazetteerIndex & { phrases: Map<string, Phrase[]>; bySurface: Map<string, GazEntry> };

/** An entry as kind, type, name, subtype, wikidata, country (null for absent). */
type EntryRow = [GazEntry['kind'], GazEntry['type'], string, string | null, string | null, string | null];
/** The model file's JSON part: the entries and the small maps (in insertion order). */
export interface IndexMeta {
  entries: EntryRow[];
  capitalsOf: [string, string[]][];
  adjectiveOf: [string, string][];
  orgByAcronym: [string, number][];
  ambiguousAcronyms: string[];
  usStateHomonyms: [string, number][];
  usCities: string[];
}

const utf8 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));
const text = (a: ModelArray): string => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('utf8');
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Sorted strings as one string joined by "\n" and where each starts (n + 1 offsets). */
function joined(words: string[]): { text: Uint8Array; starts: Uint32Array } {
  if (words.some((w) => w.includes('\n'))) throw new ModelFileError('gazetteer index: a phrase holds a line break.');
  const starts = new Uint32Array(words.length + 1);
  words.forEach((w, k) => void (starts[k + 1] = starts[k]! + w.length + 1));
  const all = words.join('\n');
  const bytes = utf8(all);
  if (Buffer.from(bytes).toString('utf8') !== all) throw new ModelFileError('gazetteer index: a phrase does not survive UTF-8 (a lone surrogate).');
  return { text: bytes, starts };
}

/** The model file's content for a built index (scripts/build-models.ts). */
export function indexFileContent(index: BuiltIndex): { meta: IndexMeta; arrays: Record<string, ModelArray> } {
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
  const surfaces = [...index.bySurface.keys()].sort(byCodeUnits);
  const surfaceAt = new Map(surfaces.map((s, k) => [s, k]));
  const firsts = [...index.phrases.keys()].sort(byCodeUnits);
  const listStarts = new Uint32Array(firsts.length + 1);
  const items: number[] = [];
  firsts.forEach((f, k) => {
    for (const p of index.phrases.get(f)!) {
      const at = surfaceAt.get(p.tokens.join(' '));
      if (at === undefined || index.bySurface.get(p.tokens.join(' ')) !== p.entry) throw new ModelFileError(`gazetteer index: phrase "${p.tokens.join(' ')}" is not its surface form's entry.`);
      items.push(at);
    }
    listStarts[k + 1] = items.length;
  });
  const s = joined(surfaces);
  const f = joined(firsts);
  const numbered = (m: Map<string, GazEntry>): [string, number][] => [...m].map(([k, e]) => [k, number(e)]);
  return {
    arrays: {
      surfaces: s.text, surfaceStarts: s.starts, surfaceEntries: Int32Array.from(surfaces, (x) => number(index.bySurface.get(x)!)),
      firsts: f.text, firstStarts: f.starts, listStarts, listItems: Int32Array.from(items),
    },
    meta: {
      capitalsOf: [...index.capitalsOf], adjectiveOf: [...index.adjectiveOf], orgByAcronym: numbered(index.orgByAcronym),
      ambiguousAcronyms: [...index.ambiguousAcronyms], usStateHomonyms: numbered(index.usStateHomonyms), usCities: [...index.usCities],
      entries,
    },
  };
}

/** Remembers a lookup's answers, misses too (the tagger asks for every capitalised word); forgets them all past `limit`. */
function remembered<V>(find: (key: string) => V | undefined, limit = 100_000): Lookup<V> {
  let known = new Map<string, V | null>();
  const get = (key: string): V | undefined => {
    let v = known.get(key);
    if (v === undefined) {
      if (known.size >= limit) known = new Map();
      known.set(key, (v = find(key) ?? null));
    }
    return v ?? undefined;
  };
  return { get, has: (key) => get(key) !== undefined };
}

/**
 * The index over a model file's content: phrases and surface forms looked up by binary search and
 * remembered, entries made on first use, each in the one shape gazEntry gives.
 * @throws RangeError when the arrays are missing
 */
export function lazyIndex(meta: IndexMeta, arrays: Record<string, ModelArray>, gazEntry: (e: GazEntry) => GazEntry): GazetteerIndex {
  const { surfaces, surfaceStarts, surfaceEntries, firsts, firstStarts, listStarts, listItems } = arrays;
  if (!(surfaceStarts instanceof Uint32Array) || !(surfaceEntries instanceof Int32Array) || !(firstStarts instanceof Uint32Array) || !(listStarts instanceof Uint32Array) || !(listItems instanceof Int32Array) || !surfaces || !firsts) {
    throw new ModelFileError('lazyIndex: the model file does not hold the gazetteer index; rebuild it with "npm run build".');
  }
  const made: (GazEntry | undefined)[] = new Array(meta.entries.length);
  const entry = (n: number): GazEntry => {
    const row = meta.entries[n];
    if (!row) throw new ModelFileError(`lazyIndex: entry ${n} is not in the gazetteer's model file; rebuild it with "npm run build".`);
    const [kind, type, name, subtype, wikidata, country] = row;
    return (made[n] ??= gazEntry({ kind, type, name, subtype: subtype ?? undefined, wikidata: wikidata ?? undefined, country: country ?? undefined }));
  };
  const surfaceText = text(surfaces);
  const firstText = text(firsts);
  const surfaceAt = (i: number): string => surfaceText.slice(surfaceStarts[i], surfaceStarts[i + 1]! - 1);
  const firstAt = (i: number): string => firstText.slice(firstStarts[i], firstStarts[i + 1]! - 1);
  const bySurface = remembered((key) => {
    const i = sortedWordIndex(surfaceEntries.length, surfaceAt, key);
    return i < 0 ? undefined : entry(surfaceEntries[i]!);
  });
  const phrases = remembered((first) => {
    const i = sortedWordIndex(listStarts.length - 1, firstAt, first);
    if (i < 0) return undefined;
    const list: Phrase[] = [];
    for (let k = listStarts[i]!; k < listStarts[i + 1]!; k++) {
      const at = listItems[k]!;
      list.push({ tokens: surfaceAt(at).split(' '), entry: entry(surfaceEntries[at]!) });
    }
    return list;
  });
  const numbered = (rows: [string, number][]): Map<string, GazEntry> => new Map(rows.map(([k, n]) => [k, entry(n)]));
  return {
    phrases,
    bySurface,
    capitalsOf: new Map(meta.capitalsOf),
    adjectiveOf: new Map(meta.adjectiveOf),
    orgByAcronym: numbered(meta.orgByAcronym),
    ambiguousAcronyms: new Set(meta.ambiguousAcronyms),
    usStateHomonyms: numbered(meta.usStateHomonyms),
    usCities: new Set(meta.usCities),
  };
}
