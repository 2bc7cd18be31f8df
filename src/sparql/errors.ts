// SPARQL layer: typed errors. A syntax error carries its line and column in the query as the user
// wrote it (prefixes the store adds are not counted), so editors and the CLI can point at it.

import { NewsgraphError } from '../errors.js';

/** The query is not valid SPARQL 1.1. `line` and `column` are 1-based. */
export class SparqlSyntaxError extends NewsgraphError {
  override name = 'SparqlSyntaxError';
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
    /** The parser's own words, unabridged. */
    readonly detail: string,
  ) {
    super(message);
  }
}

/** A valid query the store could not evaluate (an unsupported SERVICE, an update sent as a query). */
export class SparqlQueryError extends NewsgraphError {
  override name = 'SparqlQueryError';
}
