// Regenerates the README screenshots from the built page: the sample article (docs/viewer-graph.png,
// docs/viewer-lavrov.png with Sergei Lavrov selected) and the bundled corpus examples/corpus
// (docs/viewer-corpus.png coloured by community, docs/viewer-corpus-statement.png with a table row
// opened on its highlighted sentence). Runs only with UPDATE_SCREENSHOTS=1, so ordinary test runs
// never rewrite committed files.

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { loadViewerInput } from '../../src/cli/commands/view.js';
import { startViewerServer, type ViewerServer } from '../../src/cli/serve.js';
import { inPage, launch, openViewer, settle } from './_browser.js';
import { buildNetwork } from './_corpus.js';

const LAVROV = 'https://w3id.org/newsgraph/id/person/sergei-lavrov';

describe.runIf(process.env.UPDATE_SCREENSHOTS === '1')('README screenshots', () => {
  let browser: Browser;
  let sample: ViewerServer;
  let corpus: ViewerServer;
  beforeAll(async () => {
    sample = await startViewerServer({ data: JSON.stringify((await loadViewerInput(undefined, process.cwd(), 'screenshots')).network), port: 0 });
    corpus = await startViewerServer({ data: JSON.stringify(buildNetwork(join(process.cwd(), 'examples/corpus/meantime-sample.jsonl.gz'), 'sample')), port: 0 });
    browser = await launch();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await sample?.close();
    await corpus?.close();
  });

  it.each([
    ['viewer-graph.png', 'sample', ''],
    ['viewer-lavrov.png', 'sample', `#actor=${encodeURIComponent(LAVROV)}`],
    ['viewer-corpus.png', 'corpus', '#colour=community'],
    ['viewer-corpus-statement.png', 'corpus', ''],
  ])('writes docs/%s', async (file, which, hash) => {
    const { page, errors } = await openViewer(browser, `${(which === 'sample' ? sample : corpus).url}${hash}`);
    if (file === 'viewer-corpus-statement.png') {
      // The most central actor selected, and its first statement with a sentence opened.
      const first = (await inPage<string[]>(page, '() => window.__newsgraph.shown()'))[0]!;
      await inPage(page, '(id) => window.__newsgraph.select(id)', first);
      await page.locator('#table-body tr').first().click();
    }
    await page.waitForTimeout(500);
    await settle(page);
    await page.screenshot({ path: join(process.cwd(), 'docs', file) });
    expect(errors).toEqual([]);
    await page.close();
  });
});
