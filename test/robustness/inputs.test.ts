// Issue 8: `newsgraph build` over hostile inputs (empty, whitespace, binary, invalid UTF-8, UTF-16,
// CRLF, odd quotation marks, other languages, names with ", <, >, \, emoji, RTL and control
// characters): one clear message naming the file, exit 1 only because some input failed, no crash,
// and every output written is sound RDF (N3.js, rapper, SHACL, round trip).

import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseTurtle } from '../../src/4-rdf/index.js';
import { decodeBytes, firstInvalidUtf8 } from '../../src/cli/files.js';
import { TODAY } from '../corpus/_fixture.js';
import { HOSTILE_NAMES, NEWS, writeHostileFiles } from './_hostile.js';
import { turtleProblems } from './_rdf.js';
import { listFiles, runCli, type Run } from './_run.js';

let work: string;
let run: Run;
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'newsgraph-hostile-'));
  mkdirSync(join(work, 'in'));
  writeHostileFiles(join(work, 'in'));
  run = await runCli(['build', 'in', '-o', 'out', '-j', '1', '--today', TODAY], work);
}, 120_000);

describe('newsgraph build over a directory of hostile files', () => {
  it('finishes with exit code 1 (some inputs could not be used), without an unexpected error', () => {
    expect(run.code).toBe(1);
    expect(run.err).not.toMatch(/unexpected error|at .*\.ts:\d+/);
  });

  it.each([
    ['empty.txt', /^newsgraph build: in\/empty\.txt: the article has no text/m],
    ['whitespace.txt', /^newsgraph build: in\/whitespace\.txt: the article has no text/m],
    ['binary.txt', /^newsgraph build: in\/binary\.txt: not a text file \(a zero byte at offset 8\)/m],
    ['control-bytes.txt', /^newsgraph build: in\/control-bytes\.txt: not a text file \(\d+% control bytes\)/m],
    ['only-markup.html', /^newsgraph build: in\/only-markup\.html: no article text found in the HTML page/m],
  ])('refuses %s with one message naming it and writes nothing for it', (file, message) => {
    expect(run.err).toMatch(message);
    expect(run.err.split('\n').filter((l) => l.includes(`in/${file}`))).toHaveLength(1);
    expect(listFiles(join(work, 'out')).filter((f) => f.startsWith(file.replace(/\.\w+$/, '')))).toEqual([]);
  });

  it.each([
    ['latin1.txt', /warning: in\/latin1\.txt: not UTF-8 \(byte 0xe3 at line 1, offset 14\); decoded as Windows-1252/, 'São Paulo'],
    ['bad-utf8.txt', /warning: in\/bad-utf8\.txt: invalid UTF-8 at line 1 \(offset 50, 2 places in all\); each bad byte sequence became U\+FFFD/, 'café'],
    ['utf16le-bom.txt', /warning: in\/utf16le-bom\.txt: decoded as UTF-16LE \(byte-order mark\)/, '“yes”'],
    ['utf16be-bom.txt', /warning: in\/utf16be-bom\.txt: decoded as UTF-16BE \(byte-order mark\)/, 'Anna Berg'],
    ['utf16le-nobom.txt', /warning: in\/utf16le-nobom\.txt: decoded as UTF-16LE \(no byte-order mark/, 'Anna Berg'],
    ['utf8-bom.txt', null, 'Anna Berg'],
    ['crlf.txt', null, '"Line ends"'],
    ['quotes.txt', null, 'guillemets'],
    ['non-english.txt', /non-english\.txt: the text looks like \w+ \(\w+\), not English/, 'переговоры окончены'],
    ['hostile-names.txt', null, 'Hammer'],
    ['hostile-names.md', null, 'Hammer'],
    ['hostile.html', null, 'T <i> \\"q\\" \\\\ \\U0001f600'],
  ])('builds %s (warning %s) into sound Turtle and JSON holding its text', async (file, warning, expected) => {
    const name = file.startsWith('hostile-names') ? file : file.replace(/\.\w+$/, '');
    if (warning) expect(run.err).toMatch(warning);
    else expect(run.err).not.toContain(`in/${file}`);
    expect(run.out).toMatch(new RegExp(`^${name.replace(/\./g, '\\.')}: \\d+ statements`, 'm'));
    const ttl = readFileSync(join(work, 'out', `${name}.ttl`), 'utf8');
    expect(ttl).toContain(expected);
    expect(await turtleProblems(ttl)).toEqual([]);
    const json = JSON.parse(readFileSync(join(work, 'out', `${name}.json`), 'utf8')) as { nodes: unknown[] };
    expect(json.nodes.length).toBeGreaterThan(0);
  });

  it('gives two files with one name ("a.txt", "a.md") their own outputs instead of overwriting one', () => {
    expect(listFiles(join(work, 'out')).filter((f) => f.startsWith('hostile-names'))).toEqual([
      'hostile-names.md.json',
      'hostile-names.md.ttl',
      'hostile-names.txt.json',
      'hostile-names.txt.ttl',
    ]);
  });

  it('keeps hostile names and quotations intact in the literals (escaped, not mangled)', () => {
    const quads = parseTurtle(readFileSync(join(work, 'out', 'hostile-names.txt.ttl'), 'utf8'));
    const all = quads.filter((q) => q.object.termType === 'Literal').map((q) => q.object.value).join('\n');
    for (const piece of ['"The Hammer"', '<b>bold</b> \\ "fine"', 'Emoji 😀 Party', 'עמית כהן', 'محمد الأحمد', '\u202e', '\u0001\u0007\u001b[31m']) expect(all).toContain(piece);
  });

  it('writes no temporary or spool file and nothing outside the output directory', () => {
    expect(listFiles(work).filter((f) => !f.startsWith('in/') && !f.startsWith('out/'))).toEqual([]);
    expect(listFiles(join(work, 'out')).filter((f) => f.startsWith('.') || f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('reading standard input', () => {
  it.each([
    ['UTF-16LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(NEWS, 'utf16le')]), 0, /warning: stdin: decoded as UTF-16LE/],
    ['binary bytes', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]), 1, /^newsgraph build: stdin: not a text file \(a zero byte at offset 7\)/m],
    ['nothing', Buffer.alloc(0), 1, /^newsgraph build: stdin: the article has no text/m],
  ])('reads %s from "-" with the right message and exit code', async (_what, bytes, code, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-stdin-'));
    const r = await runCli(['build', '-', '-o', 'out', '-j', '1', '--today', TODAY], dir, bytes);
    expect(r.code).toBe(code);
    expect(r.err).toMatch(message);
  });
});

describe('decodeBytes', () => {
  const enc = (s: string): Uint8Array => Buffer.from(s, 'utf8');
  it.each([
    ['UTF-8', enc('Zoë said “hi” 😀'), 'Zoë said “hi” 😀', []],
    ['UTF-8 with BOM', enc('\ufeffZoë'), 'Zoë', []],
    ['UTF-16LE with BOM', Buffer.from('\ufeffZoë 😀', 'utf16le'), 'Zoë 😀', ['decoded as UTF-16LE (byte-order mark)']],
    ['Windows-1252', Buffer.from([0x93, 0x68, 0x69, 0x94, 0x20, 0x80]), '“hi” €', ['not UTF-8 (byte 0x93 at line 1, offset 0); decoded as Windows-1252']],
    ['UTF-8 with a stray byte on line 2', Buffer.concat([enc('é\n'), Buffer.from([0xc0, 0x41])]), 'é\n\ufffdA', ['invalid UTF-8 at line 2 (offset 3); each bad byte sequence became U+FFFD']],
    ['an empty file', new Uint8Array(0), '', []],
  ])('decodes %s', (_what, bytes, text, notes) => {
    expect(decodeBytes(bytes, 'x.txt')).toEqual({ text, notes });
  });

  it.each([
    [[0xc3, 0xa9, 0x41], -1],
    [[0x41, 0xc3], 1],
    [[0xed, 0xa0, 0x80], 0], // an encoded surrogate is not UTF-8
    [[0xf4, 0x90, 0x80, 0x80], 0], // above U+10FFFF
    [[0xe0, 0x80, 0x80], 0], // overlong
    [[0xf0, 0x9f, 0x98, 0x80, 0xff], 4],
  ])('finds the first invalid UTF-8 byte in %j at %i', (bytes, at) => {
    expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(at);
  });

  it('refuses binary data naming the file and saying what to give instead', () => {
    expect(() => decodeBytes(Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0, 1]), 'scan.pdf')).toThrow(
      /^newsgraph build: scan\.pdf: not a text file \(a zero byte at offset 4\); give a \.txt, \.md, \.html or \.jsonl article in UTF-8\.$/,
    );
  });
});

describe('names the CLI never writes outside its output directory for', () => {
  it('builds an article given as ../x.txt into out/x.ttl', async () => {
    const root = mkdtempSync(join(tmpdir(), 'newsgraph-paths-'));
    mkdirSync(join(root, 'cwd'));
    writeFileSync(join(root, 'x.txt'), NEWS);
    const r = await runCli(['build', '../x.txt', join(root, 'x.txt'), '-o', 'out', '-j', '1', '--today', TODAY], join(root, 'cwd'));
    expect(r.code).toBe(0);
    expect(listFiles(root)).toEqual(['cwd/out/x.txt.json', 'cwd/out/x.txt.ttl', 'cwd/out/x.txt~2.json', 'cwd/out/x.txt~2.ttl', 'x.txt']);
  });

  it.each(HOSTILE_NAMES.slice(0, 3))('builds an article whose file name holds %j', async (name) => {
    const root = mkdtempSync(join(tmpdir(), 'newsgraph-names-'));
    const file = name.replace(/[/\\\u0000]/g, '_') + '.txt';
    writeFileSync(join(root, file), NEWS);
    const r = await runCli(['build', file, '-o', 'out', '-j', '1', '--today', TODAY], root);
    expect(r.code).toBe(0);
    expect(listFiles(root).filter((f) => !f.startsWith('out/'))).toEqual([file]);
    expect(await turtleProblems(readFileSync(join(root, 'out', file.replace(/\.txt$/, '.ttl')), 'utf8'))).toEqual([]);
  });
});
