// src/4-rdf/n3.ts loads N3.js file by file: the classes must be the very ones the package index
// exports (terms made by either mix freely), and a query entry must no longer pull in the index's
// stream classes and their readable-stream dependency.

import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import * as n3 from 'n3';
import { describe, expect, it } from 'vitest';
import { DataFactory, Parser, Writer } from '../../src/4-rdf/n3.js';

const ROOT = resolve(import.meta.dirname, '../..');

describe('N3.js loaded file by file', () => {
  it.each([
    ['DataFactory', DataFactory, n3.DataFactory],
    ['Parser', Parser, n3.Parser],
    ['Writer', Writer, n3.Writer],
  ])('%s is the object the package index exports', (_name, ours, theirs) => {
    expect(ours).toBe(theirs);
  });

  it('parses and writes a triple', () => {
    const [q] = new Parser().parse('<http://a.example/s> <http://a.example/p> "o"@en .');
    expect(q?.object.equals(DataFactory.literal('o', 'en'))).toBe(true);
    const w = new Writer({ format: 'N-Quads' });
    w.addQuad(q!);
    let out = '';
    w.end((_e, text) => (out = text));
    expect(out).toBe('<http://a.example/s> <http://a.example/p> "o"@en .\n');
  });

  it('a query entry in a fresh process loads neither the index of n3 nor readable-stream', () => {
    const script = `await import(${JSON.stringify(resolve(ROOT, 'src/query/index.ts'))});
const { createRequire } = await import('node:module');
console.log(JSON.stringify(Object.keys(createRequire(import.meta.url).cache)));`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    const loaded = JSON.parse(r.stdout.trim().split('\n').pop()!) as string[];
    expect(loaded.some((m) => /node_modules\/n3\/lib\/N3Parser\.js$/.test(m))).toBe(true);
    expect(loaded.filter((m) => /node_modules\/(?:n3\/lib\/index\.js$|readable-stream\/)/.test(m))).toEqual([]);
  }, 60_000);
});
