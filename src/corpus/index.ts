// Corpus build: many articles → one merged graph. Inputs (text/Markdown with header lines, HTML,
// JSON Lines records) → CorpusArticle → per-article chunks (in workers) → CorpusMerger → Turtle,
// N-Quads, graphology JSON, GEXF. Pure: the CLI (src/cli/commands/build.ts) does files and threads.

export { readSource, normaliseDate } from './article.js';
export type { CorpusArticle, RawSource, SourceFormat } from './article.js';
export { readTextArticle } from './text.js';
export type { TextArticleOptions } from './text.js';
export { readHtmlArticle } from './html.js';
export type { HtmlArticleOptions } from './html.js';
export { parseCorpusLine } from './jsonl.js';
export type { LineContext } from './jsonl.js';
export { buildArticleChunks, isArticleLocal } from './chunks.js';
export type { ArticleChunks, ArticleCounts } from './chunks.js';
export { CorpusMerger, MemoryChunkStore, STORED_FIELDS, turtlePrefixHeader, packChunks, unpackField } from './merge.js';
export type { ChunkStore, MergeSinks, MergeSummary, DuplicateReport, StoredField, PackedChunks } from './merge.js';
export { writeGexf, writeGexfPieces } from './gexf.js';
export type { ActorNetwork, GexfActor, GexfLink } from './gexf.js';
