// Tests for the date values of stage 4 (src/4-rdf/dates.ts): the period each TimeML-style value
// documented on ng:dateText starts on, and that a statement is never dated after its article.

import { describe, expect, it } from 'vitest';
import { NG, mintIri, toQuadsReport } from '../../src/4-rdf/index.js';
import { periodStart } from '../../src/4-rdf/dates.js';
import { validate } from '../ontology/_shacl.js';
import { article1 } from './_fixture.js';

describe('periodStart', () => {
  it.each([
    ['2024-02-27', '2024-02-27'],
    ['2024-02', '2024-02-01'],
    ['2024', '2024-01-01'],
    ['2023-02-30', '2023-02-01'],
    ['2016-W38', '2016-09-19'],
    ['2016-W38-WE', '2016-09-24'],
    ['2021-W01', '2021-01-04'],
    ['2016-SU', '2016-06-01'],
    ['2016-WI', '2016-01-01'],
    ['2016-Q3', '2016-07-01'],
    ['2016-H2', '2016-07-01'],
    ['197', '1970-01-01'],
    ['19', '1900-01-01'],
    ['PRESENT_REF', null],
    ['next week', null],
  ])('should start %s on %s', (value, start) => {
    expect(periodStart(value)).toBe(start);
  });
});

describe('dates of statements against their article', () => {
  const A1 = mintIri({ kind: 'article', id: 'fish-2024-001' });
  const s1 = mintIri({ kind: 'statement', article: A1, id: 's1' });
  const dateOf = (q: ReturnType<typeof toQuadsReport>['quads'], p: string): string[] =>
    q.filter((x) => x.subject.value === s1 && x.predicate.value === p).map((x) => x.object.value);

  it.each([
    ['a day after the article', '2024-02-29', NG.date],
    ['a week that starts after it', '2024-W10', NG.dateText],
    ['a later month', '2024-03', NG.date],
  ])('should not write %s (%s), with a warning', (_name, date, p) => {
    const a = article1();
    a.statements[0]!.date = date;
    const { quads, warnings } = toQuadsReport(a);
    expect(dateOf(quads, p)).toEqual([]);
    expect(warnings).toEqual([`statement s1: date ${date} is after its article (2024-02-28); not written.`]);
  });

  it.each([
    ['the article day', '2024-02-28', NG.date],
    ['the week holding it', '2024-W09', NG.dateText],
    ['its month', '2024-02', NG.date],
  ])('should write %s (%s)', (_name, date, p) => {
    const a = article1();
    a.statements[0]!.date = date;
    expect(dateOf(toQuadsReport(a).quads, p)).toEqual([date]);
  });

  it('should reject an undocumented date code in SHACL', async () => {
    const a = article1();
    a.statements[0]!.date = '2024-XX';
    const { conforms } = await validate(toQuadsReport(a).quads);
    expect(conforms).toBe(false);
  });
});
