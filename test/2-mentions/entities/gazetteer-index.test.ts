// The gazetteer's index read from its model file (gazetteer-index.ts): looked up lazily, it answers
// every surface form and every first token as the index built from data/gazetteers/ does — the
// same entries with the same properties, phrase lists in the same order — and nothing else; an
// entry several phrases share is one object, as when built.

import { describe, expect, it } from 'vitest';
import { buildIndex, gazEntry, type GazEntry } from '../../../src/2-mentions/entities/gazetteer.js';
import { type IndexMeta, indexFileContent, lazyIndex } from '../../../src/2-mentions/entities/gazetteer-index.js';
import { decodeModelFile, encodeModelFile } from '../../../src/model-files.js';

const built = buildIndex();
const content = indexFileContent(built);
const decoded = decodeModelFile<IndexMeta>(encodeModelFile(content.meta, content.arrays, [1]));
const lazy = lazyIndex(decoded.meta, decoded.arrays, gazEntry);
const SHAPE = 'kind,type,name,subtype,wikidata,country';

describe("the gazetteer index's model file", () => {
  it('finds every surface form with the entry the built index has, in the one shape', () => {
    expect(built.bySurface.size).toBeGreaterThan(1000);
    const wrong = [...built.bySurface].filter(([key, e]) => JSON.stringify(lazy.bySurface.get(key)) !== JSON.stringify(e) || Object.keys(lazy.bySurface.get(key)!).join() !== SHAPE);
    expect(wrong).toEqual([]);
  });

  it('gives every first token its phrase list in the built order, and nothing for other words', () => {
    const wrong = [...built.phrases].filter(([first, list]) => JSON.stringify(lazy.phrases.get(first)) !== JSON.stringify(list));
    expect(wrong).toEqual([]);
    for (const word of ['zzz', 'the', '', 'united states', 'New']) {
      expect(lazy.phrases.get(word)).toEqual(built.phrases.get(word));
      expect(lazy.bySurface.has(word)).toBe(built.bySurface.has(word));
    }
  });

  it('keeps an entry that several phrases share one object, as the built index does', () => {
    const first = (m: typeof built.bySurface | typeof lazy.bySurface, keys: string[]): GazEntry[] => keys.map((k) => m.get(k)!);
    const aliases = [...built.bySurface.keys()].filter((k) => built.bySurface.get(k) === built.bySurface.get('united states'));
    expect(aliases.length).toBeGreaterThan(1);
    expect(new Set(first(lazy.bySurface, aliases)).size).toBe(1);
    const list = lazy.phrases.get('united')!;
    expect(list.find((p) => p.tokens.join(' ') === 'united states')!.entry).toBe(lazy.bySurface.get('united states'));
  });

  it('holds the small maps as built, in their order', () => {
    for (const name of ['capitalsOf', 'adjectiveOf', 'orgByAcronym', 'ambiguousAcronyms', 'usStateHomonyms', 'usCities'] as const) {
      expect(JSON.stringify([...lazy[name]]), name).toBe(JSON.stringify([...built[name]]));
    }
  });

  it('refuses a file without the index arrays', () => {
    expect(() => lazyIndex(decoded.meta, { ...decoded.arrays, listItems: new Uint32Array(1) }, gazEntry)).toThrow(/npm run build/);
  });
});
