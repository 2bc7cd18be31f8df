import { describe, expect, it } from 'vitest';
import { NLABELS, WeightTable } from '../../../src/2-mentions/entities/tagger.js';

describe('WeightTable', () => {
  // Ids above 2^31 too: the table keeps keys as signed 32-bit integers beside their rows.
  const ids = [1, 2, 0x7fffffff, 0x80000000, 0xfffffffe, 12345, 12345 + 16, 12345 + 32];
  const data = new Float32Array(ids.length * NLABELS).map((_, k) => k);

  it('finds every row, past collisions, and answers -1 for an id it does not hold', () => {
    const table = new WeightTable(ids, data);
    ids.forEach((id, r) => expect(table.offset(id)).toBe(r * NLABELS));
    for (const absent of [0, 3, 0xffffffff, 12345 + 48]) expect(table.offset(absent)).toBe(-1);
  });

  it('answers the same from the slots a model file stores', () => {
    const table = new WeightTable(ids, data);
    const again = new WeightTable(ids, data, table.slots());
    for (const id of [...ids, 0, 3, 0xffffffff]) expect(again.offset(id)).toBe(table.offset(id));
  });
});
