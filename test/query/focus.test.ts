// Tests for the focused load of a statements question (src/query/focus.ts): the same answers as the
// whole graph (the bundled sample, two articles in Turtle and N-Quads, the merged polnear-dev corpus
// in the long set), fewer triples held, the same errors, and the fall-backs to the whole graph.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toNQuads, toQuads, toTurtle } from '../../src/4-rdf/index.js';
import { stringifyGraph, toGraph } from '../../src/5-graph/index.js';
import { fileSource } from '../../src/cli/graph-files.js';
import {
  ActorNotFoundError,
  loadGraph,
  loadStatementGraph,
  NewsQuery,
  QueryOptionError,
  type FocusStats,
  type GraphSource,
  type StatementFilter,
} from '../../src/query/index.js';
import { article1, article2 } from '../4-rdf/_fixture.js';
import { itLong } from '../_long.js';
import { Readable } from 'node:stream';
import { main } from '../../src/cli/main.js';

const SAMPLE_TTL = fileURLToPath(new URL('../../examples/lavrov-blinken-message.ttl', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI_FROM_SRC = fileURLToPath(new URL('../fixtures/cli-from-src.ts', import.meta.url));
const POLNEAR_DEV = fileURLToPath(new URL('../../../shared/eval/polnear-dev.jsonl.gz', import.meta.url));

// Runs the CLI in-process, as test/cli/query.test.ts does.
async function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { out: (t) => void (stdout += t), err: (t) => void (stderr += t), stdin: Readable.from([]), cwd: process.cwd(), isTTY: false });
  return { code, stdout, stderr };
}

const q1 = toQuads(article1());
const q2 = toQuads(article2());

// The answer of the whole graph and of the focused one, as JSON.
function both(sources: readonly GraphSource[], filter: StatementFilter, stats?: FocusStats): [string, string] {
  const whole = JSON.stringify(new NewsQuery(loadGraph(sources)).statements(filter));
  const focused = JSON.stringify(new NewsQuery(loadStatementGraph(sources, filter, stats)).statements(filter));
  return [whole, focused];
}

describe('loadStatementGraph', () => {
  const sample: GraphSource[] = [fileSource(SAMPLE_TTL)];
  const sampleQuery = new NewsQuery(loadGraph(sample));
  const speakers = [...new Set(sampleQuery.statements().flatMap((s) => (s.speaker ? [s.speaker.label] : [])))];

  it('should answer every speaker of the bundled sample as the whole graph does', () => {
    expect(speakers.length).toBeGreaterThan(3);
    for (const by of speakers) {
      const [whole, focused] = both(sample, { by });
      expect(focused).toBe(whole);
      expect(JSON.parse(focused).length).toBeGreaterThan(0);
    }
  });

  it('should answer the other filter fields (about, at, dates, kinds) as the whole graph does', () => {
    const s = sampleQuery.statements().find((x) => x.speaker && x.about.length > 0)!;
    const filters: StatementFilter[] = [
      { by: s.speaker!.label, about: s.about[0]!.label },
      { about: s.about[0]!.label },
      { by: s.speaker!.iri, from: '2023-01', to: '2023-12' },
      { by: s.speaker!.label, kind: ['speech'] },
      ...(s.place ? [{ at: s.place.label }] : []),
    ];
    for (const filter of filters) {
      const [whole, focused] = both(sample, filter);
      expect(focused).toBe(whole);
    }
  });

  it('should hold only the asked-for statements and their nodes, not the other statements', () => {
    const stats = {} as FocusStats;
    const by = speakers.find((x) => x !== 'Sergei Lavrov')!;
    const graph = loadStatementGraph(sample, { by }, stats);
    const whole = loadGraph(sample);
    const statements = (g: typeof graph): number => g.filterNodes((_k, a) => a.kind === 'statement').length;
    expect(stats).toMatchObject({ passes: 5, whole: false });
    expect(stats.statements).toBe(sampleQuery.saidBy(by).length);
    expect(stats.statements).toBeGreaterThan(0);
    expect(statements(graph)).toBeLessThan(statements(whole));
  });

  it('should merge two articles given as Turtle and N-Quads as loadGraph does', () => {
    const sources = [
      { name: 'a.ttl', text: toTurtle(q1) },
      { name: 'b.nq', text: toNQuads(q2, 'urn:b') },
    ];
    for (const by of ['Ingrid Dahl', 'Dahl', 'European Commission']) {
      const [whole, focused] = both(sources, { by });
      expect(focused).toBe(whole);
    }
    expect(JSON.parse(both(sources, { by: 'Dahl' })[1]).length).toBe(new NewsQuery(loadGraph(sources)).saidBy('Dahl').length);
  });

  it('should throw the whole graph’s ActorNotFoundError, near matches included', () => {
    const miss = (f: () => unknown): unknown => {
      try {
        f();
      } catch (e) {
        return e;
      }
      return null;
    };
    const focused = miss(() => loadStatementGraph(sample, { by: 'Lavrow' }));
    const whole = miss(() => sampleQuery.saidBy('Lavrow'));
    expect(focused).toBeInstanceOf(ActorNotFoundError);
    expect((focused as Error).message).toBe((whole as Error).message);
    expect(miss(() => loadStatementGraph(sample, { by: 'Lavrov', about: 'Nobody At All' }))).toBeInstanceOf(ActorNotFoundError);
  });

  it('should refuse a malformed date or kind before reading any source', () => {
    const unread: GraphSource = {
      name: 'never.ttl',
      chunks: {
        [Symbol.iterator]: () => {
          throw new Error('read');
        },
      },
    };
    expect(() => loadStatementGraph([unread], { by: 'Lavrov', from: '2023-13-45' })).toThrow(QueryOptionError);
    expect(() => loadStatementGraph([unread], { by: 'Lavrov', kind: ['gossip' as never] })).toThrow(QueryOptionError);
  });

  it('should read the whole graph for a JSON source, a graph with blank nodes, or no actor field', () => {
    const cases: Array<[GraphSource[], StatementFilter]> = [
      [[{ name: 'a.json', text: stringifyGraph(toGraph(q1)) }], { by: 'Dahl' }],
      [[{ name: 'a.ttl', text: `${toTurtle(q1)}\n_:x <http://www.w3.org/2000/01/rdf-schema#comment> "a blank node".\n` }], { by: 'Dahl' }],
      [[{ name: 'a.ttl', text: toTurtle(q1) }], { from: '2020' }],
    ];
    for (const [sources, filter] of cases) {
      const stats = {} as FocusStats;
      const [whole, focused] = both(sources, filter, stats);
      expect(stats.whole).toBe(true);
      expect(focused).toBe(whole);
    }
  });
});

// The sample article `copies` times under other article IRIs (the actors shared): 9.5 MB of Turtle for 200.
function clonedSample(copies: number): string {
  const text = readFileSync(SAMPLE_TTL, 'utf8');
  const at = text.indexOf('\n\n');
  const body = text.slice(at);
  const parts = [text.slice(0, at)];
  for (let k = 0; k < copies; k++) parts.push(body.replaceAll('article:lavrov-blinken-message', `article:lavrov-blinken-message-c${k}`).replaceAll('id/article/lavrov-blinken-message', `id/article/lavrov-blinken-message-c${k}`));
  return parts.join('');
}

describe('said-by and who-said on a file', () => {
  let file = '';
  // The CLI from src/ under a 24 MB heap (the whole typed graph of the 200 copies aborts under 32 MB).
  const capped = (...args: string[]): { status: number | null; stdout: string; stderr: string } => {
    if (!file) {
      file = join(mkdtempSync(join(tmpdir(), 'newsgraph-focus-')), 'x200.ttl');
      writeFileSync(file, clonedSample(200));
    }
    return spawnSync(process.execPath, ['--max-old-space-size=24', '--import', 'tsx', CLI_FROM_SRC, ...args, file, '--format', 'json'], { encoding: 'utf8', cwd: ROOT, maxBuffer: 1 << 26 });
  };

  it('should answer who-said from a graph whose whole typed form does not fit a 24 MB heap', () => {
    const run = capped('who-said', '--about', 'Anthony Blinken');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const ranked = JSON.parse(run.stdout) as Array<{ speaker: { label: string }; count: number }>;
    const once = new NewsQuery(loadGraph([fileSource(SAMPLE_TTL)])).whoTalksAbout('Anthony Blinken');
    expect(ranked.map((r) => [r.speaker.label, r.count])).toEqual(once.map((r) => [r.speaker.label, r.count * 200]));
  }, 120_000);

  it('should answer from a graph whose whole typed form does not fit a 24 MB heap', () => {
    const run = capped('said-by', 'Sameh Shukri');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const rows = JSON.parse(run.stdout) as Array<{ speaker: { label: string }; evidence: { article: string } }>;
    expect(rows).toHaveLength(200);
    expect(new Set(rows.map((r) => r.evidence.article)).size).toBe(200);
    expect(rows.every((r) => r.speaker.label === 'Sameh Shukri')).toBe(true);
  }, 120_000);

  it('should print what the whole graph answers, from the focused load', async () => {
    const r = await runCli(['said-by', 'Lavrov', SAMPLE_TTL, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(new NewsQuery(loadGraph([fileSource(SAMPLE_TTL)])).saidBy('Lavrov'))));
  });
});

describe.runIf(existsSync(POLNEAR_DEV))('the merged polnear-dev corpus', () => {
  itLong('polnear-dev said-by')('should answer said-by for its 15 most central actors as the whole graph does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-focus-'));
    const built = await runCli(['build', POLNEAR_DEV, '--merge', 'dev', '-o', dir, '-q', '--today', '2026-01-01']);
    expect(built.code).toBe(0);
    const sources = [fileSource(join(dir, 'dev.ttl'))];
    const whole = new NewsQuery(loadGraph(sources));
    for (const { actor } of whole.central({ limit: 15 })) {
      const focused = new NewsQuery(loadStatementGraph(sources, { by: actor.iri }));
      expect(JSON.stringify(focused.saidBy(actor.iri))).toBe(JSON.stringify(whole.saidBy(actor.iri)));
    }
    expect(readFileSync(join(dir, 'dev.ttl')).length).toBeGreaterThan(1_000_000);
  }, 600_000);
});
