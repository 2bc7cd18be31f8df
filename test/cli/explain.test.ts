// `newsgraph annotate --explain` and `newsgraph build --explain`: each statement gains an `explain`
// object naming the rule that read it; without the flag the output has no trace of it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';

function run(argv: string[], opts: { cwd?: string; stdin?: string } = {}) {
  let out = '';
  let err = '';
  const io: Io = {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    stdin: Readable.from([opts.stdin ?? '']),
    cwd: opts.cwd ?? process.cwd(),
    isTTY: false,
  };
  return main(argv, io).then((code) => ({ code, out, err }));
}

const TEXT = 'Harbour chief Lena Park said that the ferry would resume in July.\n\n“The tunnel is safe,” said Omar Haddad, the county engineer.\n';
const DOC = JSON.stringify({ id: 'ferry', text: TEXT, published: '2024-05-06' }) + '\n';

/** Drops every `explain` key, recursively. */
function withoutExplain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutExplain);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'explain').map(([k, v]) => [k, withoutExplain(v)]));
  return value;
}

describe('newsgraph annotate --explain', () => {
  it('gives each statement its rule id, reason, cue class and model features', async () => {
    const r = await run(['annotate', '--explain', '--today', '2024-06-01'], { stdin: DOC });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc.statements.map((s: { explain: { rule: string } }) => s.explain.rule)).toEqual(['content-after', 'inverted']);
    const [first] = doc.statements;
    expect(first.explain).toMatchObject({ statement: 's1', family: 'content-after', cue: { text: 'said', lemma: 'say', lexicon: 'speech' }, confidence: first.confidence, scoredBy: 'model' });
    expect(first.explain.reason).toMatch(/content follows the cue/);
    expect(first.explain.model.features.length).toBeGreaterThan(10);
  });

  it('writes no explain field without the flag, and the same contract otherwise', async () => {
    const plain = await run(['annotate', '--today', '2024-06-01'], { stdin: DOC });
    const explained = await run(['annotate', '--explain', '--today', '2024-06-01'], { stdin: DOC });
    expect(plain.out).not.toMatch(/"explain"/);
    expect(plain.out).toBe(JSON.stringify(withoutExplain(JSON.parse(explained.out))) + '\n');
  });

  it('documents --explain in its help', async () => {
    const r = await run(['annotate', '--help']);
    expect(r.out).toMatch(/--explain/);
  });
});

describe('newsgraph build --explain', () => {
  const statementNodes = (json: string) =>
    (JSON.parse(json) as { nodes: { key: string; attributes: { kind: string; explain?: { rule: string } } }[] }).nodes.filter((n) => n.attributes.kind === 'statement');

  it('puts explain on the statement nodes of the per-article JSON, and nothing else changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-explain-'));
    writeFileSync(join(dir, 'ferry.txt'), TEXT);
    const a = await run(['build', 'ferry.txt', '-o', 'plain', '-j', '1', '--today', '2024-06-01'], { cwd: dir });
    const b = await run(['build', 'ferry.txt', '-o', 'explained', '-j', '1', '--today', '2024-06-01', '--explain'], { cwd: dir });
    expect([a.code, b.code]).toEqual([0, 0]);
    const plain = readFileSync(join(dir, 'plain', 'ferry.json'), 'utf8');
    const explained = readFileSync(join(dir, 'explained', 'ferry.json'), 'utf8');
    expect(plain).not.toMatch(/"explain"/);
    expect(statementNodes(explained).map((n) => n.attributes.explain?.rule)).toEqual(['content-after', 'inverted']);
    expect(`${JSON.stringify(withoutExplain(JSON.parse(explained)), null, 2)}\n`).toBe(plain);
    expect(readFileSync(join(dir, 'explained', 'ferry.ttl'), 'utf8')).toBe(readFileSync(join(dir, 'plain', 'ferry.ttl'), 'utf8'));
  });

  it('refuses --explain with --merge, saying why', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-explain-'));
    writeFileSync(join(dir, 'ferry.txt'), TEXT);
    const r = await run(['build', 'ferry.txt', '--merge', 'all', '--explain'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--explain applies to per-article builds/);
  });
});
