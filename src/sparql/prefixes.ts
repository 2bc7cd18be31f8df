// SPARQL layer: the project's prefixes (ng:, person:, place:, rdfs:, schema:, …; from
// src/4-rdf/namespaces.ts) added to a query that does not declare them, on one extra first line,
// so users can write `?s ng:speaker person:sergei-lavrov` and error lines shift by exactly one.

import { PREFIXES } from '../4-rdf/namespaces.js';

/** Prefixes a query declares itself (PREFIX name: <…>), lower-case keyword or not. */
export function declaredPrefixes(query: string): Set<string> {
  const out = new Set<string>();
  for (const m of query.matchAll(/(?:^|[\s}])PREFIX\s+([A-Za-z][\w.-]*)?\s*:/gi)) out.add(m[1] ?? '');
  return out;
}

/**
 * The query with a first line declaring every project prefix it does not declare itself, and the
 * number of lines added (0 or 1).
 */
export function withProjectPrefixes(query: string, prefixes: Readonly<Record<string, string>> = PREFIXES): { text: string; addedLines: number } {
  const declared = declaredPrefixes(query);
  const missing = Object.entries(prefixes).filter(([name]) => !declared.has(name));
  if (missing.length === 0) return { text: query, addedLines: 0 };
  return { text: `${missing.map(([name, iri]) => `PREFIX ${name}: <${iri}>`).join(' ')}\n${query}`, addedLines: 1 };
}
