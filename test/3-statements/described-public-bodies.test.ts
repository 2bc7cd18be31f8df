// Stage 3, step 3 (described-public-bodies.ts via organisation-descriptions.ts): "the agency", "the
// department", "the weather agency" for a public body named by a field of government and its country
// ("Statistics Canada"), which stage 2 leaves of no known kind.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';

/** The entity name of the statement whose speaker phrase is `phrase`. */
function speakerOf(text: string, phrase: string): string | undefined {
  const a = analyze({ id: 'art', text, published: '2024-05-06' }, { today: '2024-06-01' });
  const byKey = new Map(a.mentions.entities.map((e) => [e.key, e]));
  const s = a.statements.find((x) => x.speaker?.text === phrase);
  return s?.speakerEntity ? byKey.get(s.speakerEntity)?.name : undefined;
}

describe('public bodies named by a field and a country', () => {
  it.each([
    ['"the agency"', 'Statistics Canada published the survey on Monday. The agency said rents rose 4 percent in a year.', 'The agency', 'Statistics Canada'],
    ['"the department"', 'Parks Canada closed the trail after the rock fall. The department said the ban would last a month.', 'The department', 'Parks Canada'],
    ['"the weather agency", a lower-case field before the noun', 'Environment Canada warned of freezing rain overnight. The weather agency said roads would be icy by dawn.', 'The weather agency', 'Environment Canada'],
    ['"the agency" for a country other than Canada', 'Statistics Norway published the survey on Monday. The agency said rents rose 4 percent in a year.', 'The agency', 'Statistics Norway'],
  ])('reads %s as the body named before', (_name, text, phrase, who) => {
    expect(speakerOf(text, phrase)).toBe(who);
  });

  it.each([
    ['an airline (guard)', 'Air Canada cancelled forty flights on Monday. The agency said the storm would pass by Tuesday.', 'The agency', 'agency'],
    ['a sport federation (guard)', 'Cycling Canada dropped two riders from the team. The department said it would review the decision.', 'The department', 'department'],
    ['"the news agency", an outlet (guard)', 'Statistics Canada published the survey on Monday. The news agency said rents rose 4 percent in a year.', 'The news agency', 'news agency'],
  ])('never reads the description as a country-named body that is no public one (%s)', (_name, text, phrase, who) => {
    expect(speakerOf(text, phrase)).toBe(who);
  });
});
