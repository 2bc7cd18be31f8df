// CLI inputs: expanding the command line's inputs (files, directories of .txt/.md/.html, JSON Lines
// corpora, "-" for stdin) into named items, and reading one article file into a CorpusArticle (via
// decode.ts and corpus/article.ts). First step of `build`, `annotate` and `view`.

import { readdirSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { InputError } from '../errors.js';
import { readSource, type CorpusArticle, type RawSource, type SourceFormat } from '../corpus/article.js';
import { decodeBytes, readDecoded } from './decode.js';
import { CliError } from './io.js';

/** Extensions of article files, by format. */
const FORMATS: ReadonlyArray<[RegExp, SourceFormat]> = [
  [/\.(?:jsonl|ndjson)(?:\.gz)?$/i, 'jsonl'],
  [/\.(?:html?|xhtml)$/i, 'html'],
  [/\.(?:md|markdown)$/i, 'markdown'],
  [/\.(?:txt|text)$/i, 'text'],
];

/** An input as given on the command line, resolved: a file with its article name and format, or stdin. */
export interface InputItem {
  /** Absolute path, or "-" for standard input. */
  path: string;
  /** Article id / output name: the file name without extension; under a directory, the relative path without extension. */
  name: string;
  format: SourceFormat;
  /** Where, for messages: the path as the user would write it. */
  display: string;
}

/** The format of a file from its name (text when the extension is unknown). */
export function formatOf(path: string): SourceFormat {
  for (const [re, f] of FORMATS) if (re.test(path)) return f;
  return 'text';
}

function knownExtension(path: string): boolean {
  return FORMATS.some(([re]) => re.test(path));
}

/** The article name used for output files: the file name without extension(s), or "stdin". */
export function articleName(path: string): string {
  if (path === '-') return 'stdin';
  const base = basename(path);
  for (const [re] of FORMATS) if (re.test(base)) return base.replace(re, '');
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/**
 * Expands inputs into files: directories are walked (sorted, hidden entries skipped) for .txt, .md,
 * .html and .jsonl files; "-" stays stdin with the given format. Throws CliError for missing paths
 * and empty directories.
 */
export function expandInputs(inputs: string[], cwd: string, command: string, stdinFormat: SourceFormat = 'text'): InputItem[] {
  const out: InputItem[] = [];
  for (const input of inputs) {
    if (input === '-') {
      out.push({ path: '-', name: 'stdin', format: stdinFormat, display: 'stdin' });
      continue;
    }
    const path = resolve(cwd, input);
    let st;
    try {
      st = statSync(path);
    } catch {
      throw new CliError(`newsgraph ${command}: cannot read "${input}": no such file or directory.`);
    }
    if (st.isDirectory()) {
      const files = walk(path);
      if (!files.length) throw new CliError(`newsgraph ${command}: directory "${input}" holds no .txt, .md, .html or .jsonl articles.`);
      for (const f of files) {
        const rel = relative(path, f).split(sep).join('/');
        const dir = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/') + 1) : '';
        out.push({ path: f, name: dir + articleName(f), format: formatOf(f), display: join(input, rel) });
      }
    } else out.push({ path, name: articleName(path), format: formatOf(path), display: input });
  }
  return uniqueNames(out);
}

// Two inputs with one name ("a.txt" and "a.md", or the same file name in two arguments) would write
// the same <name>.ttl or share an article id: each of them keeps its extension in the name instead
// ("a.txt", "a.md"), and a clash that remains gets "~2", "~3" in input order.
function uniqueNames(items: InputItem[]): InputItem[] {
  const count = new Map<string, number>();
  for (const i of items) if (i.path !== '-') count.set(i.name, (count.get(i.name) ?? 0) + 1);
  const seen = new Map<string, number>();
  return items.map((i) => {
    if (i.path === '-') return i;
    let name = (count.get(i.name) ?? 0) > 1 ? i.name + (basename(i.path).slice(articleName(i.path).length) || '') : i.name;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    if (n > 1) name = `${name}~${n}`;
    return name === i.name ? i : { ...i, name };
  });
}

function walk(dir: string): string[] {
  const out: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else if (e.isFile() && knownExtension(e.name)) out.push(p);
  }
  return out;
}

/**
 * The raw source of a text/markdown/html file or of stdin, decoded (see decodeBytes), ready for
 * readSource, with the decoding notes to print as warnings.
 * @param stdin - the bytes of standard input when item.path is "-"
 */
export function rawSourceOf(item: InputItem, stdin: Uint8Array | null, command: string): { src: RawSource; notes: string[] } {
  const { text, notes } = item.path === '-' ? decodeBytes(stdin ?? new Uint8Array(0), item.display, command) : readDecoded(item.path, command, item.display);
  return { src: { name: item.name, format: item.format, raw: text, source: item.display }, notes };
}

/**
 * Reads an article text and its metadata (front matter, header lines, HTML metadata).
 * Throws CliError for unreadable or empty input.
 */
export function readArticle(path: string, stdin: Uint8Array | null, command: string): CorpusArticle {
  const item: InputItem = { path, name: articleName(path), format: path === '-' ? 'text' : formatOf(path), display: path === '-' ? 'stdin' : path };
  try {
    return readSource(rawSourceOf(item, stdin, command).src);
  } catch (e) {
    if (e instanceof InputError) throw new CliError(`newsgraph ${command}: ${e.message}`);
    throw e;
  }
}
