// The query commands read the sample's bundled graph (examples/lavrov-blinken-message.ttl) instead of
// building the sample article, so it must be exactly what the pipeline builds from the text today.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/build.js';
import { readArticle } from '../../src/cli/files.js';
import { SAMPLE_GRAPH, SAMPLE_TEXT, sampleGraph } from '../../src/cli/sample-graph.js';
import { toTurtle } from '../../src/4-rdf/turtle.js';

describe('the bundled sample graph', () => {
  it('is the Turtle the pipeline builds from the sample article (regenerate: see src/cli/sample-graph.ts)', () => {
    const built = buildArticle(readArticle(SAMPLE_TEXT, null, 'test'));
    expect(readFileSync(SAMPLE_GRAPH, 'utf8')).toBe(toTurtle(built.quads));
  });

  it('comes with the article text under the article id its statements name', () => {
    const { quads, texts } = sampleGraph();
    expect(quads.length).toBeGreaterThan(500);
    const [id] = Object.keys(texts);
    expect(quads.some((q) => q.object.value.endsWith(`/article/${id}`))).toBe(true);
    expect(texts[id!]).toMatch(/^Russian Foreign Minister Sergei Lavrov/);
  });
});
