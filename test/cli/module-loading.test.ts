// Issue 24 item 3: --help and the query commands never load the NLP stages or their models. Each
// command runs in a child process (from src/ through tsx) that lists every module it loads; the
// list, not a timing, is checked. annotate is run too, to show the list does see the NLP modules.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const NLP = /\/src\/(?:1-text|2-mentions|3-statements)\/|\/src\/(?:pipeline|build)\.ts$|\/node_modules\/(?:wink-nlp|wink-eng-lite-web-model|chrono-node)\/|\/data\/ner\//;

function loadedModules(args: string[], stdin = ''): { status: number | null; modules: string[] } {
  const list = join(mkdtempSync(join(tmpdir(), 'newsgraph-modules-')), 'modules.txt');
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--import', join(ROOT, 'test/fixtures/list-modules.mjs'), join(ROOT, 'test/fixtures/cli-from-src.ts'), ...args],
    { cwd: ROOT, input: stdin, encoding: 'utf8', env: { ...process.env, NEWSGRAPH_MODULE_LIST: list } },
  );
  let modules: string[] = [];
  try {
    modules = readFileSync(list, 'utf8').split('\n').filter(Boolean);
  } catch {
    // no module was listed: the assertion on the count says so
  }
  return { status: r.status, modules };
}

describe('which modules a command loads', () => {
  it.each([
    [['--help']],
    [['said-by', 'Lavrov']],
    [['who-said', '--about', 'Ukraine']],
    [['top']],
    [['path', 'Lavrov', 'Blinken']],
    [['said-by', 'Lavrov', 'examples/lavrov-blinken-message.ttl']],
  ])('%j loads no NLP stage and no model', (args) => {
    const { status, modules } = loadedModules(args);
    expect(status).toBe(0);
    expect(modules.some((m) => m.endsWith('/src/cli/main.ts'))).toBe(true);
    expect(modules.filter((m) => NLP.test(m))).toEqual([]);
  }, 60_000);

  it('annotate loads the NLP stages (the list sees them, wink included)', () => {
    const { status, modules } = loadedModules(['annotate'], '{"id":"a","text":"Ana Ruiz said the port would reopen."}\n');
    expect(status).toBe(0);
    expect(modules.filter((m) => NLP.test(m)).length).toBeGreaterThan(10);
    expect(modules.some((m) => /\/node_modules\/wink-nlp\//.test(m))).toBe(true);
  }, 60_000);

  it.each([
    ['no calendar date', 'Ana Ruiz said on Monday that the port would reopen by 2026.', false],
    ['a calendar date', 'Ana Ruiz said on March 3 that the port would reopen.', true],
  ])('annotate of an article with %s loads chrono only when it needs it', (_what, text, loaded) => {
    const { status, modules } = loadedModules(['annotate'], `${JSON.stringify({ id: 'a', text })}\n`);
    expect(status).toBe(0);
    expect(modules.some((m) => /\/node_modules\/chrono-node\//.test(m))).toBe(loaded);
  }, 60_000);
});
