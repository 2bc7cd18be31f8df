// The bundled sample's graph for the query commands (said-by, who-said, path, top, query) when no
// graph file is given: examples/lavrov-blinken-message.ttl, the Turtle `newsgraph build` writes for
// examples/lavrov-blinken-message.txt, read with the article text for sentence evidence. Reading it
// needs no NLP model (a build would load them: ≈0.5 CPU-s); test/cli/sample-graph.test.ts checks
// that it is what the pipeline builds today. Regenerate it with:
//   node bin/newsgraph.js build examples/lavrov-blinken-message.txt -o examples -q && rm examples/lavrov-blinken-message.json

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Quad } from 'n3';
import { parseSource } from '../query/load.js';

/** The sample article and its graph, relative to this module in src/ or dist/. */
export const SAMPLE_TEXT = fileURLToPath(new URL('../../examples/lavrov-blinken-message.txt', import.meta.url));
export const SAMPLE_GRAPH = fileURLToPath(new URL('../../examples/lavrov-blinken-message.ttl', import.meta.url));

/** The article id the sample is built under (its file name). */
const SAMPLE_ID = 'lavrov-blinken-message';

/** The sample's quads and its text by article id. */
export function sampleGraph(): { quads: Quad[]; texts: Record<string, string> } {
  const quads = parseSource({ name: SAMPLE_GRAPH, text: readFileSync(SAMPLE_GRAPH, 'utf8'), format: 'turtle' });
  return { quads, texts: { [SAMPLE_ID]: readFileSync(SAMPLE_TEXT, 'utf8') } };
}
