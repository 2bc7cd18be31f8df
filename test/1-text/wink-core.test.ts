// Stage 1's compact copy of wink's core model (src/1-text/wink-core.ts, data/models/wink-core.json):
// the data file is what scripts/build-wink-core.ts makes from the installed package, and the lexeme
// table that replaces wink's answers every lookup, addition and deletion as the full table does.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import coreJson from 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json' with { type: 'json' };
import winkPackage from 'wink-eng-lite-web-model/package.json' with { type: 'json' };
import { compactCore, compactCoreJson, lexemeTable, WINK_CORE_FILE, type PackageCore } from '../../src/1-text/wink-core.js';

const DATA = resolve(import.meta.dirname, '../../data/models/wink-core.json');
const PACKAGE = coreJson as unknown as PackageCore;
const LIST = PACKAGE.features.lexeme!.list as string[];

function sortedOrder(list: readonly string[]): Uint32Array {
  return Uint32Array.from(list.map((_, i) => i).sort((a, b) => (list[a]! < list[b]! ? -1 : list[a]! > list[b]! ? 1 : 0)));
}

describe('the compact wink core', () => {
  it('is what scripts/build-wink-core.ts builds from the installed package (rerun it after upgrading wink)', () => {
    const built = compactCoreJson(compactCore(PACKAGE, `wink-eng-lite-web-model ${winkPackage.version}, ${WINK_CORE_FILE}`));
    expect(readFileSync(DATA, 'utf8') === built).toBe(true);
  });

  it('holds the package model: the lexemes in their order and every other part unchanged', () => {
    const compact = JSON.parse(readFileSync(DATA, 'utf8')) as ReturnType<typeof compactCore>;
    expect(compact.lexemes.split(compact.separator)).toEqual(LIST);
    const { features, ...rest } = compact.core;
    const { features: packageFeatures, ...packageRest } = PACKAGE;
    expect(rest).toEqual(packageRest);
    expect({ ...features, lexeme: null }).toEqual({ ...packageFeatures, lexeme: null });
  });

  it('refuses a lexeme list that repeats a lexeme', () => {
    const core = { ...PACKAGE, features: { ...PACKAGE.features, lexeme: { list: ['a', 'b', 'a'] } } };
    expect(() => compactCore(core, 'test')).toThrow(RangeError);
  });
});

describe('the lazy lexeme table', () => {
  const table = lexemeTable(LIST, sortedOrder(LIST));

  it('gives every lexeme of the package its index, as the full table does', () => {
    const wrong = LIST.filter((w, i) => table[w] !== i);
    expect(wrong).toEqual([]);
  });

  it.each(['Zandvoortish', '', 'constructor', '__proto__', 'hasOwnProperty', '12345678901', 'toString'])('has no entry for %j unless the package lists it', (word) => {
    expect(table[word]).toBe(LIST.includes(word) ? LIST.indexOf(word) : undefined);
  });

  it('keeps what wink adds and forgets what it deletes, and never forgets a lexeme of the package', () => {
    const t = lexemeTable(LIST, sortedOrder(LIST));
    t['Vrandstadt'] = LIST.length;
    expect(t['Vrandstadt']).toBe(LIST.length);
    delete t['Vrandstadt'];
    expect(t['Vrandstadt']).toBeUndefined();
    const said = LIST.indexOf('said');
    expect(t['said']).toBe(said);
    delete t['said'];
    expect(t['said']).toBe(said);
  });
});
