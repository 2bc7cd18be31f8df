// Issue 24 item 6: `export --format html` of a large network leads the page with its opening view
// (#newsgraph-view, small JSON, before the gzipped data block) so the page draws before it decodes
// the statements; small pages stay as they were. Uses a small stand-in viewer build.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPRESS_FROM, htmlPageOptions } from '../../src/cli/commands/export.js';
import { singlePageHtml } from '../../src/cli/serve.js';
import { ACTOR_NETWORK_FORMAT, openingView, packNetwork, prepareNetwork, readOpeningView, type ActorNetwork } from '../../src/viewer-data/index.js';
import { edgesOf } from '../../src/viewer-data/network.js';

function viewerBuild(): string {
  const root = mkdtempSync(join(tmpdir(), 'newsgraph-viewer-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><html><head>\n    <meta charset="utf-8" />\n  </head><body><script type="application/json" id="newsgraph-data"></script></body></html>');
  return root;
}

/** Three actors, one with markup in its label; `text` pads the one article to make the data large. */
function network(text: string): ActorNetwork {
  const ids = ['http://x/a', 'http://x/b', 'http://x/c'];
  const statements = [0, 1, 2, 3].map((i) => ({ id: `http://x/art/s${i}`, speaker: ids[i % 2]!, speakerText: null, about: [ids[(i % 2) + 1]!], content: 'c', cue: 'said', form: 'direct' as const, date: null, place: null, sentence: null, article: 'http://x/art', nestedIn: null }));
  const actors = ids.map((id, i) => ({ id, label: i ? `Actor ${i}` : '</script><script>alert(1)</script>', type: 'Person' as const, aliases: [], subtypes: [], roles: [], affiliations: [], speaksFor: [], sameAs: [], anonymous: false, said: 0, mentioned: 0 }));
  return { format: ACTOR_NETWORK_FORMAT, version: 1, actors, edges: edgesOf(statements), statements, articles: [{ id: 'http://x/art', articleId: null, title: null, url: null, published: null, text }] };
}

describe('the HTML export of a large network', () => {
  it('leads with the opening view when the data is gzipped and the network has stored positions', () => {
    const net = prepareNetwork(network('x'.repeat(COMPRESS_FROM)), { layout: 'always' });
    const data = JSON.stringify(packNetwork(net));
    const options = htmlPageOptions(net, data);
    expect(options.compress).toBe(true);
    expect(readOpeningView(JSON.parse(options.opening!))).toEqual(openingView(net));
  });

  it('has no opening view for small data, nor for a network the page lays out itself', () => {
    const small = prepareNetwork(network('x'), { layout: 'always' });
    expect(htmlPageOptions(small, JSON.stringify(packNetwork(small)))).toEqual({ compress: false });
    const unplaced = network('x'.repeat(COMPRESS_FROM));
    expect(htmlPageOptions(unplaced, JSON.stringify(packNetwork(unplaced)))).toEqual({ compress: true });
  });

  it('puts the opening view before the data block, escaped so no label can close its element', () => {
    const net = prepareNetwork(network('x'), { layout: 'always' });
    const opening = JSON.stringify(openingView(net));
    const html = singlePageHtml(JSON.stringify(packNetwork(net)), viewerBuild(), { compress: true, opening });
    const m = /<script type="application\/json" id="newsgraph-view">([^<]*)<\/script>/.exec(html);
    expect(m).not.toBeNull();
    expect(html.indexOf('id="newsgraph-view"')).toBeLessThan(html.indexOf('id="newsgraph-data"'));
    expect(JSON.parse(m![1]!)).toEqual(JSON.parse(opening));
    expect(html).not.toContain('<script>alert(1)');
  });
});
