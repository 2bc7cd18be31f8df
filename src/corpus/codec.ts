// Corpus parts and spools (parts.ts, spool-store.ts): how a stored field is compressed. A module of
// its own so that the merge's rewrite helper (rewrite-share.ts) can name it without importing the
// spool, which imports the merge.

/** Deflate (DEFLATE_LEVEL; the rewrite spool, parts of format 2) or Brotli (BROTLI_QUALITY; parts of format 3). */
export type Codec = 'deflate' | 'brotli';
