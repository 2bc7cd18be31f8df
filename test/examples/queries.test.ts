// Tests for the documented SPARQL examples (examples/queries/*.rq) on the sample article's graph,
// built in memory from examples/lavrov-blinken-message.txt. Each file has a header comment and an
// expectation here, checked against the query API or the article text where they can be.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/build.js';
import { NewsQuery } from '../../src/query/index.js';
import { resultRows, SparqlStore } from '../../src/sparql/index.js';

const ROOT = join(import.meta.dirname, '../..');
const DIR = join(ROOT, 'examples/queries');
const TEXT = readFileSync(join(ROOT, 'examples/lavrov-blinken-message.txt'), 'utf8');
const built = buildArticle({ id: 'lavrov-blinken-message', text: TEXT });
const store = new SparqlStore();
store.addQuads(built.quads);
const q = new NewsQuery(built.graph);

type Rows = Array<Record<string, string>>;
function rows(file: string, s: SparqlStore = store): Rows {
  const { header, rows: r } = resultRows(s.query(readFileSync(join(DIR, file), 'utf8')));
  return r.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]!])));
}
const n = (x: string | undefined): number => Number(x);

const EXPECTATIONS: Record<string, (r: Rows) => void> = {
  'who-spoke-about-ukraine.rq': (r) => {
    expect(r.map((x) => x.speaker)).toEqual(expect.arrayContaining(['Sergei Lavrov', 'Douglas McGregor']));
    expect(r.map((x) => [x.speaker, n(x.statements)]).sort()).toEqual(q.whoTalksAbout('Ukraine').map((w) => [w.speaker.label, w.count]).sort());
  },
  'statements-per-speaker.rq': (r) => {
    expect(r[0]).toEqual({ speaker: 'Sergei Lavrov', statements: String(q.saidBy('Sergei Lavrov').length) });
    expect(n(r[0]!.statements)).toBeGreaterThan(n(r[1]?.statements));
  },
  'statements-by-date.rq': (r) => {
    const dates = r.map((x) => x.date!);
    expect(dates).toEqual([...dates].sort());
    expect(r).toContainEqual(expect.objectContaining({ date: '2022-12-20', speaker: 'Douglas McGregor' }));
    expect(r.length).toBe(q.statements().filter((s) => s.date && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(s.date)).length);
  },
  'statements-in-january-2023.rq': (r) => {
    expect(r.length).toBeGreaterThan(0);
    expect(r.every((x) => x.date!.startsWith('2023-01-'))).toBe(true);
    const total = r.reduce((sum, x) => sum + n(x.statements), 0);
    expect(total).toBe(q.statements({ from: '2023-01-01', to: '2023-01-31' }).filter((s) => s.speaker && s.date?.length === 10).length);
  },
  'nested-statements.rq': (r) => {
    expect(r.length).toBe(q.statements().filter((s) => s.nestedIn).length);
    expect(r.map((x) => x.reporter)).toContain('Sergei Lavrov');
  },
  'speaker-roles.rq': (r) => {
    expect(r).toContainEqual({ speaker: 'Sergei Lavrov', role: 'Russian Foreign Minister' });
  },
  'direct-quotes.rq': (r) => {
    expect(r.length).toBe(q.statements().filter((s) => s.form === 'direct').length);
    expect(r.length).toBeGreaterThan(0);
  },
  'what-lavrov-said-about-the-us.rq': (r) => {
    const api = q.whatSaid('Sergei Lavrov', 'United States');
    expect(r.map((x) => x.content).sort()).toEqual(api.map((s) => s.content).sort());
    expect(r.length).toBeGreaterThan(0);
  },
  'most-talked-about.rq': (r) => {
    expect(r.length).toBeLessThanOrEqual(10);
    for (const x of r) expect(n(x.statements)).toBe(q.statements({ about: x.actor! }).length);
    expect(r.map((x) => n(x.statements))).toEqual(r.map((x) => n(x.statements)).sort((a, b) => b - a));
  },
  'talked-about-together.rq': (r) => {
    expect(r.length).toBeGreaterThan(0);
    expect(r.every((x) => x.first! < x.second!)).toBe(true);
    for (const x of r.slice(0, 3)) expect(n(x.statements)).toBe(q.statements({ about: x.first! }).filter((s) => s.about.some((a) => a.label === x.second)).length);
  },
  'affiliations.rq': (r) => {
    expect(r).toContainEqual({ actor: 'Sergei Lavrov', affiliation: 'Russia', wikidata: 'wd:Q159' });
  },
  'evidence-offsets.rq': (r) => {
    expect(r.length).toBe(q.saidBy('Sergei Lavrov').length);
    // The offsets point at the words in the article text.
    for (const x of r) expect(TEXT.slice(n(x.start), n(x.end))).toBe(x.content);
  },
  'cue-verbs.rq': (r) => {
    expect(r.map((x) => x.cue)).toContain('say');
    expect(r.reduce((sum, x) => sum + n(x.statements), 0)).toBe(q.statements().filter((s) => s.cueLemma).length);
  },
  'speakers-as-schema-persons.rq': (r) => {
    expect(r).toEqual([]); // without the ontology: only ng: classes are written
    const withOntology = new SparqlStore();
    withOntology.addQuads(built.quads);
    withOntology.load({ name: 'ontology/newsgraph.ttl', text: readFileSync(join(ROOT, 'ontology/newsgraph.ttl'), 'utf8') });
    const persons = rows('speakers-as-schema-persons.rq', withOntology).map((x) => x.person);
    expect(persons).toEqual(expect.arrayContaining(['Sergei Lavrov', 'Douglas McGregor']));
    expect(persons).not.toContain('United States');
  },
};

const FILES = readdirSync(DIR).filter((f) => f.endsWith('.rq')).sort();

describe('examples/queries', () => {
  it('should hold at least a dozen queries, each with an expectation here', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(12);
    expect(FILES).toEqual(Object.keys(EXPECTATIONS).sort());
  });

  it.each(FILES)('%s should open with a comment saying what it asks and how to run it', (file) => {
    const text = readFileSync(join(DIR, file), 'utf8');
    expect(text).toMatch(/^# \S.*\?|^# \S.*:/);
    expect(text).toContain(`# Run: newsgraph query --sparql-file examples/queries/${file}`);
  });

  it.each(FILES)('%s should give the expected results on the sample graph', (file) => {
    EXPECTATIONS[file]!(rows(file));
  });
});
