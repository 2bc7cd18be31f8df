// Issue 24 items 3–4 (stage 1): wink is loaded from wink-model.ts (only the parts tokens, sentences
// and parts of speech need, from one never-changed copy of the core model) and replaced by a fresh
// instance when its learned lexicon is full. Both must read text exactly as wink's own model does.

import { afterEach, describe, expect, it, vi } from 'vitest';
import winkNLP from 'wink-nlp';
import packageModel from 'wink-eng-lite-web-model';
import compactJson from '../../data/models/wink-core.json' with { type: 'json' };
import { readText } from '../../src/1-text/index.js';
import { LEXICON_LIMIT, learnedLexemes, setLexiconLimit } from '../../src/1-text/tokens.js';
import type { CompactCore } from '../../src/1-text/wink-core.js';
import { type LoadedCore, WINK_MODEL, coreFileContent, coreFromFile, coreFromJson, loadedCore } from '../../src/1-text/wink-model.js';
import { decodeModelFile, encodeModelFile } from '../../src/model-files.js';

const ARTICLES = [
  'Gov. Maribel Okonkwo-Reyes said on Tuesday that Zandvoort’s new ferry would run by mid-May.',
  "Trump's lawyer didn't comment. “It's over,” said Rep. Dana Lynch (D-Ore.), who'd left at 5 p.m.",
  'The Quellbrook Institute found that 43% of U.S. voters distrust e-mail polls; see quellbrook.org/poll.',
  'Analysts at Fenwarde & Co. expect Vostrikov’s plan to fail, according to a note seen by Reuters.',
  "Officials in Třebíč and Kraków weren't told; the ministry's spokeswoman, Ilse Brandvold, declined.",
];

function winkReading(model: Parameters<typeof winkNLP>[0], text: string): string[] {
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const doc = nlp.readDoc(text);
  const its = nlp.its;
  const t = doc.tokens();
  const pos = t.out(its.pos) as string[];
  const lemma = t.out(its.lemma as never) as unknown as string[];
  return (t.out() as string[]).map((w, i) => `${w}/${pos[i]}/${lemma[i]}`).concat(doc.sentences().out());
}

describe('the wink model of stage 1', () => {
  it.each(ARTICLES.map((a) => [a]))('reads tokens, tags, lemmas and sentences as the package model does: %s', (text) => {
    expect(winkReading(WINK_MODEL, text)).toEqual(winkReading(packageModel, text));
  });

  it('never changes the loaded core model it builds instances from', () => {
    const snapshot = (): string => JSON.stringify(loadedCore(), (_k, v: unknown) => (v instanceof Uint32Array ? Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64') : v));
    const before = snapshot();
    for (let k = 0; k < 3; k++) winkReading(WINK_MODEL, ARTICLES.join('\n\n'));
    expect(snapshot()).toBe(before);
  });
});

describe('the wink core model file (dist/models/wink-core.bin)', () => {
  const fromJson = coreFromJson(compactJson as unknown as CompactCore);
  /** A loaded core written to a model file's bytes and read back. */
  const roundTrip = (core: LoadedCore): LoadedCore => {
    const content = coreFileContent(core);
    const decoded = decodeModelFile<Parameters<typeof coreFromFile>[0]>(encodeModelFile(content.meta, content.arrays, [1]));
    return coreFromFile(decoded.meta, decoded.arrays);
  };
  const bytes = (a: Uint32Array): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

  it('gives back the core the JSON gives: lexemes, their order, lexicon, expansions and the rest', () => {
    const fromFile = roundTrip(fromJson);
    expect(fromFile.lexemes).toBe(fromJson.lexemes);
    expect(fromFile.separator).toBe(fromJson.separator);
    for (const name of ['order', 'lexicon', 'xpansions'] as const) expect(Buffer.compare(bytes(fromFile[name]), bytes(fromJson[name]))).toBe(0);
    expect(JSON.stringify(fromFile.core)).toBe(JSON.stringify(fromJson.core));
    expect(fromJson.lexemes.length).toBeGreaterThan(100_000);
  });

  it('keeps lexemes beyond ASCII and beyond 16 bits as they are, and refuses a lone surrogate', () => {
    const words = ['café', '😀', 'naïve'];
    expect(roundTrip({ ...fromJson, lexemes: words.join(fromJson.separator) }).lexemes.split(fromJson.separator)).toEqual(words);
    expect(() => coreFileContent({ ...fromJson, lexemes: 'a\ud800b' })).toThrow(RangeError);
  });

  it('refuses a file without the word arrays', () => {
    const content = coreFileContent(fromJson);
    expect(() => coreFromFile(content.meta, { ...content.arrays, lexicon: new Uint8Array(4) })).toThrow(/npm run build/);
  });
});

describe('the bounded wink lexicon', () => {
  afterEach(() => void setLexiconLimit(LEXICON_LIMIT));

  const layers = () => ARTICLES.map((a) => readText(a)).map((l) => l.tokens.map((t) => `${t.start}:${t.text}/${t.pos}/${t.lemma}/${t.sentence}`));

  it('tokenises every article the same whether wink is replaced before each one or never', () => {
    setLexiconLimit(Number.MAX_SAFE_INTEGER);
    const kept = layers();
    setLexiconLimit(0);
    const fresh = layers();
    expect(fresh).toEqual(kept);
  });

  it('holds no more learned words than the limit plus one article', () => {
    setLexiconLimit(40);
    let most = 0;
    for (let k = 0; k < 30; k++) {
      readText(`Delegate Xq${k}van Orlemund${k} met Vrandstad${k} officials and said ${k} times that Pelq${k} agreed.`);
      most = Math.max(most, learnedLexemes());
    }
    expect(most).toBeGreaterThan(0);
    expect(most).toBeLessThanOrEqual(40 + 20);
  });
});

describe('a thread that expects many articles', () => {
  const tokensOf = (read: typeof readText) => ARTICLES.map((a) => read(a).tokens.map((t) => `${t.start}:${t.text}/${t.pos}/${t.lemma}/${t.sentence}`));

  it('tokenises every article as a thread that does not (its lexeme table copied whole at the first lookup)', async () => {
    const lazy = tokensOf(readText);
    vi.resetModules();
    (await import('../../src/1-text/wink-model.js')).expectManyArticles();
    const whole = tokensOf((await import('../../src/1-text/index.js')).readText);
    expect(whole).toEqual(lazy);
  });
});
