// Query layer (after stage 5): the typed errors of the query API. An unknown actor is a question the
// graph cannot answer, so it carries the near matches a caller (the CLI) can offer; unreadable graph
// files carry the source name and line. Messy graph content never throws: it yields fewer results.

import { InvalidArgumentError, NewsgraphError } from '../errors.js';

/** A near match offered when an actor reference names nothing: the actor and the name that came close. */
export type ActorSuggestion = { iri: string; label: string; matched: string };

/** No actor of the graph has the IRI, label or alias asked for. `suggestions` lists near matches, best first. */
export class ActorNotFoundError extends NewsgraphError {
  override name = 'ActorNotFoundError';
  constructor(
    readonly actor: string,
    readonly suggestions: ActorSuggestion[],
  ) {
    const hint = suggestions.length
      ? ` Near matches: ${suggestions.map((s) => (s.matched === s.label ? `"${s.label}"` : `"${s.label}" (as "${s.matched}")`)).join(', ')}.`
      : ' Check the spelling, or list the actors with "newsgraph top".';
    super(`no actor named "${actor}" in the graph (names are matched by label or alias, ignoring case).${hint}`);
  }
}

/** A graph source (Turtle, N-Quads, graphology JSON) cannot be parsed. `line` is 1-based when the parser gives it. */
export class GraphLoadError extends NewsgraphError {
  override name = 'GraphLoadError';
  constructor(
    message: string,
    readonly source: string,
    readonly line: number | null = null,
  ) {
    super(message);
  }
}

/** A query option has the wrong type or value (a bad date, a hop count out of range). */
export class QueryOptionError extends InvalidArgumentError {
  override name = 'QueryOptionError';
}
