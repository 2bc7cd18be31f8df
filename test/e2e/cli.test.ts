// `newsgraph view` and `newsgraph export` through the CLI: inputs (.json, .ttl, article, none),
// the server started by a real process and stopped by SIGINT, and the html export file.

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/build.js';
import { loadViewerInput, parsePort } from '../../src/cli/commands/view.js';
import { CliError, type Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

const ARTICLE = 'Mayor John Smith said on Monday that the bridge would reopen in May.\n';
const LAVROV = 'https://w3id.org/newsgraph/id/person/sergei-lavrov';

function memoryIo(cwd: string): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    out: (t: string) => void (io.stdout += t),
    err: (t: string) => void (io.stderr += t),
    stdin: new PassThrough(),
    cwd,
    isTTY: false,
  };
  return io;
}

function fixtureDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-cli-'));
  const built = buildArticle({ id: 'bridge', text: ARTICLE, published: '2024-05-06' });
  writeFileSync(join(dir, 'bridge.txt'), ARTICLE);
  writeFileSync(join(dir, 'bridge.json'), built.json);
  writeFileSync(join(dir, 'bridge.ttl'), built.turtle);
  return dir;
}

describe('viewer inputs', () => {
  const dir = fixtureDir();

  it.each(['bridge.txt', 'bridge.json', 'bridge.ttl'])('reads %s into the same actors and statements', async (file) => {
    const { name, network } = await loadViewerInput(file, dir, 'test');
    expect(name).toBe('bridge');
    expect(network.actors.map((a) => a.label)).toContain('John Smith');
    expect(network.statements.map((s) => s.content)).toEqual(['that the bridge would reopen in May']);
  });

  it('knows the source sentence for an article, and for a graph only when given --article', async () => {
    expect((await loadViewerInput('bridge.txt', dir, 'test')).network.statements[0]!.sentence).toBe(ARTICLE.trim());
    expect((await loadViewerInput('bridge.json', dir, 'test')).network.statements[0]!.sentence).toBeNull();
    expect((await loadViewerInput('bridge.ttl', dir, 'test', { article: 'bridge.txt' })).network.statements[0]!.sentence).toBe(ARTICLE.trim());
  });

  it('matches --article to a one-article graph built under another name (stdin)', async () => {
    writeFileSync(join(dir, 'renamed.json'), buildArticle({ id: 'stdin', text: ARTICLE }).json);
    expect((await loadViewerInput('renamed.json', dir, 'test', { article: 'bridge.txt' })).network.statements[0]!.sentence).toBe(ARTICLE.trim());
  });

  it('shows the bundled sample article when given nothing', async () => {
    const { name, network } = await loadViewerInput(undefined, dir, 'test');
    expect(name).toBe('lavrov-blinken-message');
    expect(network.actors.some((a) => a.id === LAVROV)).toBe(true);
  });

  it.each([
    ['missing.json', /cannot read "missing.json"/],
    ['bridge.txt.json', /cannot read/],
  ])('names the file it cannot read (%s)', async (file, message) => {
    await expect(loadViewerInput(file, dir, 'test')).rejects.toThrow(message);
  });

  it.each([
    ['broken.json', '{ not json', /not a graphology JSON export/],
    ['broken.ttl', '<a> <b> .', /not a Turtle file/],
  ])('says which file is not a graph (%s)', async (file, text, message) => {
    writeFileSync(join(dir, file), text);
    await expect(loadViewerInput(file, dir, 'test')).rejects.toThrow(message);
  });

  it.each([
    ['0', 0],
    ['4178', 4178],
    ['65535', 65535],
  ])('accepts --port %s', (value, port) => {
    expect(parsePort(value, 'view')).toBe(port);
  });

  it.each(['-1', '65536', 'http', '80.5', ''])('rejects --port %j as a usage error', (value) => {
    expect(() => parsePort(value, 'view')).toThrow(CliError);
  });
});

describe('newsgraph view', () => {
  it('serves the article on 127.0.0.1, prints the URL, and stops cleanly on SIGINT', async () => {
    const dir = fixtureDir();
    // tsx by absolute URL: the child runs in the fixture directory, where 'tsx' does not resolve.
    const tsx = pathToFileURL(join(process.cwd(), 'node_modules/tsx/dist/loader.mjs')).href;
    const child = spawn(process.execPath, ['--import', tsx, join(process.cwd(), 'test/e2e/_cli.ts'), 'view', 'bridge.txt', '--port', '0'], { cwd: dir });
    let out = '';
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /Open (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.on('exit', () => reject(new Error(`view exited early: ${out}`)));
    });
    const data = (await (await fetch(`${url}data.json`)).json()) as { actors: Array<{ label: string }> };
    expect(data.actors.map((a) => a.label)).toContain('John Smith');
    expect((await fetch(url)).status).toBe(200);
    const code = await new Promise<number | null>((resolve) => {
      child.on('exit', (c) => resolve(c));
      child.kill('SIGINT');
    });
    expect(code).toBe(0);
  });

  it('prints the default port in its help', async () => {
    const io = memoryIo(process.cwd());
    expect(await main(['view', '--help'], io)).toBe(0);
    expect(io.stdout).toContain('(default: 4178)');
  });
});

describe('newsgraph export', () => {
  it('writes one self-contained html page with the graph inlined', async () => {
    const dir = fixtureDir();
    const io = memoryIo(dir);
    expect(await main(['export', 'bridge.json', '--format', 'html', '-o', 'page.html'], io)).toBe(0);
    const html = readFileSync(join(dir, 'page.html'), 'utf8');
    expect(html).toMatch(/<script type="application\/json" id="newsgraph-data">\{.*John Smith/s);
    expect(html).not.toMatch(/src="\.\/assets|href="\.\/assets/);
    expect(io.stdout).toContain('page.html');
  });

  it('defaults to graphs/<name>.html', async () => {
    const dir = fixtureDir();
    expect(await main(['export', 'bridge.txt', '-q'], memoryIo(dir))).toBe(0);
    expect(readFileSync(join(dir, 'graphs', 'bridge.html'), 'utf8')).toContain('newsgraph-data');
  });

  it('rejects an unknown format as a usage error naming the known ones', async () => {
    const io = memoryIo(fixtureDir());
    expect(await main(['export', 'bridge.json', '--format', 'pdf'], io)).toBe(2);
    expect(io.stderr).toContain('unknown --format "pdf"; use one of html');
  });
});
