// Writes docs/ontology-reference.md from ontology/newsgraph.ttl (npm run docs:ontology).
import { readFileSync, writeFileSync } from 'node:fs';
import { parseTurtle } from '../src/4-rdf/index.js';
import { ontologyReference } from '../src/4-rdf/ontology-docs.js';

const root = new URL('../', import.meta.url);
writeFileSync(new URL('docs/ontology-reference.md', root), ontologyReference(parseTurtle(readFileSync(new URL('ontology/newsgraph.ttl', root), 'utf8'))));
