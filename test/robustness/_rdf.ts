// Test helper for issue 8's output integrity: every Turtle / N-Quads text newsgraph writes must
// parse with N3.js and with an independent parser (raptor's `rapper`), validate against
// ontology/shapes.ttl and round-trip Turtle → graph → Turtle. Not a test file (no .test.ts suffix).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataFactory, Parser, type Quad } from 'n3';
import { parseTurtle, toTurtle } from '../../src/4-rdf/index.js';
import { graphToQuads, toGraph } from '../../src/5-graph/index.js';
import { it } from 'vitest';
import { validate } from '../ontology/_shacl.js';

/** True when raptor's rapper is on the PATH (.ci/run installs raptor2-utils). */
export const HAS_RAPPER = spawnSync('rapper', ['--version'], { encoding: 'utf8' }).status === 0;

/** In CI (CI=true) the rapper checks are required; locally they are skipped when rapper is missing. */
export const REQUIRE_RAPPER = process.env.CI === 'true';

/** Why the rapper tests are skipped, or null when they run. Throws in CI when rapper is missing. */
export function rapperSkipReason(): string | null {
  if (HAS_RAPPER) return null;
  if (REQUIRE_RAPPER) throw new Error('rapper (raptor2-utils) is required when CI=true: apt-get install -y raptor2-utils (.ci/run does it).');
  return 'rapper not installed (apt-get install -y raptor2-utils); skipping the independent-parser checks';
}

/**
 * `it` for a test that needs rapper: skipped locally when rapper is missing, with the reason in the
 * test's name and a warning once; always run in CI, where a missing rapper fails the test.
 */
export function itWithRapper(name: string, fn: () => void | Promise<void>, timeout?: number): void {
  const reason = HAS_RAPPER || REQUIRE_RAPPER ? null : 'rapper not installed (apt-get install -y raptor2-utils)';
  if (reason) {
    if (!warned) console.warn(`newsgraph tests: ${reason}; skipping the independent-parser checks. They are required when CI=true.`);
    warned = true;
    it.skip(`${name} [skipped: ${reason}]`, fn);
  } else
    it(
      name,
      async () => {
        rapperSkipReason();
        await fn();
      },
      timeout,
    );
}
let warned = false;

/**
 * Parses a file with rapper and returns the number of triples (quads) it read. Throws with
 * rapper's own message when it reports an error or a warning.
 */
export function rapperCount(path: string, syntax: 'turtle' | 'nquads' | 'ntriples'): number {
  const r = spawnSync('rapper', ['-i', syntax, '-c', path], { encoding: 'utf8' });
  const problems = r.stderr.split('\n').filter((l) => /error|warning/i.test(l));
  if (r.status !== 0 || problems.length) throw new Error(`rapper -i ${syntax} ${path}: exit ${r.status}\n${r.stderr}`);
  const m = /returned (\d+) (?:triples|statements)/.exec(r.stderr);
  if (!m) throw new Error(`rapper -i ${syntax} ${path}: no count in\n${r.stderr}`);
  return Number(m[1]);
}

/** rapperCount over a text rather than a file. */
export function rapperCountText(text: string, syntax: 'turtle' | 'nquads' | 'ntriples'): number {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-rapper-'));
  try {
    const path = join(dir, `x.${syntax === 'turtle' ? 'ttl' : 'nq'}`);
    writeFileSync(path, text);
    return rapperCount(path, syntax);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Parses N-Quads with N3.js. */
export function parseNQuads(text: string): Quad[] {
  return new Parser({ format: 'application/n-quads' }).parse(text);
}

/** Turtle → graph → Turtle, as the viewer and the query layer would rewrite a graph. */
export function roundTrip(turtle: string): string {
  return toTurtle(graphToQuads(toGraph(parseTurtle(turtle))));
}

/**
 * The quads with every character outside the BMP in a literal replaced by U+FFFD, for SHACL only:
 * rdf-validation (under shacl-engine) checks xsd:string with /^([^\ud8ff-\udfff\ufffe-\uffff]*)$/
 * without the u flag, so it rejects every emoji and every other astral character, which XSD allows.
 */
export function shaclView(quads: readonly Quad[]): Quad[] {
  return quads.map((q) =>
    q.object.termType === 'Literal' && /[\ud800-\udbff][\udc00-\udfff]/.test(q.object.value)
      ? DataFactory.quad(q.subject, q.predicate, DataFactory.literal(q.object.value.replace(/[\ud800-\udbff][\udc00-\udfff]/g, '\ufffd'), q.object.language || q.object.datatype), q.graph)
      : q,
  );
}

/**
 * The problems of one Turtle text (empty when it is sound): N3.js parse, SHACL shapes, round trip
 * (byte for byte when `exact`, else as canonical Turtle of the same quads), and rapper's triple count
 * when rapper is present.
 */
export async function turtleProblems(turtle: string, { exact = true }: { exact?: boolean } = {}): Promise<string[]> {
  const problems: string[] = [];
  let quads: Quad[];
  try {
    quads = parseTurtle(turtle);
  } catch (e) {
    return [`N3.js cannot parse: ${(e as Error).message}`];
  }
  const shacl = await validate(shaclView(quads));
  if (!shacl.conforms) problems.push(...shacl.problems.slice(0, 5).map((p) => `SHACL: ${p}`));
  const canonical = toTurtle(quads);
  if (exact && canonical !== turtle) problems.push('Turtle is not in canonical form (toTurtle of its own quads differs)');
  if (roundTrip(turtle) !== canonical) problems.push('Turtle → graph → Turtle changes the graph');
  if (rapperSkipReason() === null) {
    try {
      const n = rapperCountText(turtle, 'turtle');
      if (n !== quads.length) problems.push(`rapper reads ${n} triples, N3.js ${quads.length}`);
    } catch (e) {
      problems.push((e as Error).message);
    }
  }
  return problems;
}
