// Writes the hostile inputs of the robustness tests into a directory, for trying `newsgraph build`
// by hand: the small hostile files, a hostile JSON Lines corpus, a 50 MB article and a 100,000-line
// corpus with malformed lines. Usage: npx tsx scripts/gen-hostile.ts <dir>

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hostileJsonlBytes, writeBigArticle, writeBigCorpus, writeHostileFiles } from '../test/robustness/_hostile.js';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: npx tsx scripts/gen-hostile.ts <dir>');
  process.exit(2);
}
mkdirSync(join(dir, 'articles'), { recursive: true });
const files = writeHostileFiles(join(dir, 'articles'));
writeFileSync(join(dir, 'hostile.jsonl'), hostileJsonlBytes());
writeBigArticle(join(dir, 'huge.txt'), 50 * 1024 * 1024);
const bad = writeBigCorpus(join(dir, 'big.jsonl'), 100_000, 997);
console.log(`${dir}: articles/ (${files.length} files), hostile.jsonl, huge.txt (50 MB), big.jsonl (100,000 lines, ${bad.length} malformed)`);
