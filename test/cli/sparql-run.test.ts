// Issue 22 item 11: `newsgraph query` stops a query that runs past --timeout (default 60 s) and
// returns at most --max-rows results with a note; a query the engine cannot finish is one line.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../robustness/_run.js';

function graphDir(triples: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-sparql-'));
  const lines = Array.from({ length: triples }, (_, i) => `<http://ex/s${i}> <http://ex/p${i % 7}> "value ${i}" .`);
  writeFileSync(join(dir, 'g.nt'), `${lines.join('\n')}\n`);
  return dir;
}

describe('newsgraph query bounds', () => {
  it('stops a cartesian product at --timeout with one line, exit 1', async () => {
    const dir = graphDir(3000);
    const started = performance.now();
    const r = await runCli(['query', 'g.nt', '--timeout', '1', '--format', 'json', '--sparql', 'SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }'], dir);
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(r.code).toBe(1);
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/^newsgraph query: (?:the query ran longer than --timeout 1 s and was stopped|the SPARQL engine could not finish the query)/);
  }, 60_000);

  it('counts --timeout from the end of loading: a graph that loads for longer answers a quick query', async () => {
    const dir = graphDir(300_000);
    const started = performance.now();
    const r = await runCli(['query', 'g.nt', '--timeout', '0.2', '--format', 'csv', '--sparql', 'ASK { <http://ex/s299999> ?p "value 299999" }'], dir);
    // (Loading 300,000 triples takes longer than the 0.2 s the query is given.)
    expect(performance.now() - started).toBeGreaterThan(200);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n').pop()).toBe('true');
  }, 120_000);

  it('returns at most --max-rows results and says how many there were', async () => {
    const dir = graphDir(50);
    const r = await runCli(['query', 'g.nt', '--max-rows', '3', '--format', 'csv', '--sparql', 'SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s'], dir);
    expect(r.code).toBe(0);
    expect(r.out.trimEnd().split('\n')).toHaveLength(4); // header + 3 rows
    expect(r.err).toBe('newsgraph query: warning: 50 results, the first 3 shown; add a LIMIT, or raise --max-rows.\n');
  }, 60_000);

  it.each([['--timeout', '-1'], ['--max-rows', '0']])('refuses %s %s with exit code 2', async (flag, value) => {
    const r = await runCli(['query', `${flag}=${value}`, '--sparql', 'ASK {}'], graphDir(1));
    expect(r.code).toBe(2);
  });
});
