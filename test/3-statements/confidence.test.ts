// Stage 3: the statement-confidence model and the threshold that drops unlikely statements.
// Every sentence here is written for this test, not taken from any corpus.
import { describe, expect, it } from 'vitest';
import {
  CONFIDENCE_FLOORS,
  CONFIDENCE_MODEL,
  type ConfidenceModel,
  DEFAULT_MIN_CONFIDENCE,
  confidenceFileContent,
  confidenceFromFile,
  confidenceOf,
  statementConfidence,
  statementFeatures,
} from '../../src/3-statements/confidence.js';
import { decodeModelFile, encodeModelFile, readJson } from '../../src/model-files.js';
import { InvalidArgumentError } from '../../src/errors.js';
import { analyze } from '../../src/pipeline.js';

const TEXT = [
  'Mayor Carla Diaz said that the bridge would reopen in June.',
  '“We will not give up,” the coach said.',
  'The company, which hopes to expand, plans new stores.',
  '“Inspector Dana Reyes told me that the wiring was unsafe,” the landlord said.',
].join('\n\n');

function run(minConfidence?: number) {
  return analyze({ id: 't', text: TEXT, published: '2024-05-06' }, minConfidence === undefined ? { today: '2024-06-01' } : { today: '2024-06-01', minConfidence });
}

describe('statement confidence', () => {
  it('scores every attributed statement between 0 and 1 with three decimals', () => {
    const a = run(0);
    const scored = a.statements.filter((s) => !s.unattributed);
    expect(scored.length).toBeGreaterThan(2);
    for (const s of scored) {
      expect(s.confidence).toBeGreaterThanOrEqual(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
      expect(Math.round(s.confidence! * 1000) / 1000).toBe(s.confidence);
    }
  });

  it('rates a plain "X said that C" above a hope read out of a relative clause', () => {
    const a = run(0);
    const said = a.statements.find((s) => s.cue?.text === 'said' && s.speaker?.text === 'Mayor Carla Diaz');
    const hopes = a.statements.find((s) => s.cue?.text === 'hopes');
    expect(said?.confidence).toBeGreaterThan(0.8);
    if (hopes) expect(hopes.confidence!).toBeLessThan(said!.confidence!);
  });

  it('describes a statement by its cue, form, speaker shape and content length', () => {
    const a = run(0);
    const byKey = new Map(a.mentions.entities.map((e) => [e.key, e]));
    const s = a.statements.find((x) => x.speaker?.text === 'Mayor Carla Diaz')!;
    const f = statementFeatures(a.text, byKey, s);
    expect(f).toEqual(expect.arrayContaining(['l=say', 'f=indirect', 'cp=before', 'sp=name', 'se=Person', 'c0=that']));
    expect(confidenceOf(f)).toBeCloseTo(s.confidence!, 3);
    expect(statementFeatures(a.text, byKey, s)).toEqual(f);
  });

  it('scores every statement from feature pieces exactly as from the feature strings', () => {
    const a = run(0);
    const byKey = new Map(a.mentions.entities.map((e) => [e.key, e]));
    const byId = new Map(a.statements.map((s) => [s.id, s]));
    expect(a.statements.length).toBeGreaterThan(1);
    for (const s of a.statements) {
      const parent = s.parent ? byId.get(s.parent) ?? null : null;
      // Twice: the second time the pieces' weights come from the cache.
      for (let k = 0; k < 2; k++) expect(statementConfidence(a.text, byKey, s, parent)).toBe(confidenceOf(statementFeatures(a.text, byKey, s, parent)));
    }
  });

  it('describes a nested report by the kind of cue that holds it', () => {
    const a = run(0);
    const byKey = new Map(a.mentions.entities.map((e) => [e.key, e]));
    const inner = a.statements.find((x) => x.speaker?.text === 'Inspector Dana Reyes')!;
    expect(inner.parent).not.toBeNull();
    const outer = a.statements.find((x) => x.id === inner.parent)!;
    expect(statementFeatures(a.text, byKey, inner, outer)).toEqual(expect.arrayContaining(['nested', 'pk=speech', 'pkf=speech|direct']));
    expect(statementFeatures(a.text, byKey, inner)).not.toContain('pk=speech');
  });

  it('drops statements below the threshold, renumbers the rest and keeps their nesting valid', () => {
    const all = run(0).statements.filter((s) => !s.unattributed);
    const strict = run(0.999).statements.filter((s) => !s.unattributed);
    expect(strict.length).toBeLessThan(all.length);
    strict.forEach((s, i) => expect(s.id).toBe(`s${i + 1}`));
    const ids = new Set(strict.map((s) => s.id));
    for (const s of strict) if (s.parent !== null) expect(ids.has(s.parent)).toBe(true);
  });

  it('keeps a nested report by a named person with a speech verb whatever its score', () => {
    const strict = run(1).statements;
    const inner = strict.find((s) => s.speaker?.text === 'Inspector Dana Reyes');
    expect(inner?.parent).toBeNull(); // its parent was dropped, so it moved up to the top level
    expect(inner?.content.text).toBe('that the wiring was unsafe');
  });

  it.each([
    ['a purpose infinitive', '“Maria Lopez phoned the clerk to confirm that the count was over,” the mayor said.', 'that the count was over', false],
    ['a coordinated verb', '“Tom Reyes thanked the crew and said the bridge was safe,” the engineer told reporters.', 'the bridge was safe', false],
    ['a verb of saying read directly', '“Tom Reyes said the bridge was safe,” the engineer told reporters.', 'the bridge was safe', true],
    ['a phrase, not words, after the verb', 'Mayor Lena Park said that Omar Haddad announced a preference for the northern route.', 'a preference for the northern route', false],
    ['a demonstrative for the words', '“Omar Haddad told me that,” Mayor Lena Park said.', 'that', false],
    ['a pronoun for the words, then another clause', '“Omar Haddad said it over and over, and the crew believed him,” Mayor Lena Park said.', 'it over and over, and the crew believed him', false],
    ['a relative clause the cue interrupts', 'Mayor Lena Park praised a deal that Omar Haddad said saved the ferry.', 'saved the ferry', true],
  ])('keeps a named person\'s nested report whatever its score only when its verb of saying reports a clause read directly (%s)', (_how, text, content, kept) => {
    const strict = analyze({ id: 'n', text, published: null }, { today: '2024-06-01', minConfidence: 1 }).statements;
    expect(strict.some((s) => s.content.text === content && !s.unattributed)).toBe(kept);
  });

  it('scores a nested report by an unnamed source like any other', () => {
    const text = '“Officials told us that the plant was safe,” the mayor said.';
    const all = analyze({ id: 'n', text, published: null }, { today: '2024-06-01', minConfidence: 0 }).statements;
    expect(all.some((s) => s.speaker?.text === 'Officials' && s.parent !== null)).toBe(true);
    const strict = analyze({ id: 'n', text, published: null }, { today: '2024-06-01', minConfidence: 1 }).statements;
    expect(strict.some((s) => s.speaker?.text === 'Officials')).toBe(false);
  });

  it.each([
    ['a union', 'Nurses will strike next week, the college said on Friday.\n\nThe union said more than 3,000 members would walk out on Tuesday and Wednesday.', 'The union'],
    ['a union after a walkout', 'Workers at the plant walked out on Monday. The union said the strike would last a week.', 'The union'],
  ])('keeps a plain report by %s: a noun for people or an organisation is no lexical feature', (_name, text, speaker) => {
    const a = analyze({ id: 't', text, published: '2024-05-06' }, { today: '2024-06-01' });
    expect(a.statements.map((s) => s.speaker?.text)).toContain(speaker);
    const byKey = new Map(a.mentions.entities.map((e) => [e.key, e]));
    const s = a.statements.find((x) => x.speaker?.text === speaker)!;
    expect(statementFeatures(a.text, byKey, s).filter((f) => f.startsWith('sh='))).toEqual([]);
  });

  it.each([
    ['a minister welcoming a pledge', 'Ingrid Solberg welcomed the pledge.', 'the pledge', true],
    ['a company welcoming a ruling', 'The shipping line welcomed the ruling.', 'the ruling', true],
    ['a group welcoming a body\'s decision', 'Tenant group Harbour Homes welcomed the council\'s decision.', 'the council\'s decision', true],
    ['a senator welcoming a declaration before a clause of criticism', 'State Sen. Alma Ruiz welcomed the declaration but said it came too late.', 'the declaration', true],
    ['a party welcoming published figures before a clause of criticism', 'The Green Party welcomed the figures but said they hid a fall in rural jobs.', 'the figures', true],
    ['a union welcoming the data', 'The farmers\' union welcomed the new data.', 'the new data', true],
    ['a hotel welcoming guests', 'The hotel welcomed the guests.', 'the guests', false],
  ])('keeps welcoming an announced act at the threshold (%s), not welcoming people', (_how, text, content, floored) => {
    const all = analyze({ id: 'w', text, published: '2024-05-06' }, { today: '2024-06-01', minConfidence: 0 });
    const s = all.statements.find((x) => x.content.text === content && x.kind === 'stance')!;
    expect(CONFIDENCE_FLOORS.some((f) => f.test(all.text, s))).toBe(floored);
    if (floored) expect(analyze({ id: 'w', text, published: '2024-05-06' }, { today: '2024-06-01' }).statements.some((x) => x.content.text === content)).toBe(true);
  });

  it('uses the threshold chosen at training by default', () => {
    expect(DEFAULT_MIN_CONFIDENCE).toBeGreaterThan(0);
    expect(DEFAULT_MIN_CONFIDENCE).toBeLessThan(1);
    const dflt = run().statements.filter((s) => !s.unattributed);
    expect(dflt.every((s) => s.confidence! >= DEFAULT_MIN_CONFIDENCE || s.speaker?.text === 'Inspector Dana Reyes')).toBe(true);
  });

  it.each([[-0.1], [1.5], [Number.NaN]])('refuses minConfidence %s with a message saying the range', (bad) => {
    expect(() => run(bad)).toThrow(InvalidArgumentError);
    expect(() => run(bad)).toThrow(/from 0 to 1/);
  });
});

describe('sources of dropped statements', () => {
  const text = 'Lavrov noted that Moscow is ready to listen to proposals aimed at resolving the conflict, but these proposals must be serious.';
  const entities = (minConfidence?: number) =>
    analyze({ id: 't', text, published: '2024-05-06' }, minConfidence === undefined ? { today: '2024-06-01' } : { today: '2024-06-01', minConfidence }).mentions.entities.map((e) => e.name);

  it('leaves no entity for the speaker of a statement the threshold drops', () => {
    // At threshold 0 the rules' "proposals aimed at …" keeps its source; at the default it is dropped with it.
    expect(entities(0)).toContain('proposals');
    expect(entities()).not.toContain('proposals');
  });
});

describe('the confidence model file (dist/models/statement-confidence.bin)', () => {
  const json = readJson<ConfidenceModel>(CONFIDENCE_MODEL.source);
  const content = confidenceFileContent(json);
  const decoded = decodeModelFile<{ bias: number; threshold: number }>(encodeModelFile(content.meta, content.arrays, [1]));
  const fromFile = confidenceFromFile(decoded.meta, decoded.arrays, () => json);

  it.each([
    ['bisections', fromFile],
    ['map', confidenceFromFile(decoded.meta, decoded.arrays, () => json, 0)],
    ['bisections-then-map', confidenceFromFile(decoded.meta, decoded.arrays, () => json, 5)],
  ])('scores every statement of an article as the JSON model does, to the last bit (%s)', (_how, model) => {
    const a = run(0);
    const entities = new Map(a.mentions.entities.map((e) => [e.key, e]));
    const scored = a.statements.filter((s) => !s.unattributed);
    expect(scored.length).toBeGreaterThan(2);
    for (const s of scored) {
      const parent = s.parent ? (a.statements.find((p) => p.id === s.parent) ?? null) : null;
      expect(statementConfidence(a.text, entities, s, parent, model)).toBe(statementConfidence(a.text, entities, s, parent, json));
    }
  });

  it('holds every weight of the JSON, the bias and the threshold; its weights read the JSON on demand', () => {
    expect([fromFile.bias, fromFile.threshold]).toEqual([json.bias, json.threshold]);
    const names = Object.keys(json.weights);
    expect(names.length).toBeGreaterThan(1000);
    expect(names.filter((n) => confidenceOf([n], fromFile) !== confidenceOf([n], json))).toEqual([]);
    expect(confidenceOf(['no such feature'], fromFile)).toBe(confidenceOf([], json));
    expect(fromFile.weights).toEqual(json.weights);
  });

  it('refuses arrays that are not sorted features and weights', () => {
    expect(() => confidenceFromFile(content.meta, { ...content.arrays, values: new Float64Array(1) }, () => json)).toThrow(/npm run build/);
  });
});
