// Human-readable documentation generated from ontology/newsgraph.ttl (issue 23.4): every class,
// property and concept scheme with its label, comment, alignments, domain and range, as Markdown.
// `npm run docs:ontology` writes docs/ontology-reference.md; a test keeps that file up to date.

import type { Quad } from 'n3';
import { NG_NS, OWL_NS, PREFIXES, RDF, RDFS, SKOS_NS } from './namespaces.js';

const SCHEMA_DOMAIN = 'http://schema.org/domainIncludes';
const RDFS_NS = 'http://www.w3.org/2000/01/rdf-schema#';

/** Markdown reference of the ontology given as quads (parsed ontology/newsgraph.ttl). */
export function ontologyReference(quads: readonly Quad[]): string {
  const by = new Map<string, Quad[]>();
  for (const q of quads) {
    const list = by.get(q.subject.value);
    if (list) list.push(q);
    else by.set(q.subject.value, [q]);
  }
  const values = (s: string, p: string): string[] => (by.get(s) ?? []).filter((q) => q.predicate.value === p).map((q) => q.object.value);
  const one = (s: string, p: string): string => values(s, p)[0] ?? '';
  const typed = (t: string): string[] => [...by.keys()].filter((s) => s.startsWith(NG_NS) && values(s, RDF.type).includes(t)).sort();
  const onto = [...by.keys()].find((s) => values(s, RDF.type).includes(`${OWL_NS}Ontology`)) ?? '';

  const out: string[] = [
    `# ${one(onto, RDFS.label) || 'newsgraph ontology'} — reference`,
    '',
    `Generated from \`ontology/newsgraph.ttl\` by \`npm run docs:ontology\`; do not edit by hand. Version ${one(onto, `${OWL_NS}versionInfo`)}, namespace \`${NG_NS}\` (prefix \`ng:\`). The design and examples are in docs/ontology.md.`,
    '',
    one(onto, RDFS.comment),
    '',
    '## Classes',
    '',
  ];
  for (const c of typed(`${OWL_NS}Class`)) {
    out.push(`### ${curie(c)}`, '', `${one(c, RDFS.comment)}`, '');
    const supers = values(c, RDFS.subClassOf).map(curie);
    if (supers.length) out.push(`- subclass of: ${supers.join(', ')}`, '');
  }
  const props: Array<[string, string]> = [
    [`${OWL_NS}ObjectProperty`, 'Object properties'],
    [`${OWL_NS}DatatypeProperty`, 'Datatype properties'],
  ];
  for (const [t, title] of props) {
    out.push(`## ${title}`, '');
    for (const p of typed(t)) {
      out.push(`### ${curie(p)}`, '', one(p, RDFS.comment), '');
      const facts: string[] = [];
      const dom = [...values(p, `${RDFS_NS}domain`), ...values(p, SCHEMA_DOMAIN)].map(curie);
      if (dom.length) facts.push(`domain: ${dom.join(', ')}`);
      const range = values(p, `${RDFS_NS}range`).map(curie);
      if (range.length) facts.push(`range: ${range.join(', ')}`);
      const sup = values(p, RDFS.subPropertyOf).map(curie);
      if (sup.length) facts.push(`sub-property of: ${sup.join(', ')}`);
      if (values(p, RDF.type).includes(`${OWL_NS}FunctionalProperty`)) facts.push('functional');
      for (const f of facts) out.push(`- ${f}`);
      if (facts.length) out.push('');
    }
  }
  out.push('## Concept schemes', '');
  for (const scheme of typed(`${SKOS_NS}ConceptScheme`)) {
    out.push(`### ${curie(scheme)}`, '', one(scheme, RDFS.comment), '', '| concept | notation | definition | test |', '|---|---|---|---|');
    const concepts = [...by.keys()].filter((s) => values(s, `${SKOS_NS}inScheme`).includes(scheme)).sort();
    for (const c of concepts) {
      const cell = (t: string): string => t.replace(/\|/g, '\\|').replace(/^Test: /, '');
      out.push(`| ${curie(c)} | \`${one(c, `${SKOS_NS}notation`)}\` | ${cell(one(c, `${SKOS_NS}definition`))} | ${cell(one(c, `${SKOS_NS}scopeNote`))} |`);
    }
    out.push('');
  }
  const individuals = typed(`${OWL_NS}NamedIndividual`).filter((i) => values(i, `${SKOS_NS}inScheme`).length === 0);
  if (individuals.length) {
    out.push('## Individuals', '');
    for (const i of individuals) out.push(`- ${curie(i)} (${values(i, RDF.type).filter((t) => t !== `${OWL_NS}NamedIndividual`).map(curie).join(', ')}): ${one(i, RDFS.comment)}`);
    out.push('');
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}


function curie(iri: string): string {
  let best: [string, string] | null = null;
  for (const [prefix, ns] of Object.entries(PREFIXES)) if (iri.startsWith(ns) && (!best || ns.length > best[1].length)) best = [prefix, ns];
  if (best && !best[1].startsWith('https://w3id.org/newsgraph/id/')) return `\`${best[0]}:${iri.slice(best[1].length)}\``;
  return `<${iri}>`;
}
