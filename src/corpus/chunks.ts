// Corpus build, per article (runs in the worker threads): one CorpusArticle → stages 1–5 → the
// pieces the merge needs, already serialised (quad-chunks.ts). Quads are split by subject:
// article-local ones (the article, its statements, events, selectors: IRIs under the article IRI) go
// to the output as they are; shared ones (actors, roles) are unioned across articles at the end. Pure.

import { mintIri, rdfReady, toQuads } from '../4-rdf/index.js';
import type { AnalyzeOptions } from '../options.js';
import { analyze } from '../pipeline.js';
import { runInfo } from '../provenance.js';
import type { Analysis } from '../types.js';
import type { CorpusArticle } from './article.js';
import { lines, quadChunks, type ArticleChunks, type ArticleCounts } from './quad-chunks.js';

export { STORED_FIELDS, isArticleLocal, lines, quadChunks } from './quad-chunks.js';
export type { ArticleChunks, ArticleCounts, QuadChunks, StoredField } from './quad-chunks.js';

/**
 * Builds one article of a corpus into merge chunks. Never throws on odd text (the pipeline gives
 * warnings instead); throws InvalidArgumentError on a malformed article object, as analyze does.
 * @param article - the article, as readSource returns it
 * @param options - analysis options; give every article of a corpus the same `today`
 */
export function buildArticleChunks(article: CorpusArticle, options: Partial<AnalyzeOptions> = {}): ArticleChunks {
  const analysis = rdfReady(
    analyze({ id: article.id, text: article.text, published: article.published, title: article.title, url: article.url }, options),
  );
  const quads = toQuads(analysis, runInfo(article.text, options));
  const iri = mintIri({ kind: 'article', id: article.id });
  const q = quadChunks(quads, iri);
  return {
    id: article.id,
    iri,
    source: article.source,
    author: article.author,
    ...q.chunks,
    links: lines(speakerLinks(analysis)),
    spoken: lines(spokenBy(analysis)),
    counts: countsOf(analysis, quads.length, q.localTriples),
  };
}

// Actor IRIs of the resolved speakers, one per statement.
function spokenBy(a: Analysis): string[] {
  return a.statements.filter((s) => s.speakerEntity).map((s) => mintIri({ kind: 'actor', key: s.speakerEntity! }));
}

function speakerLinks(a: Analysis): string[] {
  const out: string[] = [];
  for (const s of a.statements) {
    if (!s.speakerEntity) continue;
    const from = mintIri({ kind: 'actor', key: s.speakerEntity });
    for (const key of new Set(s.about)) {
      const to = mintIri({ kind: 'actor', key });
      if (to !== from) out.push(`${from}\t${to}\t${s.kind ?? 'unknown'}`);
    }
  }
  return out;
}

function countsOf(a: Analysis, triples: number, localTriples: number): ArticleCounts {
  const attributed = a.text.quotations.filter((q) =>
    a.statements.some((s) => s.speakerEntity && s.content.start < q.contentEnd && q.contentStart < s.content.end),
  ).length;
  return {
    statements: a.statements.length,
    nested: a.statements.filter((s) => s.parent).length,
    events: a.events.length,
    quotations: a.text.quotations.length,
    attributed,
    localTriples,
    triples,
    warnings: a.warnings,
  };
}
