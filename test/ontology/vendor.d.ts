// Minimal types for the untyped SHACL test dependencies (shacl-engine, rdf-ext), only what
// test/ontology/_shacl.ts uses. Test-only: nothing in src/ imports these packages.

declare module 'shacl-engine' {
  import type { DatasetCore, Term } from '@rdfjs/types';

  export interface ValidationResult {
    message: Term[];
    constraintComponent: Term;
    focusNode: { term: Term };
  }
  export interface ValidationReport {
    conforms: boolean;
    results: ValidationResult[];
  }
  export class Validator {
    constructor(shapes: DatasetCore, options: { factory: unknown; debug?: boolean; details?: boolean });
    validate(data: { dataset: DatasetCore; terms?: Iterable<Term> }): Promise<ValidationReport>;
  }
}

declare module 'rdf-ext' {
  import type { DatasetCore, Quad } from '@rdfjs/types';

  const rdf: { dataset(quads?: Iterable<Quad>): DatasetCore };
  export default rdf;
}
