// The bundled sample's graph for the query commands (said-by, who-said, path, top, query, serve) when
// no graph file is given: what `newsgraph build` writes for examples/lavrov-blinken-message.txt, read
// with the article text for sentence evidence. Reading it needs no NLP model (a build would load them:
// ≈0.5 CPU-s). The graph commands read its graphology JSON (no RDF parse, no quads → graph step); the
// SPARQL commands its Turtle. test/cli/sample-graph.test.ts checks both are what the pipeline builds
// today. Regenerate them with:
//   node bin/newsgraph.js build examples/lavrov-blinken-message.txt -o examples -q

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Quad } from 'n3';
import { parseGraph } from '../5-graph/json.js';
import type { NewsGraph } from '../5-graph/model.js';
import { parseSource } from '../query/load.js';

/** The sample article and its graph, relative to this module in src/ or dist/. */
export const SAMPLE_TEXT = fileURLToPath(new URL('../../examples/lavrov-blinken-message.txt', import.meta.url));
export const SAMPLE_GRAPH = fileURLToPath(new URL('../../examples/lavrov-blinken-message.ttl', import.meta.url));
export const SAMPLE_JSON = fileURLToPath(new URL('../../examples/lavrov-blinken-message.json', import.meta.url));

/** The article id the sample is built under (its file name). */
const SAMPLE_ID = 'lavrov-blinken-message';

/** The sample: its text by article id, and its graph as quads or as a graph, each read on first use. */
export interface SampleGraph {
  texts: Record<string, string>;
  quads(): Quad[];
  graph(): NewsGraph;
}

/** The sample's text, with its quads (from the Turtle) and its graph (from the JSON) read when asked for. */
export function sampleGraph(): SampleGraph {
  let quads: Quad[] | null = null;
  return {
    texts: { [SAMPLE_ID]: readFileSync(SAMPLE_TEXT, 'utf8') },
    quads: () => (quads ??= parseSource({ name: SAMPLE_GRAPH, text: readFileSync(SAMPLE_GRAPH, 'utf8'), format: 'turtle' })),
    graph: () => parseGraph(readFileSync(SAMPLE_JSON, 'utf8')),
  };
}
