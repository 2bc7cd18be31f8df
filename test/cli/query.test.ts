// Tests for the query commands (src/cli/commands/{query,said-by,who-said,path,top}.ts), run in
// process on the sample article built in memory and on graph files: acceptance checks, formats,
// errors and exit codes, and for each shortcut the same answer as an equivalent SPARQL query.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { toQuads, toTurtle } from '../../src/4-rdf/index.js';
import { stringifyGraph, toGraph } from '../../src/5-graph/index.js';
import { main } from '../../src/cli/main.js';
import type { CentralActor, SpeakerRank, StatementChain, StatementResult } from '../../src/query/index.js';
import { article1, article2 } from '../4-rdf/_fixture.js';

type Run = { code: number; out: string; err: string };

async function run(args: string[], options: { isTTY?: boolean; cwd?: string } = {}): Promise<Run> {
  let out = '';
  let err = '';
  const code = await main(args, {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    stdin: Readable.from([]),
    cwd: options.cwd ?? process.cwd(),
    isTTY: options.isTTY ?? false,
  });
  return { code, out, err };
}

// Without graph files a query command reads the sample and says so on stderr (issue 23.8), once.
const SAMPLE_NOTE = /^newsgraph [a-z-]+: no graph given, so this reads the bundled sample \(examples\/lavrov-blinken-message\.txt\); name your graph to query it, e\.g\. newsgraph [a-z-]+ … graphs\/<name>\.ttl\n$/;

const json = async <T>(args: string[]): Promise<T> => {
  const r = await run([...args, '--format', 'json']);
  const hasFiles = args.some((a) => /\.(ttl|nt|nq|json)$/.test(a));
  if (hasFiles) expect(r.err).toBe('');
  else expect(r.err).toMatch(SAMPLE_NOTE);
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as T;
};

type SparqlJson = { results: { bindings: Array<Record<string, { value: string }>> } };
const sparql = async (query: string, files: string[] = []): Promise<Array<Record<string, string>>> => {
  const r = await json<SparqlJson>(['query', '--sparql', query, ...files]);
  return r.results.bindings.map((b) => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.value])));
};

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-query-'));
writeFileSync(join(dir, 'a.ttl'), toTurtle(toQuads(article1())));
writeFileSync(join(dir, 'b.json'), stringifyGraph(toGraph(toQuads(article2()))));
writeFileSync(join(dir, 'q.rq'), 'SELECT ?name\nWHERE { ?s ng:speaker/rdfs:label ?name }\nORDER BY ?name');
const FILES = [join(dir, 'a.ttl'), join(dir, 'b.json')];

describe('acceptance on the sample article', () => {
  it('said-by Lavrov --format json lists his statements, and Lavrov speaks most', async () => {
    const statements = await json<StatementResult[]>(['said-by', 'Lavrov']);
    expect(statements.length).toBeGreaterThanOrEqual(9);
    expect(new Set(statements.map((s) => s.speaker?.label))).toEqual(new Set(['Sergei Lavrov']));
    expect(statements.every((s) => s.evidence.articleId === 'lavrov-blinken-message' && s.evidence.sentence?.text)).toBe(true);
    const top = await json<CentralActor[]>(['top', '--limit', '1000']);
    const most = Math.max(...top.map((t) => t.said));
    expect(top.filter((t) => t.said === most).map((t) => t.actor.label)).toEqual(['Sergei Lavrov']);
    expect(most).toBe(statements.length);
  });

  it('who-said --about Ukraine --format json includes Lavrov and McGregor', async () => {
    const ranked = await json<SpeakerRank[]>(['who-said', '--about', 'Ukraine']);
    expect(ranked.map((r) => r.speaker.label)).toEqual(expect.arrayContaining(['Sergei Lavrov', 'Douglas McGregor']));
    expect(ranked.map((r) => r.rank)).toEqual(ranked.map((_, i) => i + 1));
  });
});

describe('a negated cue', () => {
  it('said-by marks the row of a negated statement "[not]" in the table and negated in JSON', async () => {
    const a = article1();
    a.statements[1]!.negated = true;
    const file = join(dir, 'negated.ttl');
    writeFileSync(file, toTurtle(toQuads(a)));
    const table = await run(['said-by', 'Dahl', file, '--format', 'csv']);
    expect(table.out.split('\n').filter((l) => l.includes('[not] ')).length).toBe(1);
    expect((await json<StatementResult[]>(['said-by', 'Dahl', file])).map((r) => r.negated)).toEqual([false, true, false]);
  });
});

describe('the graph a query reads', () => {
  it.each([['said-by', 'Lavrov'], ['who-said', '--about', 'Ukraine'], ['top'], ['query', '--sparql', 'ASK { ?s ?p ?o }']])(
    '%s without files names the sample it falls back to, on stderr only',
    async (...args) => {
      const r = await run([...args, '--format', 'json']);
      expect(r.code).toBe(0);
      expect(r.err).toMatch(SAMPLE_NOTE);
      expect(() => JSON.parse(r.out)).not.toThrow();
    },
  );

  it('says nothing about the sample when a graph file is given', async () => {
    const r = await run(['said-by', 'Dahl', ...FILES, '--format', 'json']);
    expect(r.err).toBe('');
  });
});

describe('each shortcut gives the same answer as an equivalent SPARQL query', () => {
  it.each([[[]], [FILES]])('said-by (files: %j)', async (files) => {
    const name = files.length ? 'Dahl' : 'Lavrov';
    const api = await json<StatementResult[]>(['said-by', name, ...files]);
    const rows = await sparql(
      `SELECT DISTINCT ?s WHERE { ?s ng:speaker ?a . ?a rdfs:label|skos:altLabel ?n FILTER(LCASE(STR(?n)) = "${name.toLowerCase()}") }`,
      files,
    );
    expect(api.map((s) => s.iri).sort()).toEqual(rows.map((r) => r.s).sort());
    expect(api.length).toBeGreaterThan(0);
  });

  it('who-said', async () => {
    const api = await json<SpeakerRank[]>(['who-said', '--about', 'Ukraine']);
    const rows = await sparql(
      'SELECT ?who (COUNT(DISTINCT ?s) AS ?n) WHERE { ?u rdfs:label "Ukraine" . ?s ng:about ?u ; ng:speaker ?who } GROUP BY ?who',
    );
    expect(api.map((r) => [r.speaker.iri, r.count]).sort()).toEqual(rows.map((r) => [r.who, Number(r.n)]).sort());
  });

  it.each([
    [['Lavrov', 'Douglas McGregor'], []],
    [['European Union', 'the Commission'], FILES],
  ])('path %j: the chain exists hop by hop and no shorter one does', async (actors, files) => {
    const chain = await json<StatementChain>(['path', ...actors, ...files]);
    const hop = '(^ng:speaker|^ng:about|ng:speaker|ng:about|ng:nestedIn|^ng:nestedIn)';
    const edges = chain.steps.length - 1;
    for (let i = 0; i < edges; i++) {
      const node = (k: number): string => {
        const s = chain.steps[k]!;
        return s.kind === 'actor' ? s.actor.iri : s.statement.iri;
      };
      expect(await sparql(`SELECT (COUNT(*) AS ?n) WHERE { <${node(i)}> ${hop} <${node(i + 1)}> }`, files)).not.toEqual([{ n: '0' }]);
    }
    for (let len = 1; len < edges; len++) {
      const path = Array(len).fill(hop).join('/');
      const r = await json<{ boolean: boolean }>(['query', '--sparql', `ASK { <${chain.from.iri}> ${path} <${chain.to.iri}> }`, ...files]);
      expect(r.boolean).toBe(false);
    }
  });

  it('top: degree is the number of distinct actors linked through statements, events and direct links', async () => {
    const api = await json<CentralActor[]>(['top', '--limit', '1000', ...FILES]);
    const rows = await sparql(
      `SELECT ?a (COUNT(DISTINCT ?b) AS ?degree) WHERE {
         { ?s ng:speaker ?a ; ng:about|ng:place ?b } UNION { ?s ng:speaker ?b ; ng:about|ng:place ?a }
         UNION { ?e ng:actor ?a ; ng:participant|ng:place ?b } UNION { ?e ng:actor ?b ; ng:participant|ng:place ?a }
         UNION { ?a ng:affiliation|ng:speaksFor ?b } UNION { ?b ng:affiliation|ng:speaksFor ?a }
         ?a a ?ta . ?b a ?tb . VALUES ?ta { ng:Person ng:Organization ng:Place ng:Actor } VALUES ?tb { ng:Person ng:Organization ng:Place ng:Actor }
         FILTER(?a != ?b)
       } GROUP BY ?a`,
      FILES,
    );
    const byIri = Object.fromEntries(rows.map((r) => [r.a, Number(r.degree)]));
    expect(api.filter((c) => c.degree > 0).map((c) => [c.actor.iri, c.degree]).sort()).toEqual(Object.entries(byIri).sort());
  });
});

describe('newsgraph query', () => {
  it('should print an aligned table on a terminal, with the count on stderr', async () => {
    const r = await run(['query', '--sparql-file', join(dir, 'q.rq'), ...FILES], { isTTY: true });
    expect(r.code).toBe(0);
    expect(r.out.split('\n').slice(0, 3)).toEqual(['name', '-------------------', 'European Commission']);
    expect(r.err).toBe('5 results\n');
  });

  it.each([
    ['csv', 'name\r\nEuropean Commission\r\nIngrid Dahl\r\n'],
    ['tsv', '?name\n"European Commission"\n"Ingrid Dahl"\n'],
  ])('should write %s', async (format, start) => {
    const r = await run(['query', '--sparql-file', join(dir, 'q.rq'), '--format', format, ...FILES]);
    expect(r.out.startsWith(start)).toBe(true);
  });

  it('should write SPARQL JSON when piped', async () => {
    const r = await run(['query', '-q', 'ASK { ?s ng:speaker person:ingrid-dahl }', ...FILES]);
    expect(JSON.parse(r.out)).toEqual({ head: {}, boolean: true });
  });

  it('should report a syntax error with line and column, exit 1', async () => {
    const r = await run(['query', '--sparql', 'SELECT ?s\nWHERE { ?s ?p }', ...FILES]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^newsgraph query: SPARQL syntax error at line 2, column \d+/);
  });

  it.each([
    [['query'], /no query/],
    [['query', '--sparql', 'ASK {}', '--sparql-file', 'q.rq'], /either --sparql or --sparql-file/],
    [['query', '--sparql', 'ASK {}', '--format', 'xml'], /--format "xml" is not one of table, json, csv, tsv/],
    [['said-by'], /name an actor/],
    [['who-said', 'Ukraine'], /--about/],
    [['path', 'Lavrov'], /two actors/],
    [['top', '--by', 'closeness'], /degree or pagerank/],
    [['said-by', 'Lavrov', '--format', 'tsv'], /not one of table, json, csv/],
    [['said-by', 'Lavrov', '--from', 'yesterday'], /not a date/],
  ])('should exit 2 on misuse: %j', async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it('should exit 1 naming a missing file', async () => {
    const r = await run(['query', '--sparql', 'ASK {}', join(dir, 'missing.ttl')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('missing.ttl');
  });
});

describe('shortcut output', () => {
  it('should list near matches when no actor matches, exit 1', async () => {
    const r = await run(['said-by', 'Lavrow']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('no actor named "Lavrow"');
    expect(r.err).toContain('"Sergei Lavrov" (as "Lavrov")');
  });

  it('should print a table by default on a terminal and CSV on request', async () => {
    const table = await run(['said-by', 'Dahl', ...FILES], { isTTY: true });
    const lines = table.out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^#\s+speaker\s+date\s+form\s+about\s+evidence\s+content$/);
    expect(lines).toHaveLength(2 + 4);
    expect(lines[2]).toContain('fish-2024-001:');
    const csv = await run(['said-by', 'Dahl', '--about', 'European Union', '--format', 'csv', ...FILES]);
    expect(csv.out).toBe('#,speaker,date,form,about,evidence,content\r\n1,Ingrid Dahl,2024-02-27,indirect,European Union,fish-2024-001:70-131,the quota talks with the European Union would resume in March\r\n');
  });

  it('should say when no chain links two actors, exit 1', async () => {
    const r = await run(['path', 'Coastal Fleet Association', 'Dahl', '--format', 'json', ...FILES]);
    expect(r.code).toBe(1);
    expect(r.out).toBe('null\n');
    expect(r.err).toContain('no chain of statements links');
  });
});

describe('--kind on said-by and who-said', () => {
  it('narrows the sample to the kinds asked for, and the sample holds kinds', async () => {
    const all = await json<StatementResult[]>(['said-by', 'Lavrov']);
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((s) => s.kind !== null)).toBe(true);
    const speech = await json<StatementResult[]>(['said-by', 'Lavrov', '--kind', 'speech']);
    expect(speech.map((s) => s.iri)).toEqual(all.filter((s) => s.kind === 'speech').map((s) => s.iri));
    expect(await json<StatementResult[]>(['said-by', 'Lavrov', '--kind', 'finding'])).toEqual(all.filter((s) => s.kind === 'finding'));
    const ranked = await json<SpeakerRank[]>(['who-said', '--about', 'Ukraine', '--kind', 'speech,thought']);
    for (const r of ranked) for (const s of r.statements) expect(['speech', 'thought']).toContain(s.kind);
  });

  it('refuses a word that is no kind, with a one-line hint and exit 2', async () => {
    const r = await run(['said-by', 'Lavrov', '--kind', 'rumour']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--kind "rumour" is not a list of statement kinds; use speech, thought, stance, intention, finding/);
  });
});
