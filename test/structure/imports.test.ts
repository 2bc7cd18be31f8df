// Module structure (issue 16 item 7): no import cycles in src/, every error class under
// NewsgraphError and exported, and the query / SPARQL entry points (package subpaths
// newsgraph/query and newsgraph/sparql) load without the NLP models of stages 1–3.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { SRC, closure, importCycles, importGraph } from './_imports.js';

const ROOT = resolve(SRC, '..');
const graph = importGraph();
const NLP = /^(?:wink-|1-text\/|2-mentions\/|3-statements\/|pipeline\.ts$|build\.ts$)/;

// Imports an entry in a fresh node (through tsx, from the project folder so tsx resolves) and lists
// the CommonJS modules it loaded: wink-nlp and its English model are CommonJS, so they show there.
function loadedPackages(entry: string): string[] {
  const script = `await import(${JSON.stringify(resolve(SRC, entry))});
const { createRequire } = await import('node:module');
const keys = Object.keys(createRequire(import.meta.url).cache);
console.log(JSON.stringify([...new Set(keys.map((k) => /node_modules\\/((?:@[^/]+\\/)?[^/]+)/.exec(k)?.[1]).filter(Boolean))]));`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`node could not import ${entry}: ${r.stderr || r.error}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as string[];
}

describe('the import graph of src/', () => {
  it('has no cycles (type imports and lazy imports included)', () => {
    expect(importCycles(graph).map((c) => c.join(' -> '))).toEqual([]);
  });

  it.each(['query/index.ts', 'sparql/index.ts'])('%s reaches no module of stages 1–3 and no wink package', (entry) => {
    const reached = [...closure(graph, entry)].filter((m) => NLP.test(m));
    expect(reached).toEqual([]);
  });
});

describe('subpath exports', () => {
  const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, { types: string; default: string }> };

  it.each([
    ['./query', 'query/index'],
    ['./sparql', 'sparql/index'],
  ])('package.json exports %s from the compiled %s entry', (subpath, entry) => {
    expect(pkg.exports[subpath]).toEqual({ types: `./dist/${entry}.d.ts`, default: `./dist/${entry}.js` });
  });

  it('importing the query and SPARQL entries in a fresh process loads neither wink-nlp nor its model', () => {
    expect(loadedPackages('query/index.ts').filter((p) => p.startsWith('wink'))).toEqual([]);
    expect(loadedPackages('sparql/index.ts').filter((p) => p.startsWith('wink'))).toEqual([]);
  }, 120_000);

  it('while the main entry does load them (the check above can see them)', () => {
    expect(loadedPackages('index.ts')).toEqual(expect.arrayContaining(['wink-nlp', 'wink-eng-lite-web-model']));
  }, 120_000);
});

describe('errors', () => {
  it.each(['IriError', 'GraphQueryError', 'ActorNotFoundError', 'GraphLoadError', 'QueryOptionError', 'SparqlSyntaxError', 'SparqlQueryError', 'InvalidArgumentError', 'InputError'])(
    '%s is exported and is a NewsgraphError',
    (name) => {
      const cls = (api as unknown as Record<string, unknown>)[name] as (new (...a: never[]) => Error) | undefined;
      expect(typeof cls).toBe('function');
      expect(cls!.prototype).toBeInstanceOf(api.NewsgraphError);
    },
  );

  it('every error class declared in src/ extends NewsgraphError or one of its subclasses', () => {
    const declared = new Map<string, string>();
    for (const m of graph.keys()) {
      for (const d of readFileSync(resolve(SRC, m), 'utf8').matchAll(/class (\w+Error) extends (\w+)/g)) declared.set(d[1]!, d[2]!);
    }
    const under = (name: string): boolean => name === 'NewsgraphError' || (declared.has(name) && under(declared.get(name)!));
    expect([...declared.keys()].filter((n) => n !== 'NewsgraphError' && !under(n))).toEqual([]);
  });
});
