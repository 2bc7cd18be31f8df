// analyze's graphFacts option (src/options.ts): off, as `newsgraph annotate` reads, no Wikidata
// link and no event is looked for, and the contract is the same as with them.
import { describe, expect, it } from 'vitest';
import { toContract } from '../../src/annotate/contract.js';
import { analyze } from '../../src/pipeline.js';
import { InvalidArgumentError } from '../../src/errors.js';

const doc = {
  id: 'x',
  text: 'Donald Trump said on Monday that the wall would be built. Russia launched a special operation on February 24. "We will win," Hillary Clinton told reporters.',
  published: '2016-05-02',
};

describe('analyze graphFacts', () => {
  it('finds links and events by default, neither when off, and the same contract both ways', () => {
    const full = analyze(doc, { today: '2024-06-01' });
    const contract = analyze(doc, { today: '2024-06-01', graphFacts: false });
    expect(full.mentions.entities.some((e) => e.type === 'Person' && e.wikidata)).toBe(true);
    expect(contract.mentions.entities.some((e) => e.type === 'Person' && e.wikidata)).toBe(false);
    expect(full.events.length).toBeGreaterThan(0);
    expect(contract.events).toEqual([]);
    expect(JSON.stringify(toContract(contract, { explain: true }))).toBe(JSON.stringify(toContract(full, { explain: true })));
  });

  it('refuses a value that is not a boolean', () => {
    expect(() => analyze(doc, { graphFacts: 'no' as unknown as boolean })).toThrow(InvalidArgumentError);
  });
});
