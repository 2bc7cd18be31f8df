// File input and output for the CLI: reading articles (a file, a directory of .txt/.md files, or
// "-" for stdin) with optional front matter, and writing outputs atomically (temp file + rename)
// so a failed run never leaves a partial file.

import { mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import type { ArticleInput } from '../types.js';
import { CliError } from './io.js';

const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.text']);

/** Expands inputs into article file paths ("-" stays "-"); throws CliError for missing paths. */
export function expandInputs(inputs: string[], cwd: string, command: string): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    if (input === '-') {
      out.push('-');
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
      const files = readdirSync(path)
        .filter((f) => ARTICLE_EXTENSIONS.has(extname(f).toLowerCase()))
        .sort()
        .map((f) => join(path, f));
      if (!files.length) throw new CliError(`newsgraph ${command}: directory "${input}" holds no .txt or .md articles.`);
      out.push(...files);
    } else out.push(path);
  }
  return out;
}

/** The article name used for output files: the file name without extension, or "stdin". */
export function articleName(path: string): string {
  return path === '-' ? 'stdin' : basename(path, extname(path));
}

/**
 * Reads an article text and its front matter ("---\ntitle: …\ndate: 2023-01-31\nurl: …\n---").
 * Throws CliError for unreadable or empty input.
 */
export function readArticle(path: string, stdinText: string | null, command: string): ArticleInput {
  let raw: string;
  if (path === '-') raw = stdinText ?? '';
  else {
    try {
      raw = readFileSync(path, 'utf8');
    } catch (e) {
      throw new CliError(`newsgraph ${command}: cannot read "${path}": ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`);
    }
  }
  if (raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
  const id = articleName(path);
  const meta: Record<string, string> = {};
  const fm = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(raw);
  if (fm) {
    for (const line of fm[1]!.split(/\r?\n/)) {
      const m = /^([A-Za-z_]+)\s*:\s*(.*)$/.exec(line);
      if (m) meta[m[1]!.toLowerCase()] = m[2]!.trim().replace(/^["']|["']$/g, '');
    }
    raw = raw.slice(fm[0].length);
  }
  if (!raw.trim()) throw new CliError(`newsgraph ${command}: "${path === '-' ? 'stdin' : path}" is empty; give an article with text.`);
  const date = meta.date ?? meta.published;
  return {
    id,
    text: raw,
    published: date && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : null,
    title: meta.title ?? null,
    url: meta.url ?? null,
  };
}

/** Writes a file atomically: to a temporary name beside it, then renamed into place. */
export function writeAtomic(path: string, content: string): void {
  mkdirSync(resolve(path, '..'), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}

/** Reads all of a stream as UTF-8 text. */
export async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
