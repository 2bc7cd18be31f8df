// Robustness figures (docs/robustness.md, issue 22 items 7 and 8): time per stage and output size of
// the pathological inputs at doubling sizes, to show which stay linear. One article per child run:
//   node --import tsx scripts/robustness-bench.ts [case] [KB…]     (no case: all of them)
// Prints one line per case and size: stage 1/2/3 seconds, build seconds, Turtle bytes, peak RSS.

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const CASES: Record<string, (bytes: number) => string> = {
  'said-run': (n) => 'said '.repeat(Math.ceil(n / 5)),
  'mr-run': (n) => 'Mr. '.repeat(Math.ceil(n / 4)),
  'possessive-run': (n) => `Anna Berg${"'s".repeat(Math.ceil(n / 2))} plan was approved, she said.`,
  'hyphen-names': (n) => `${Array.from({ length: Math.ceil(n / 5) }, (_, i) => `Ab${i % 10}`).join('-')} said the talks would resume.`,
  'dash-run': (n) => `A ${'-'.repeat(n)} b.`,
  'amp-run': (n) => `A ${'&'.repeat(n)} b.`,
  'no-punctuation': (n) => 'the minister said that the people of the city want a new bridge and ' .repeat(Math.ceil(n / 70)),
  'according-to': (n) => 'according to Berg, '.repeat(Math.ceil(n / 19)),
  'unbalanced-quotes': (n) => 'Berg said "yes and '.repeat(Math.ceil(n / 19)),
};

async function runOne(name: string, kb: number): Promise<void> {
  const { readText } = await import('../src/1-text/index.js');
  const { findMentions } = await import('../src/2-mentions/index.js');
  const { findStatements } = await import('../src/3-statements/index.js');
  const { buildArticle } = await import('../src/build.js');
  const text = CASES[name]!(kb * 1024);
  const input = { id: 'bench', text };
  let t = performance.now();
  const layer = readText(text);
  const s1 = (performance.now() - t) / 1000;
  t = performance.now();
  const mentions = findMentions(input, layer, { today: '2024-01-01' });
  const s2 = (performance.now() - t) / 1000;
  t = performance.now();
  findStatements(input, layer, mentions, { minConfidence: 0 });
  const s3 = (performance.now() - t) / 1000;
  t = performance.now();
  const built = buildArticle(input, { today: '2024-01-01' });
  const sb = (performance.now() - t) / 1000;
  const rss = process.resourceUsage().maxRSS / 1024;
  console.log(`${name.padEnd(18)} ${String(kb).padStart(5)} KB  stage1 ${s1.toFixed(2)} s  stage2 ${s2.toFixed(2)} s  stage3 ${s3.toFixed(2)} s  build ${sb.toFixed(2)} s  turtle ${(built.turtle.length / 1e6).toFixed(2)} MB  statements ${built.analysis.statements.length}  warnings ${built.analysis.warnings.length}  peak RSS ${rss.toFixed(0)} MB`);
}

const self = fileURLToPath(import.meta.url);
if (process.env.ROBUSTNESS_CHILD) {
  const [name, kb] = process.env.ROBUSTNESS_CHILD.split(':');
  await runOne(name!, Number(kb));
} else {
  const [only, ...sizes] = process.argv.slice(2);
  const kbs = sizes.length ? sizes.map(Number) : [16, 32, 64];
  for (const name of only ? [only] : Object.keys(CASES)) {
    for (const kb of kbs) {
      const r = spawnSync(process.execPath, ['--import', 'tsx', self], { env: { ...process.env, ROBUSTNESS_CHILD: `${name}:${kb}` }, encoding: 'utf8', timeout: 120_000 });
      process.stdout.write(r.stdout || `${name.padEnd(18)} ${String(kb).padStart(5)} KB  failed: ${(r.stderr || r.error?.message || `signal ${r.signal}`).split('\n').filter(Boolean).slice(-2).join(' | ')}\n`);
    }
  }
}
