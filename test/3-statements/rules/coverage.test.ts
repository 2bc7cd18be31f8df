// Stage 3's rules table against the per-family test tables (cases/*.ts): every rule id in RULES has
// at least one row, every row and negative names a rule that exists, and each table holds only
// rules of its own family, so a rule added to or renamed in RULES cannot go untested.

import { describe, expect, it } from 'vitest';
import { RULES, ruleInfo } from '../../../src/3-statements/index.js';
import { ALL_CASES } from './cases/index.js';

const rows = ALL_CASES.flatMap((c) => c.rows.map((r) => ({ family: c.family, rule: r[0] as string, sentence: r[1] })));
const negatives = ALL_CASES.flatMap((c) => c.negatives.map((r) => ({ family: c.family, rule: r[0] as string, sentence: r[1] })));

describe('stage-3 rule tables cover the rules table', () => {
  it.each(RULES.map((r) => [r.id, r.family] as const))('rule %s (family %s) has at least one row in its family\'s table', (id, family) => {
    expect(rows.filter((r) => r.rule === id && r.family === family).length).toBeGreaterThan(0);
  });

  it('every row and negative names a rule of RULES, of the family of its table', () => {
    const wrong = [...rows, ...negatives].filter((r) => ruleInfo(r.rule)?.family !== r.family);
    expect(wrong).toEqual([]);
  });

  it('every family of RULES has a table, and each table appears once', () => {
    const families = ALL_CASES.map((c) => c.family);
    expect(new Set(families).size).toBe(families.length);
    expect([...new Set(RULES.map((r) => r.family))].sort()).toEqual([...families].sort());
  });

  it('every family has negative rows', () => {
    expect(ALL_CASES.filter((c) => c.negatives.length === 0).map((c) => c.family)).toEqual([]);
  });
});
