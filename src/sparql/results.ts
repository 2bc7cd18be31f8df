// SPARQL layer: typed query results and their text forms — SPARQL 1.1 Query Results JSON, CSV and
// TSV (W3C formats), and rows of display strings for the CLI's aligned table, with IRIs shortened
// by the project prefixes (person:sergei-lavrov). Pure; the CLI writes the text.

import { PREFIXES, XSD } from '../4-rdf/namespaces.js';

/** An RDF term as SPARQL Results JSON writes it. */
export type SparqlTerm =
  | { type: 'uri'; value: string }
  | { type: 'bnode'; value: string }
  | { type: 'literal'; value: string; datatype?: string; 'xml:lang'?: string }
  | { type: 'triple'; value: { subject: SparqlTerm; predicate: SparqlTerm; object: SparqlTerm } };

/** One solution: variable name (no "?") → term; unbound variables are absent. */
export type SparqlBindings = Record<string, SparqlTerm>;

export type SparqlTriple = { subject: SparqlTerm; predicate: SparqlTerm; object: SparqlTerm };

/** What a query returns: solutions (SELECT), a boolean (ASK) or triples (CONSTRUCT, DESCRIBE). */
export type SparqlResult =
  | { type: 'bindings'; vars: string[]; bindings: SparqlBindings[] }
  | { type: 'boolean'; boolean: boolean }
  | { type: 'graph'; triples: SparqlTriple[] };

/** Output formats of query results. */
export type ResultFormat = 'table' | 'json' | 'csv' | 'tsv';

export const RESULT_FORMATS: readonly ResultFormat[] = ['table', 'json', 'csv', 'tsv'];

const TRIPLE_VARS = ['subject', 'predicate', 'object'];

// Graph results are shown as solutions of ?subject ?predicate ?object, so every format has one shape.
function asBindings(result: Exclude<SparqlResult, { type: 'boolean' }>): { vars: string[]; bindings: SparqlBindings[] } {
  if (result.type === 'bindings') return result;
  return { vars: TRIPLE_VARS, bindings: result.triples.map((t) => ({ ...t })) };
}

/**
 * SPARQL 1.1 Query Results JSON (https://www.w3.org/TR/sparql11-results-json/), 2-space indented.
 * Graph results are written as bindings of subject, predicate, object.
 */
export function toSparqlJson(result: SparqlResult): string {
  if (result.type === 'boolean') return `${JSON.stringify({ head: {}, boolean: result.boolean }, null, 2)}\n`;
  const { vars, bindings } = asBindings(result);
  return `${JSON.stringify({ head: { vars }, results: { bindings } }, null, 2)}\n`;
}

/**
 * SPARQL 1.1 Query Results CSV (https://www.w3.org/TR/sparql11-results-csv-tsv/): plain values
 * (IRIs, lexical forms, _:labels), RFC 4180 quoting, CRLF line ends as the format requires.
 */
export function toSparqlCsv(result: SparqlResult): string {
  if (result.type === 'boolean') return `_askResult\r\n${result.boolean}\r\n`;
  const { vars, bindings } = asBindings(result);
  const lines = [vars.map(csvField).join(',')];
  for (const b of bindings) lines.push(vars.map((v) => csvField(b[v] ? plainValue(b[v]) : '')).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** SPARQL 1.1 Query Results TSV: terms in Turtle/N-Triples syntax, header of ?vars. */
export function toSparqlTsv(result: SparqlResult): string {
  if (result.type === 'boolean') return `?_askResult\n${result.boolean}\n`;
  const { vars, bindings } = asBindings(result);
  const lines = [vars.map((v) => `?${v}`).join('\t')];
  for (const b of bindings) lines.push(vars.map((v) => (b[v] ? ntriplesTerm(b[v]) : '')).join('\t'));
  return `${lines.join('\n')}\n`;
}

/**
 * Header and rows of display strings: IRIs shortened with the project prefixes, literals as their
 * lexical form (with @lang), unbound as "".
 */
export function resultRows(result: SparqlResult, prefixes: Readonly<Record<string, string>> = PREFIXES): { header: string[]; rows: string[][] } {
  if (result.type === 'boolean') return { header: ['ask'], rows: [[String(result.boolean)]] };
  const { vars, bindings } = asBindings(result);
  const short = shortener(prefixes);
  return { header: vars, rows: bindings.map((b) => vars.map((v) => (b[v] ? displayValue(b[v], short) : ''))) };
}

/** CSV text (RFC 4180) of a header and rows of strings; used for the CLI shortcuts too. */
export function csvText(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Shortens an IRI for display with the longest matching prefix ("person:sergei-lavrov", "article:x/statement/s1"), or writes <iri>. */
export function shortener(prefixes: Readonly<Record<string, string>> = PREFIXES): (iri: string) => string {
  const entries = Object.entries(prefixes).sort((a, b) => b[1].length - a[1].length);
  return (iri) => {
    for (const [name, ns] of entries) {
      const local = iri.startsWith(ns) ? iri.slice(ns.length) : null;
      if (local !== null && /^[\p{L}\p{N}_][\p{L}\p{N}_./-]*$/u.test(local) && !local.endsWith('.')) return `${name}:${local}`;
    }
    return `<${iri}>`;
  };
}

function plainValue(t: SparqlTerm): string {
  if (t.type === 'bnode') return `_:${t.value}`;
  if (t.type === 'triple') return `<< ${ntriplesTerm(t.value.subject)} ${ntriplesTerm(t.value.predicate)} ${ntriplesTerm(t.value.object)} >>`;
  return t.value;
}

function displayValue(t: SparqlTerm, short: (iri: string) => string): string {
  switch (t.type) {
    case 'uri':
      return short(t.value);
    case 'bnode':
      return `_:${t.value}`;
    case 'literal':
      return t['xml:lang'] ? `${t.value}@${t['xml:lang']}` : t.value;
    case 'triple':
      return plainValue(t);
  }
}

/** A term in N-Triples syntax. */
export function ntriplesTerm(t: SparqlTerm): string {
  switch (t.type) {
    case 'uri':
      return `<${t.value}>`;
    case 'bnode':
      return `_:${t.value}`;
    case 'literal': {
      const lex = `"${t.value.replace(/[\\"\n\r\t]/g, (c) => ({ '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c]!)}"`;
      if (t['xml:lang']) return `${lex}@${t['xml:lang']}`;
      return t.datatype && t.datatype !== XSD.string ? `${lex}^^<${t.datatype}>` : lex;
    }
    case 'triple':
      return plainValue(t);
  }
}

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
