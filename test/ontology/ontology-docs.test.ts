// docs/ontology-reference.md is generated from ontology/newsgraph.ttl (src/4-rdf/ontology-docs.ts):
// the committed file is up to date and names every ng: term with its comment.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NG, NG_NS } from '../../src/4-rdf/index.js';
import { ontologyReference } from '../../src/4-rdf/ontology-docs.js';
import { readOntology } from './_shacl.js';

const committed = readFileSync(new URL('../../docs/ontology-reference.md', import.meta.url), 'utf8');

describe('docs/ontology-reference.md', () => {
  it('is what `npm run docs:ontology` writes from the ontology (run it after editing ontology/newsgraph.ttl)', () => {
    expect(committed).toBe(ontologyReference(readOntology('newsgraph.ttl')));
  });

  it.each(Object.entries(NG).filter(([, iri]) => iri.startsWith(NG_NS)))('documents ng:%s', (name) => {
    expect(committed).toContain(`\`ng:${name}\``);
  });
});
