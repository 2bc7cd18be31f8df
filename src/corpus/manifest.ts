// The corpus folder's records on disk: the manifest of a generation, the staged (pending/) records
// of changes waiting for a commit, and where `current` points. Shared by the folder (folder.ts) and
// the commit that folds the records into a generation (generation.ts).

import { readFileSync, readdirSync, readlinkSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NewsgraphError } from '../errors.js';
import type { MergeSummary } from './merge.js';

/** A corpus folder cannot be used as asked (another version's parts, other options, a held lock). */
export class CorpusFolderError extends NewsgraphError {
  override name = 'CorpusFolderError';
}

export const MANIFEST_FORMAT = 'newsgraph-corpus/1';

/** One article of a corpus, as the manifest lists it. */
export interface ManifestEntry {
  iri: string;
  hash: string;
  /** File name of its part under parts/. */
  part: string;
  source: string;
}

/** The manifest of one generation: what it holds and how it was built. */
export interface CorpusManifest {
  format: typeof MANIFEST_FORMAT;
  name: string;
  version: string;
  options: { today: string };
  generation: number;
  /** Article id → entry, ids sorted. */
  articles: Record<string, ManifestEntry>;
  /** The pending records this generation folded in (skipped if a crash left them behind). */
  consumed: string[];
}

export type PendingRecord =
  | { op: 'add'; id: string; iri: string; hash: string; part: string; source: string; at: number }
  | { op: 'remove'; id: string; at: number }
  | { op: 'reset'; at: number };

/** What a commit did. */
export interface CommitResult {
  generation: number;
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
  summary: MergeSummary | null;
  outputs: string[];
}

export const OUTPUT_EXTENSIONS = ['ttl', 'nq', 'json', 'gexf'] as const;

/** The committed manifest of a corpus folder, or null when it has none yet. */
export function readManifest(dir: string): CorpusManifest | null {
  const path = join(resolve(dir), 'current', 'manifest.json');
  if (!existsSync(path)) return null;
  const m = JSON.parse(readFileSync(path, 'utf8')) as CorpusManifest;
  if (m.format !== MANIFEST_FORMAT) throw new CorpusFolderError(`${path}: not a newsgraph corpus manifest (format "${String(m.format)}").`);
  return m;
}

export function listPending(dir: string): string[] {
  return readdirSync(join(dir, 'pending')).filter((n) => n.endsWith('.json')).sort();
}

/** Where `current` points ("g-3"), or null. */
export function currentGeneration(dir: string): string | null {
  try {
    return readlinkSync(join(resolve(dir), 'current'));
  } catch {
    return null;
  }
}

