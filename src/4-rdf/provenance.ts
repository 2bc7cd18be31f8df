// Stage 4 (RDF): PROV-O provenance of an article's graph. The triples written for an article
// (<article>/graph) were derived from the article by a reading activity (<article>/reading) of the
// newsgraph software agent, with the options that change the output and, when given, the run date.
// Only inputs are recorded (no clock, no host), so identical input and options give identical bytes.

import { ID_NS, NG, PROV, RDF, RDFS, SCHEMA, XSD } from './namespaces.js';

/** The version written as the software agent's; a test keeps it equal to package.json's. */
export const NEWSGRAPH_VERSION = '0.1.0';

/** How a graph was made, as the caller knows it (stage 4 sees only the analysis). */
export interface RunInfo {
  /** Options that change the output, written as sorted JSON on ng:options. */
  options: Readonly<Record<string, string | number | boolean>>;
  /** The run date (YYYY-MM-DD) the caller gave (`--today`), or null: never the clock. */
  runDate: string | null;
  /** SHA-256 (hex) of the article text as read, or null when unknown. */
  sha256: string | null;
}

/** One provenance triple: object an IRI, or a literal with its datatype. */
export type ProvTriple = { s: string; p: string; o: string; datatype?: string };

/** The software agent IRI of a newsgraph version. */
export function softwareIri(version = NEWSGRAPH_VERSION): string {
  return `${ID_NS}software/newsgraph-${version.replace(/[^A-Za-z0-9.-]/g, '-')}`;
}

/** JSON with keys sorted, so the same options always give the same literal. */
export function canonicalOptions(options: RunInfo['options']): string {
  const keys = Object.keys(options).sort();
  return JSON.stringify(Object.fromEntries(keys.map((k) => [k, options[k]])));
}

/** The provenance triples of the graph of `article` (an article IRI). */
export function provenanceTriples(article: string, run: RunInfo): ProvTriple[] {
  const graph = `${article}/graph`;
  const reading = `${article}/reading`;
  const agent = softwareIri();
  const out: ProvTriple[] = [
    { s: graph, p: RDF.type, o: PROV.Entity },
    { s: graph, p: PROV.wasDerivedFrom, o: article },
    { s: graph, p: PROV.wasGeneratedBy, o: reading },
    { s: graph, p: PROV.wasAttributedTo, o: agent },
    { s: reading, p: RDF.type, o: PROV.Activity },
    { s: reading, p: PROV.used, o: article },
    { s: reading, p: PROV.wasAssociatedWith, o: agent },
    { s: reading, p: NG.options, o: canonicalOptions(run.options), datatype: XSD.string },
    { s: agent, p: RDF.type, o: PROV.SoftwareAgent },
    { s: agent, p: RDFS.label, o: `newsgraph ${NEWSGRAPH_VERSION}`, datatype: XSD.string },
    { s: agent, p: SCHEMA.softwareVersion, o: NEWSGRAPH_VERSION, datatype: XSD.string },
  ];
  if (run.runDate && /^\d{4}-\d{2}-\d{2}$/.test(run.runDate)) out.push({ s: reading, p: NG.runDate, o: run.runDate, datatype: XSD.date });
  if (run.sha256 && /^[0-9a-f]{64}$/.test(run.sha256)) out.push({ s: article, p: NG.sha256, o: run.sha256, datatype: XSD.string });
  return out;
}
