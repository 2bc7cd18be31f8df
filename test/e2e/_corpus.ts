// Shared by the corpus browser tests and the screenshots: a JSON Lines corpus built with the CLI
// (`build --merge`, cached in the temp folder per corpus size and time) and exported as the
// viewer's network (`export --format network --corpus`, communities and layout included).

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActorNetwork } from '../../src/viewer-data/index.js';

/** Builds (cached per corpus file size and time) and exports a corpus with the CLI from src/. */
export function buildNetwork(corpus: string, name: string): ActorNetwork {
  const st = statSync(corpus);
  const dir = join(tmpdir(), `newsgraph-e2e-${name}-${st.size}-${Math.round(st.mtimeMs)}`);
  mkdirSync(dir, { recursive: true });
  const cli = (...args: string[]): void => void execFileSync(process.execPath, ['--import', 'tsx', 'test/e2e/_cli.ts', ...args], { stdio: 'pipe', timeout: 900_000 });
  if (!existsSync(join(dir, `${name}.json`))) cli('build', corpus, '-o', dir, '-m', name, '-j', '2', '--today', '2026-12-01', '--quiet');
  const out = join(mkdtempSync(join(tmpdir(), 'newsgraph-e2e-net-')), 'net.json');
  cli('export', join(dir, `${name}.json`), '--format', 'network', '--corpus', corpus, '-o', out, '--quiet');
  return JSON.parse(readFileSync(out, 'utf8')) as ActorNetwork;
}
