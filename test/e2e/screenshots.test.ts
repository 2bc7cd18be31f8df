// Regenerates the README screenshots of the sample view (docs/viewer-graph.png, whole graph, and
// docs/viewer-lavrov.png, Sergei Lavrov selected) from the built page. Runs only with
// UPDATE_SCREENSHOTS=1, so ordinary test runs never rewrite committed files.

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { loadViewerInput } from '../../src/cli/commands/view.js';
import { startViewerServer, type ViewerServer } from '../../src/cli/serve.js';
import { launch, openViewer, settle } from './_browser.js';

const LAVROV = 'https://w3id.org/newsgraph/id/person/sergei-lavrov';

describe.runIf(process.env.UPDATE_SCREENSHOTS === '1')('README screenshots', () => {
  let browser: Browser;
  let server: ViewerServer;
  beforeAll(async () => {
    server = await startViewerServer({ data: JSON.stringify(loadViewerInput(undefined, process.cwd(), 'screenshots').network), port: 0 });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each([
    ['viewer-graph.png', ''],
    ['viewer-lavrov.png', `#actor=${encodeURIComponent(LAVROV)}`],
  ])('writes docs/%s', async (file, hash) => {
    const { page, errors } = await openViewer(browser, `${server.url}${hash}`);
    await settle(page);
    await page.screenshot({ path: join(process.cwd(), 'docs', file) });
    expect(errors).toEqual([]);
    await page.close();
  });
});
