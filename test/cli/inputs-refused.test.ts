// Issue 23.7 through the CLI: `build` refuses what is not an article with one line and exit 2 (URL,
// PDF, RDF graphs, graphology JSON, other JSON, binary), still builds articles, warns on a text that
// is not English and skips one in a corpus unless --any-language (those cases need franc-min).

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguageIdentifier } from '../../src/1-text/language.js';
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

async function run(argv: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), stdin: Readable.from(['']), cwd, isTTY: false };
  const code = await main(argv, io);
  return { code, out, err };
}

const GERMAN = 'Der Hafenmeister sagte am Dienstag, dass die Gespräche mit der Fischereiflotte im März fortgesetzt würden. „Wir bleiben am Tisch“, sagte er nach einer Woche voller Proteste in der Stadt.';
const ENGLISH = 'The harbour master said on Tuesday that the quota talks with the fishing fleet would resume in March.';

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'newsgraph-inputs-'));
  writeFileSync(join(work, 'report.pdf'), '%PDF-1.7\n1 0 obj << >> endobj\n');
  writeFileSync(join(work, 'graph.ttl'), '@prefix ng: <https://w3id.org/newsgraph/ns#> .\n<https://x/a> ng:content "said" .\n');
  writeFileSync(join(work, 'graph.json'), '{"attributes":{},"edges":[],"nodes":[],"options":{}}\n');
  writeFileSync(join(work, 'data.json'), '{"id":"a","text":"x"}\n');
  writeFileSync(join(work, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
  writeFileSync(join(work, 'story.txt'), ENGLISH);
  writeFileSync(join(work, 'bericht.txt'), GERMAN);
  writeFileSync(join(work, 'mixed.jsonl'), `${JSON.stringify({ id: 'en', text: ENGLISH })}\n${JSON.stringify({ id: 'de', text: GERMAN })}\n`);
});

describe('newsgraph build refuses what is not an article', () => {
  it.each([
    ['https://news.example/story', /does not fetch URLs/],
    ['report.pdf', /is a PDF, which newsgraph does not read/],
    ['graph.ttl', /is an RDF graph, not an article\. Query it with `newsgraph said-by <actor> "graph\.ttl"`/],
    ['graph.json', /is a graph \(graphology JSON\)/],
    ['data.json', /is JSON, not an article/],
    ['image.txt', /is a binary file/],
  ])('%s: one line, exit 2, no output', async (input, message) => {
    const r = await run(['build', input, '-o', 'out'], work);
    expect(r.code).toBe(2);
    expect(r.err.startsWith(`newsgraph build: "${input}" `)).toBe(true);
    expect(r.err).toMatch(message);
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    expect(r.out).toBe('');
  });

  it('still builds a plain text article', async () => {
    const r = await run(['build', 'story.txt', '-o', 'out', '--today', '2024-06-01'], work);
    expect(r.code).toBe(0);
  });
});

const identify = loadLanguageIdentifier();
if (!identify && process.env['CI'] !== 'true') console.log('inputs-refused: language cases skipped, franc-min is not installed');

describe.runIf(identify !== null || process.env['CI'] === 'true')('newsgraph build on text that is not English', () => {
  it('builds one article with a warning naming the language', async () => {
    const r = await run(['build', 'bericht.txt', '-o', 'out', '--today', '2024-06-01'], work);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/warning: bericht\.txt: the text looks like German \(deu\), not English/);
  });

  it('skips it in a corpus, and builds it with --any-language', async () => {
    const skipped = await run(['build', 'mixed.jsonl', '-o', 'c1', '--today', '2024-06-01', '-j', '1'], work);
    expect(skipped.err).toMatch(/mixed\.jsonl:2: not built: the text looks like deu, not English \(build it anyway with --any-language\)/);
    expect(skipped.out).toMatch(/^mixed: 1 articles \(1 failed\)/);
    const all = await run(['build', 'mixed.jsonl', '-o', 'c2', '--today', '2024-06-01', '-j', '1', '--any-language'], work);
    expect(all.code).toBe(0);
    expect(all.err).not.toMatch(/not built/);
  });
});
