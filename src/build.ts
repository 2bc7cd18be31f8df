// One article through the whole flow to its outputs: analysis (stages 1–3) → quads (stage 4) →
// graphology graph (stage 5) → Turtle and graphology JSON text. Pure: the CLI does the file I/O.
// With `explain`, statement nodes of the graph (and so the JSON) carry 3-statements/explain.ts's object.

import { explainStatements } from './3-statements/explain.js';
import { mintIri, rdfReady, toQuads, toTurtle } from './4-rdf/index.js';
import { stringifyGraph, toGraph, type NewsGraph } from './5-graph/index.js';
import type { Quad } from 'n3';
import type { AnalyzeOptions } from './options.js';
import { analyze } from './pipeline.js';
import { runInfo } from './provenance.js';
import type { Analysis, ArticleInput } from './types.js';

export interface ArticleBuild {
  analysis: Analysis;
  quads: Quad[];
  graph: NewsGraph;
  turtle: string;
  json: string;
  summary: BuildSummary;
}

export interface BuildSummary {
  statements: number;
  nested: number;
  events: number;
  actors: number;
  triples: number;
  /** Quotations found in the text (a quotation continued over paragraphs counts once). */
  quotations: number;
  /** …of which a statement with a speaker holds this many; the rest are unattributed-quotation statements. */
  attributedQuotations: number;
  unattributedQuotations: number;
  warnings: string[];
}

/** Options of buildArticle: the analysis options, and whether statement nodes carry an explanation. */
export type BuildOptions = Partial<AnalyzeOptions> & {
  /** Put 3-statements/explain.ts's explanation on each statement node as `explain` (graph and JSON only; Turtle unchanged). Default false. */
  explain?: boolean;
};

/**
 * Builds the knowledge graph of one article.
 * @param input - the article ({ id, text, published?, title?, url? })
 * @param options - analysis options (e.g. `today`) and `explain`
 */
export function buildArticle(input: ArticleInput, options: BuildOptions = {}): ArticleBuild {
  const { explain = false, ...analyzeOptions } = options;
  // Statements stage 4 cannot write (empty content) are dropped here with a warning, so the summary counts what the graph holds.
  const analysis = rdfReady(analyze(input, analyzeOptions));
  const quads = toQuads(analysis, runInfo(input.text, analyzeOptions));
  const graph = toGraph(quads);
  if (explain) {
    const article = mintIri({ kind: 'article', id: analysis.article.id });
    for (const x of explainStatements(analysis)) {
      const key = mintIri({ kind: 'statement', article, id: x.statement });
      if (graph.hasNode(key)) graph.mergeNodeAttributes(key, { explain: x });
    }
  }
  const turtle = toTurtle(quads);
  const json = stringifyGraph(graph);
  const actors = graph.filterNodes((_, a) => a.kind === 'actor').length;
  return {
    analysis,
    quads,
    graph,
    turtle,
    json,
    summary: {
      statements: analysis.statements.length,
      nested: analysis.statements.filter((s) => s.parent).length,
      events: analysis.events.length,
      actors,
      triples: quads.length,
      quotations: analysis.text.quotations.filter((q) => q.continues < 0).length,
      attributedQuotations: analysis.text.quotations.filter((q) => q.continues < 0).length - analysis.statements.filter((s) => s.unattributed).length,
      unattributedQuotations: analysis.statements.filter((s) => s.unattributed).length,
      warnings: analysis.warnings,
    },
  };
}
