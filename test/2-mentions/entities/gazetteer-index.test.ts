// The gazetteer's index as its model file holds it (gazetteer-index.ts): filled back into empty maps
// it is the index gazetteer.ts builds from data/gazetteers/, entry for entry, in the same order, with
// an entry several phrases share still one object.

import { describe, expect, it } from 'vitest';
import { GAZETTEER_MAPS, gazEntry, type GazEntry } from '../../../src/2-mentions/entities/gazetteer.js';
import { type GazetteerMaps, type IndexContent, fillIndex, indexContent } from '../../../src/2-mentions/entities/gazetteer-index.js';

const empty = (): GazetteerMaps => ({
  phrases: new Map(),
  bySurface: new Map(),
  capitalsOf: new Map(),
  adjectiveOf: new Map(),
  orgByAcronym: new Map(),
  ambiguousAcronyms: new Set(),
  usStateHomonyms: new Map(),
  usCities: new Set(),
});

/** The index written as its model file's JSON and filled back. */
function roundTrip(maps: GazetteerMaps): GazetteerMaps {
  const back = empty();
  fillIndex(JSON.parse(JSON.stringify(indexContent(maps))) as IndexContent, back, gazEntry);
  return back;
}

describe("the gazetteer index's model file", () => {
  const back = roundTrip(GAZETTEER_MAPS);

  it('gives back every map and set in its order, every entry with its properties in the one shape', () => {
    for (const name of Object.keys(GAZETTEER_MAPS) as (keyof GazetteerMaps)[]) {
      expect([...back[name]], name).toEqual([...GAZETTEER_MAPS[name]]);
    }
    const keysOf = (e: GazEntry): string => Object.keys(e).join();
    expect(new Set([...back.bySurface.values()].map(keysOf))).toEqual(new Set(['kind,type,name,subtype,wikidata,country']));
    expect(GAZETTEER_MAPS.bySurface.size).toBeGreaterThan(1000);
  });

  it('keeps an entry that several phrases share one object (a country and its aliases)', () => {
    const shared = (m: GazetteerMaps): number => new Set(m.bySurface.values()).size;
    expect(shared(back)).toBe(shared(GAZETTEER_MAPS));
    expect(shared(back)).toBeLessThan(back.bySurface.size);
    const first = back.phrases.get([...back.phrases.keys()][0]!)![0]!;
    expect(back.bySurface.get(first.tokens.join(' '))).toBe(first.entry);
  });

  it('refuses content whose phrase names an entry it does not hold', () => {
    const content = indexContent(GAZETTEER_MAPS);
    expect(() => fillIndex({ ...content, entries: content.entries.slice(0, 1) }, empty(), gazEntry)).toThrow(/npm run build/);
  });
});
