// Test helper: validates quads against ontology/shapes.ttl with shacl-engine (rdf-ext as factory).
// Shared by the ontology, stage 4 and stage 5 tests; not a test file itself (no .test.ts suffix).

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Quad } from 'n3';
import rdf from 'rdf-ext';
import { Validator } from 'shacl-engine';
import { parseTurtle } from '../../src/4-rdf/index.js';

/** Absolute path of a file in ontology/. */
export function ontologyPath(name: string): string {
  return fileURLToPath(new URL(`../../ontology/${name}`, import.meta.url));
}

/** Quads of ontology/<name>. */
export function readOntology(name: 'newsgraph.ttl' | 'shapes.ttl'): Quad[] {
  return parseTurtle(readFileSync(ontologyPath(name), 'utf8'));
}

let validator: Validator | null = null;

/** Validates `quads`; `problems` lists "focus-node constraint-component: message" per violation. */
export async function validate(quads: readonly Quad[]): Promise<{ conforms: boolean; problems: string[] }> {
  validator ??= new Validator(rdf.dataset(readOntology('shapes.ttl')), { factory: rdf });
  const report = await validator.validate({ dataset: rdf.dataset(quads) });
  const problems = report.results.map(
    (r) => `${r.focusNode.term.value} ${r.constraintComponent.value.replace(/^.*#/, '')}: ${r.message.map((m) => m.value).join('; ')}`,
  );
  return { conforms: report.conforms, problems };
}
