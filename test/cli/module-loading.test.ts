// Issue 24 item 3: --help and the query commands never load the NLP stages or their models. Each
// command runs in a child process that lists every module it loads: from src/ through tsx, and as
// installed (bin/newsgraph.js, which runs dist/bundle/cli.cjs and lists the bundle's modules as they
// start, see src/cli/launch.ts). The list, not a timing, is checked; annotate is run too, to show the
// list does see the NLP modules.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleIsFresh } from '../../src/cli/launch.js';

const ROOT = resolve(import.meta.dirname, '../..');
const NLP =
  /\/(?:src|dist)\/(?:1-text|2-mentions|3-statements)\/|\/(?:src|dist)\/(?:pipeline|build)\.[jt]s$|\/node_modules\/(?:wink-nlp|wink-eng-lite-web-model|chrono-node)\/|\/data\/(?:ner|models|gazetteers)\/|\/dist\/models\//;
const BIN = join(ROOT, 'bin/newsgraph.js');
const BUNDLED = existsSync(join(ROOT, 'dist/bundle/cli.cjs')) && bundleIsFresh(join(ROOT, 'dist/bundle'));

/** Runs the CLI from src/ (through tsx) or as installed (bin/newsgraph.js, from dist/) and lists what it loaded. */
function loadedModules(args: string[], stdin = '', from: 'src' | 'bin' = 'src'): { status: number | null; modules: string[] } {
  const list = join(mkdtempSync(join(tmpdir(), 'newsgraph-modules-')), 'modules.txt');
  const entry = from === 'src' ? ['--import', 'tsx', '--import', join(ROOT, 'test/fixtures/list-modules.mjs'), join(ROOT, 'test/fixtures/cli-from-src.ts')] : ['--import', join(ROOT, 'test/fixtures/list-modules.mjs'), BIN];
  const r = spawnSync(process.execPath, [...entry, ...args], { cwd: ROOT, input: stdin, encoding: 'utf8', env: { ...process.env, NEWSGRAPH_MODULE_LIST: list } });
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
    [['query', '--sparql', 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }']],
    [['export', 'examples/lavrov-blinken-message.json', '--format', 'network', '-o', join(mkdtempSync(join(tmpdir(), 'newsgraph-export-')), 'n.json'), '-q']],
    [['serve', '--help']],
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

  // The installed CLI: the same commands through bin/newsgraph.js. When dist/bundle is up to date
  // the bundle runs and lists each module it starts; the test first checks that it did run.
  describe('as installed (bin/newsgraph.js)', () => {
    if (!BUNDLED) console.log('module-loading: dist/bundle is missing or older than dist/ ("npm run build" writes it); bin/newsgraph.js runs dist/cli, and that is what is checked');
    // The usage comes from dist/cli/main.js itself (launch.ts: cheaper than the bundle); commands from the bundle.
    const main = (bundle: boolean): string => `${bundle ? 'bundle:' : ''}file://${ROOT}/dist/cli/main.js`;

    it.each([
      [['--help'], false],
      [['said-by', 'Sergei Lavrov', 'examples/lavrov-blinken-message.ttl'], BUNDLED],
      [['top'], BUNDLED],
      [['query', '--sparql', 'ASK { ?s ?p ?o }', 'examples/lavrov-blinken-message.ttl'], BUNDLED],
    ])('%j loads no NLP stage and no model', (args, fromBundle) => {
      const { status, modules } = loadedModules(args, '', 'bin');
      expect(status).toBe(0);
      expect(modules).toContain(main(fromBundle));
      expect(modules.filter((m) => NLP.test(m))).toEqual([]);
    }, 60_000);

    it('annotate loads the NLP stages and their models (the list sees them)', () => {
      const { status, modules } = loadedModules(['annotate'], '{"id":"a","text":"Ana Ruiz said the port would reopen."}\n', 'bin');
      expect(status).toBe(0);
      expect(modules.filter((m) => NLP.test(m)).length).toBeGreaterThan(10);
      // The NER model: its model file (dist/models, written by npm run build) or its JSON.
      expect(modules.some((m) => /\/data\/ner\/|\/dist\/models\/ner-weights\.bin$/.test(m))).toBe(true);
      expect(modules.some((m) => /\/node_modules\/wink-nlp\//.test(m))).toBe(true);
    }, 60_000);
  });
});
