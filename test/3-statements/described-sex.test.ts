// Stage 3, the sex the text gives a named person (src/3-statements/described-sex.ts): an honorific
// before the name or a noun for a man or a woman in an appositive; both sexes given, neither.
// Every sentence is written for this test.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';
import { describedSexes } from '../../src/3-statements/described-sex.js';

function sexOf(text: string, name: string): string | undefined {
  const a = analyze({ id: 't', text, published: '2024-05-06' }, { today: '2024-06-01' });
  const byKey = new Map(a.mentions.entities.map((e) => [e.key, e]));
  const names = a.mentions.mentions.filter((m) => m.kind === 'name').sort((x, y) => x.start - y.start);
  const key = a.mentions.entities.find((e) => e.name === name)?.key ?? '';
  return describedSexes(text, names, byKey).get(key);
}

describe('described sex', () => {
  it.each([
    ['an honorific in the name', 'Ms Varsa said the pier was safe.', 'Varsa', 'female'],
    ['an honorific with a full stop', 'The pier was safe, Mr. Tenn said.', 'Tenn', 'male'],
    ['a possessive and a noun for a man before the name', 'Her brother, Ilko Tenn, ran the ferry.', 'Ilko Tenn', 'male'],
    ['a noun for a woman after the name', 'Ruo Varsa, a grandmother of three, ran the ferry.', 'Ruo Varsa', 'female'],
    ['a noun for a man in a possessive appositive after the name', 'Ilko Tenn, her husband, ran the ferry.', 'Ilko Tenn', 'male'],
  ])('%s', (_name, text, name, sex) => {
    expect(sexOf(text, name)).toBe(sex);
  });

  it.each([
    ['(guard) a role noun with no sex', 'Her lawyer, Ilko Tenn, ran the ferry.', 'Ilko Tenn'],
    ['(guard) both sexes given', 'Mr Tenn ran the ferry. Ms Tenn sold tickets.', 'Tenn'],
    ['(guard) a noun that is not the appositive\'s head', 'Ilko Tenn, her brother\'s lawyer, ran the ferry.', 'Ilko Tenn'],
  ])('gives none: %s', (_name, text, name) => {
    expect(sexOf(text, name)).toBeUndefined();
  });
});
