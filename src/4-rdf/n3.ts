// The parts of N3.js newsgraph uses — DataFactory, Parser, Writer — each loaded from its own file,
// by require (src/require.ts). The package's index also loads its stores, reasoner and stream classes
// with readable-stream and buffer, and an ESM import lexes each file: 80–130 ms of CPU at every
// start, most of a query command's (issue 24), against 15 ms. These are the very classes the index
// exports (test/4-rdf/n3.test.ts); types still come from 'n3'.

import type * as N3 from 'n3';
import { babelDefault, requirePackage } from '../require.js';

/** N3.js's RDF/JS data factory. */
export const DataFactory = babelDefault<typeof N3.DataFactory>(requirePackage('n3/lib/N3DataFactory.js'));
/** N3.js's Turtle / TriG / N-Triples / N-Quads parser. */
export const Parser = babelDefault<typeof N3.Parser>(requirePackage('n3/lib/N3Parser.js'));
export type Parser = N3.Parser;
/** N3.js's Turtle / N-Quads writer. */
export const Writer = babelDefault<typeof N3.Writer>(requirePackage('n3/lib/N3Writer.js'));
export type Writer = N3.Writer;
