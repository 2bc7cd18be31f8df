// Input check before reading (issue 23.7): what a command-line input is, from its name and first
// bytes, so that `build` refuses what is not an article with one clear line instead of reading a
// PDF, an RDF graph or a JSON file as news text. Pure: the CLI (src/cli/inputs.ts) reads the bytes.

/** What an input is: an article source newsgraph reads, or one it refuses, with the line to print. */
export type InputKind = { kind: 'article' } | { kind: 'refused'; what: 'url' | 'pdf' | 'rdf' | 'graph-json' | 'json' | 'binary'; message: string };

const RDF_EXT = /\.(?:ttl|nt|nq|trig|n3|rdf|owl|jsonld)$/i;
const RDF_HEAD = /^(?:\uFEFF)?\s*(?:@prefix\s|@base\s|PREFIX\s|BASE\s|<[^>\s]*>\s+<[^>\s]*>\s+\S)/i;
const URL_ARG = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)/i;

/**
 * Classifies one input. `head` is the first bytes of the file (a few KB are enough), or null for
 * an argument that is not a file (then only URLs are recognised).
 * @example inputKind('report.pdf', bytes) // { kind: 'refused', what: 'pdf', message: '… is a PDF …' }
 */
export function inputKind(name: string, head: Uint8Array | null): InputKind {
  const refuse = (what: Exclude<InputKind, { kind: 'article' }>['what'], message: string): InputKind => ({ kind: 'refused', what, message });
  if (URL_ARG.test(name)) {
    return refuse('url', `"${name}" is a URL; newsgraph does not fetch URLs. Save the page (.html) or its text (.txt) and build the file.`);
  }
  if (head === null) return { kind: 'article' };
  const text = asciiHead(head);
  if (text.startsWith('%PDF-') || /\.pdf$/i.test(name)) {
    return refuse('pdf', `"${name}" is a PDF, which newsgraph does not read. Extract its text first (e.g. \`pdftotext "${name}" article.txt\`) and build the .txt.`);
  }
  if (RDF_EXT.test(name) || RDF_HEAD.test(text)) {
    return refuse('rdf', `"${name}" is an RDF graph, not an article. ${graphHint(name)}`);
  }
  if (/\.json$/i.test(name) || /^\s*[[{]/.test(text)) {
    if (/^\s*\{\s*"(?:attributes|options|nodes|edges)"\s*:/.test(text)) {
      return refuse('graph-json', `"${name}" is a graph (graphology JSON), not an article. ${graphHint(name)}`);
    }
    if (/\.json$/i.test(name)) {
      return refuse('json', `"${name}" is JSON, not an article. A corpus is JSON Lines (.jsonl), one {"id","text",…} object a line.`);
    }
  }
  if (isBinary(head)) return refuse('binary', `"${name}" is a binary file, not text. newsgraph reads .txt, .md, .html and .jsonl articles.`);
  return { kind: 'article' };
}

function graphHint(name: string): string {
  return `Query it with \`newsgraph said-by <actor> "${name}"\` or \`newsgraph query --sparql '…' "${name}"\`, or show it with \`newsgraph view "${name}"\`.`;
}

// The first bytes as Latin-1 (enough for magic numbers and syntax heads; UTF-16 articles have
// NULs and are decoded later, so they are not judged here).
function asciiHead(head: Uint8Array): string {
  let s = '';
  for (let i = 0; i < Math.min(head.length, 512); i++) s += String.fromCharCode(head[i]!);
  return s;
}

// Binary: known magic numbers (zip, gzip outside .jsonl.gz, images, office files), or NUL bytes in a
// file that has no UTF-16/UTF-32 byte order mark.
function isBinary(head: Uint8Array): boolean {
  const starts = (...b: number[]): boolean => b.every((x, i) => head[i] === x);
  if (starts(0xff, 0xfe) || starts(0xfe, 0xff) || starts(0x00, 0x00, 0xfe, 0xff)) return false;
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff) || starts(0x47, 0x49, 0x46, 0x38) || starts(0xd0, 0xcf, 0x11, 0xe0)) return true;
  return head.subarray(0, 4096).includes(0);
}
