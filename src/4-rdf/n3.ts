// The parts of N3.js newsgraph uses — DataFactory, Parser, Writer — each loaded from its own file.
// The package's index also loads its stores, reasoner and stream classes with readable-stream and
// buffer: ≈60–80 ms of CPU at every start, most of a query command's (issue 24). These are the very
// classes the index exports (test/4-rdf/n3.test.ts); types still come from 'n3'.

import type * as N3 from 'n3';
import dataFactoryModule from 'n3/lib/N3DataFactory.js';
import parserModule from 'n3/lib/N3Parser.js';
import writerModule from 'n3/lib/N3Writer.js';

/**
 * The `export default` of a Babel-compiled CommonJS file: Node's ESM loader gives module.exports
 * ({ default: X }), a bundler gives X.
 */
function babelDefault<T>(m: unknown): T {
  const d = (m as { default?: unknown }).default;
  return (d ?? m) as T;
}

/** N3.js's RDF/JS data factory. */
export const DataFactory = babelDefault<typeof N3.DataFactory>(dataFactoryModule);
/** N3.js's Turtle / TriG / N-Triples / N-Quads parser. */
export const Parser = babelDefault<typeof N3.Parser>(parserModule);
export type Parser = N3.Parser;
/** N3.js's Turtle / N-Quads writer. */
export const Writer = babelDefault<typeof N3.Writer>(writerModule);
export type Writer = N3.Writer;
