// Issue 22 item 13 (graph inputs): a graph JSON with a node key that is no IRI ("__proto__", a key
// holding '> <y "z"') or without the attributes newsgraph writes gives one line naming the file in
// `top`, `query` and `export`, not a TypeError or an Oxigraph parser trace.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fsReason } from '../../src/cli/fs-errors.js';
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

describe('one-line messages', () => {
  it('escapes a line break in a file name (issue 22 item 13)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-newline-'));
    writeFileSync(join(dir, 'bad\nname.txt'), '');
    const r = await runCli(['build', 'bad\nname.txt', '-o', 'out', '-j', '1', '--today', '2024-01-01'], dir);
    expect(r.code).toBe(1);
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/^newsgraph build: "bad\\nname\.txt": /);
  });

  it('says in words that a graph file is too large for one string (ERR_STRING_TOO_LONG)', () => {
    const e = Object.assign(new RangeError('Cannot create a string longer than 0x1fffffe8 characters'), { code: 'ERR_STRING_TOO_LONG' });
    expect(fsReason(e)).toMatch(/^the file is larger than one JavaScript string can hold \(about 512 MB\); split it, or load it into a triple store \(ERR_STRING_TOO_LONG\)$/);
  });
});
