// Issue 22 item 13 (graph inputs): a graph JSON with a node key that is no IRI ("__proto__", a key
// holding '> <y "z"') or without the attributes newsgraph writes gives one line naming the file in
// `top`, `query` and `export`, not a TypeError or an Oxigraph parser trace.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../robustness/_run.js';

const actor = (key: string, attributes: Record<string, unknown> = { kind: 'actor', label: 'Anna Berg', actorType: 'Person' }) => ({ key, attributes });

describe.each([
  ['a node keyed "__proto__"', [actor('__proto__')]],
  ['a node key holding > <y "z"', [actor('https://x/a> <y "z"')]],
  ['an actor without its lists', [actor('https://w3id.org/newsgraph/id/person/anna-berg')]],
])('a graph JSON with %s', (_what, nodes) => {
  it.each([
    [['top', 'g.json']],
    [['query', 'g.json', '--sparql', 'ASK {}']],
    [['export', 'g.json', '--format', 'html', '-o', 'x.html']],
  ])('%j fails in one line naming the file', async (argv) => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-graphjson-'));
    writeFileSync(join(dir, 'g.json'), JSON.stringify({ options: { type: 'directed', multi: true, allowSelfLoops: true }, attributes: {}, nodes, edges: [] }));
    const r = await runCli(argv, dir);
    expect(r.code).toBe(1);
    expect(r.err).not.toMatch(/unexpected error|TypeError|\n\s+at /);
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(new RegExp(`^newsgraph ${argv[0]}: .*g\\.json`));
  }, 60_000);
});
