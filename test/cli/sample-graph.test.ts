// The query commands read the sample's bundled graph (examples/lavrov-blinken-message.ttl and .json)
// instead of building the sample article, so both must be exactly what the pipeline builds from the
// text today, and the graph read from the JSON must answer as the graph of the Turtle does.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/build.js';
import { readArticle } from '../../src/cli/files.js';
import { SAMPLE_GRAPH, SAMPLE_JSON, SAMPLE_TEXT, sampleGraph } from '../../src/cli/sample-graph.js';
import { toTurtle } from '../../src/4-rdf/turtle.js';
import { toGraph } from '../../src/5-graph/index.js';
import { NewsQuery } from '../../src/query/index.js';

describe('the bundled sample graph', () => {
  const built = buildArticle(readArticle(SAMPLE_TEXT, null, 'test'));

  it('is the Turtle the pipeline builds from the sample article (regenerate: see src/cli/sample-graph.ts)', () => {
    expect(readFileSync(SAMPLE_GRAPH, 'utf8')).toBe(toTurtle(built.quads));
  });

  it('is the graphology JSON the pipeline builds from the sample article', () => {
    expect(readFileSync(SAMPLE_JSON, 'utf8')).toBe(built.json);
  });

  it('comes with the article text under the article id its statements name', () => {
    const { quads, texts } = sampleGraph();
    expect(quads().length).toBeGreaterThan(500);
    const [id] = Object.keys(texts);
    expect(quads().some((q) => q.object.value.endsWith(`/article/${id}`))).toBe(true);
    expect(texts[id!]).toMatch(/^Russian Foreign Minister Sergei Lavrov/);
  });

  it('read from its JSON, answers every query as the graph of its Turtle does', () => {
    const sample = sampleGraph();
    const fromJson = new NewsQuery(sample.graph(), { texts: sample.texts });
    const fromTurtle = new NewsQuery(toGraph(sample.quads()), { texts: sample.texts });
    const actors = fromTurtle.central({ limit: 1000 }).map((c) => c.actor.label);
    expect(actors.length).toBeGreaterThan(20);
    const ask = (q: NewsQuery): unknown => ({
      central: q.central({ limit: 1000 }),
      timeline: q.timeline(),
      perActor: actors.map((a) => [q.saidBy(a), q.whoTalksAbout(a), q.neighbourhood(a), a === actors[0] ? null : q.chain(actors[0]!, a)]),
    });
    expect(JSON.stringify(ask(fromJson))).toBe(JSON.stringify(ask(fromTurtle)));
  });
});
