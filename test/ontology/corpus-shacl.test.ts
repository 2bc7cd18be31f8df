// Issue 23.1: every graph the project writes conforms to ontology/shapes.ttl on real news, not only on
// the sample: the merged polnear-dev corpus (84 articles, ../shared/eval) is built as the corpus
// command builds it, validated with shacl-engine, and each output parsed by N3.js, by rapper (when
// installed; required with CI=true) and the GEXF checked against its XSD with xmllint (likewise).
// Skipped with a reason when ../shared is absent.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseTurtle } from '../../src/4-rdf/index.js';
import { parseGraph } from '../../src/5-graph/index.js';
import { buildArticleChunks, CorpusMerger, MemoryChunkStore, parseCorpusLine, type MergeSummary } from '../../src/corpus/index.js';
import { itWithRapper, parseNQuads, rapperCountText } from '../robustness/_rdf.js';
import { validate } from './_shacl.js';

const POLNEAR_DEV = fileURLToPath(new URL('../../../shared/eval/polnear-dev.jsonl.gz', import.meta.url));
const XSD = fileURLToPath(new URL('../fixtures/gexf-1.3/gexf.xsd', import.meta.url));
const present = existsSync(POLNEAR_DEV);
const CI = process.env['CI'] === 'true';
if (!present && !CI) console.log(`corpus-shacl: skipped, ${POLNEAR_DEV} is absent (evaluation data)`);
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;

describe.runIf(present || CI)('the merged polnear-dev corpus', () => {
  const out = { turtle: '', nquads: '', json: '', gexf: '' };
  let summary: MergeSummary;
  beforeAll(() => {
    const lines = gunzipSync(readFileSync(POLNEAR_DEV)).toString('utf8').split('\n').filter(Boolean);
    const merger = new CorpusMerger(new MemoryChunkStore());
    for (const [i, line] of lines.entries()) {
      merger.add(buildArticleChunks(parseCorpusLine(line, { source: 'polnear-dev.jsonl', line: i + 1 }), { today: '2026-01-01' }));
    }
    summary = merger.finish({ turtle: (t) => (out.turtle += t), nquads: (t) => (out.nquads += t), json: (t) => (out.json += t), gexf: (t) => (out.gexf += t) });
    expect(summary.articles).toBe(lines.length);
  }, 300_000);

  it('conforms to ontology/shapes.ttl (every statement, event, article, actor, evidence and provenance node)', async () => {
    const { conforms, problems } = await validate(parseTurtle(out.turtle));
    expect(problems.slice(0, 10)).toEqual([]);
    expect(conforms).toBe(true);
  }, 300_000);

  it('parses with N3.js in Turtle and N-Quads, and loads as graphology JSON', () => {
    expect(parseTurtle(out.turtle).length).toBe(summary.triples);
    expect(parseNQuads(out.nquads).length).toBe(summary.quads);
    expect(parseGraph(out.json).order).toBeGreaterThan(0);
  });

  itWithRapper('parses with rapper in Turtle and N-Quads to the same counts, without a warning', () => {
    expect(rapperCountText(out.turtle, 'turtle')).toBe(summary.triples);
    expect(rapperCountText(out.nquads, 'nquads')).toBe(summary.quads);
  }, 120_000);

  it.runIf(hasXmllint || CI)('writes GEXF that validates against the GEXF 1.3 XSD', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'newsgraph-gexf-')), 'corpus.gexf');
    writeFileSync(file, out.gexf);
    const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', XSD, file], { encoding: 'utf8' });
    expect(run.stderr).toMatch(/validates/);
  });
});
