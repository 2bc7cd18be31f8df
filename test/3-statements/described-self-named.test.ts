// Stage 3, step 3 (described-self-named.ts): "The group, which calls itself the Northern Front, said" —
// a speaker phrase that gives the name a group goes by is that organisation.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';

function lastSpeaker(text: string): string | undefined {
  const a = analyze({ id: 'art', text, published: '2024-05-06' }, { today: '2024-06-01' });
  const byKey = new Map(a.mentions.entities.map((e) => [e.key, e]));
  const s = a.statements.filter((x) => !x.parent).at(-1);
  return s?.speakerEntity ? byKey.get(s.speakerEntity)?.name : undefined;
}

describe('groups that name themselves', () => {
  it.each([
    ['"which calls itself"', 'Gunmen attacked a checkpoint near the border on Friday. The group, which calls itself the Northern Front, said it had killed four soldiers.', 'Northern Front'],
    ['past another body named before', 'The Harbour Alliance condemned the attack. A new group, which calls itself the Northern Front, said it had carried out the bombing.', 'Northern Front'],
    ['"calling itself", no relative pronoun', 'Shops were looted overnight in the port. The Harbour Alliance blamed the army. The militia, calling itself Red Dawn, said it would patrol the streets.', 'Red Dawn'],
    ['a possessive and "styles itself"', 'Shops were looted overnight in the port. The Harbour Alliance blamed the army. Their movement, which styles itself the Lantern Brigade, said it would patrol the streets.', 'Lantern Brigade'],
  ])('reads the speaker as the name the group goes by (%s)', (_name, text, who) => {
    expect(lastSpeaker(text)).toBe(who);
  });
});
