// Freezes what stage 3 reads, so a change of structure can be proven to change no behaviour: dumps
// the rules' candidates (findAttributions, before the confidence model) and the final statements of
// every evaluation set and every sentence of the stage-3 tests, one JSON line each, into a folder,
// and prints one hash per file. Two dumps of identical behaviour are byte-identical.
//   npx tsx scripts/freeze-stage3.ts [out-folder=/tmp/freeze] [--rules]   (--rules adds each rule id)

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readText } from '../src/1-text/index.js';
import { analyze } from '../src/pipeline.js';
import { findAttributions } from '../src/3-statements/index.js';

const args = process.argv.slice(2);
const withRules = args.includes('--rules');
const out = args.find((a) => !a.startsWith('--')) ?? '/tmp/freeze';
const EVAL = '../shared/eval';
const SETS = ['polnear-train.jsonl.gz', 'polnear-dev.jsonl.gz', 'ggt-dev.jsonl.gz', 'meantime-claims.jsonl.gz', 'seed.jsonl'];

interface Doc { id: string; text: string; published?: string | null }

function readDocs(file: string): Doc[] {
  const raw = readFileSync(file);
  const text = file.endsWith('.gz') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
  return text.trim().split('\n').map((l) => JSON.parse(l) as Doc);
}

/** Every string literal of the stage-3 tests and their case tables that reads like a sentence (a space and a letter). */
function testSentences(): Doc[] {
  const dir = 'test/3-statements';
  const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.ts')).sort();
  const seen = new Set<string>();
  const docs: Doc[] = [];
  for (const f of files) {
    const src = readFileSync(join(dir, f), 'utf8');
    for (const m of src.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)) {
      const lit = (m[1] ?? m[2] ?? m[3] ?? '').replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
      if (lit.length < 12 || !/\s/.test(lit) || !/\p{L}{2}/u.test(lit) || seen.has(lit)) continue;
      seen.add(lit);
      docs.push({ id: `test-${docs.length + 1}`, text: lit, published: '2024-05-06' });
    }
  }
  return docs;
}

function dump(name: string, docs: Doc[]): void {
  const lines: string[] = [];
  for (const d of docs) {
    const layer = readText(d.text);
    const candidates = findAttributions(layer).map((a) => {
      const { rule, ...rest } = a as typeof a & { rule?: string };
      return withRules ? { ...rest, rule } : rest;
    });
    // (The published date as `annotate` reads it.)
    const published = typeof d.published === 'string' && /^\d{4}-\d{2}-\d{2}/.test(d.published) ? d.published.slice(0, 10) : null;
    const a = analyze({ id: d.id, text: d.text, published }, { today: '2024-06-01' });
    const statements = a.statements.map((s) => {
      const { rule, kind, ...rest } = s;
      return withRules ? { ...rest, rule, kind } : rest;
    });
    lines.push(JSON.stringify({ id: d.id, candidates, statements }));
  }
  const body = lines.join('\n') + '\n';
  writeFileSync(join(out, `${name}.jsonl`), body);
  console.log(`${createHash('sha256').update(body).digest('hex').slice(0, 16)}  ${name} (${docs.length} documents)`);
}

mkdirSync(out, { recursive: true });
for (const set of SETS) {
  const file = join(EVAL, set);
  if (!existsSync(file)) {
    console.log(`skipped ${set}: ${file} not found`);
    continue;
  }
  dump(set.replace(/\.jsonl(\.gz)?$/, ''), readDocs(file));
}
dump('test-sentences', testSentences());
