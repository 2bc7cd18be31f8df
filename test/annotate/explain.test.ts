// explainStatements (src/3-statements/explain.ts) and toContract's `explain` option: each statement's
// rule, reason, cue lexicon class and model features, read on invented sentences.
import { describe, expect, it } from 'vitest';
import model from '../../data/models/statement-confidence.json' with { type: 'json' };
import { cueLexiconClass, explainStatements } from '../../src/3-statements/explain.js';
import { ruleInfo } from '../../src/3-statements/rules.js';
import { toContract } from '../../src/annotate/contract.js';
import { analyze } from '../../src/pipeline.js';

const read = (text: string) => analyze({ id: 'x', text, published: '2024-05-06' }, { today: '2024-06-01' });

describe('explainStatements', () => {
  it.each([
    ['content-after', 'Harbour chief Lena Park said that the ferry would resume in July.', 'say', 'speech'],
    ['inverted', '“The tunnel is safe,” said Omar Haddad, the county engineer.', 'say', 'speech'],
    ['according-to', 'The fire began in a garage, according to the county fire service.', 'according to', 'phrase'],
    ['content-before', '“Nobody will be left behind,” the principal said.', 'say', 'speech'],
    ['content-after', 'The treasurer believes that the budget will pass.', 'believe', 'cognition'],
  ])('names rule %s, its reason and the cue class for "%s"', (rule, text, lemma, lexicon) => {
    const [x] = explainStatements(read(text));
    expect(x).toMatchObject({ statement: 's1', rule, reason: ruleInfo(rule)!.reason, family: ruleInfo(rule)!.family, cue: { lemma, lexicon }, scoredBy: 'model' });
  });

  it('gives the features the model scored, largest |weight| first, and the confidence they make', () => {
    const a = read('Harbour chief Lena Park said that the ferry would resume in July. The mayor wants to build a second pier.');
    for (const [s, x] of a.statements.map((s, i) => [s, explainStatements(a)[i]!] as const)) {
      const m = x.model!;
      expect(m.bias).toBe(model.bias);
      expect(m.confidence).toBe(s.confidence);
      expect(x.confidence).toBe(s.confidence);
      const sizes = m.features.map((f) => (f.weight === null ? -1 : Math.abs(f.weight)));
      expect(sizes).toEqual([...sizes].sort((p, q) => q - p));
      for (const f of m.features) expect(f.weight).toBe((model.weights as Record<string, number>)[f.feature] ?? null);
      // The cue class is the one the model reads (its k= feature).
      expect(m.features.map((f) => f.feature)).toContain(`k=${x.cue!.lexicon}`);
    }
  });

  it.each([
    ['names the floor that kept a welcomed pledge the model scored below the threshold', 'Ingrid Solberg welcomed the pledge.', 'welcomed-act'],
    ['names no floor for a report the model keeps on its own', 'Harbour chief Lena Park said that the ferry would resume in July.', null],
  ])('%s', (_name, text, floor) => {
    const [x] = explainStatements(read(text));
    expect(x!.floor).toBe(floor);
    if (floor) expect([x!.model!.confidence < x!.threshold, x!.confidence]).toEqual([true, x!.threshold]);
  });

  it('marks unattributed quotations as not scored', () => {
    const [x] = explainStatements(read('Mayor Ann Holt spoke on Monday. The council met later.\n\n“This is the end of the road.”'));
    expect(x).toMatchObject({ rule: 'unattributed-quotation', scoredBy: 'none', confidence: null, model: null, cue: null });
  });

  it('marks quoted words as scored by a fixed share, not by the model', () => {
    const [x] = explainStatements(read('Berg has gone after Lund as a “tired old spender who will empty the town purse” all month.'));
    expect(x).toMatchObject({ rule: 'quoted-words', scoredBy: 'fixed', confidence: 0.67, model: null });
  });

  it.each([
    ['say', 'speech'],
    ['believe', 'cognition'],
    ['oppose', 'object'],
    ['statement', 'noun'],
    ['confident that', 'adjective'],
    ['according to', 'phrase'],
    [null, 'none'],
  ] as const)('puts the cue lemma %s in the %s class', (lemma, cls) => {
    expect(cueLexiconClass(lemma)).toBe(cls);
  });
});

describe('toContract explain option', () => {
  const a = read('“The tunnel is safe,” said Omar Haddad, the county engineer.');

  it('adds explain to each statement only when asked', () => {
    expect(toContract(a).statements.every((s) => !('explain' in s))).toBe(true);
    expect(toContract(a, { explain: true }).statements.map((s) => s.explain?.rule)).toEqual(['inverted']);
  });

  it('changes nothing else', () => {
    const plain = toContract(a);
    const explained = toContract(a, { explain: true });
    expect({ ...explained, statements: explained.statements.map(({ explain: _, ...s }) => s) }).toEqual(plain);
  });
});
