// Cold start of the CLI (issue 24 item 3): user + sys CPU time of whole `newsgraph` processes — a
// one-article annotate (with and without a calendar date), said-by on the sample's Turtle, --help,
// and `node -e 0` — for one or more checkouts (each built with `npm run build`), run in alternating
// order round by round, with the load average printed beside each round.
//   npx tsx scripts/bench-start.ts [--rounds 9] <checkout> [<checkout> …]

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ options: { rounds: { type: 'string', default: '9' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
if (values.help) {
  console.log('Usage: npx tsx scripts/bench-start.ts [--rounds 9] <checkout> [<checkout> …]\n\nUser + sys CPU of whole newsgraph processes (a one-article annotate, the same dated, said-by on the sample, --help, node -e 0)\nfor each checkout (built with npm run build), in alternating order round by round, with the load average.');
  process.exit(0);
}
const ROUNDS = Number(values.rounds);
const CHECKOUTS = (positionals.length ? positionals : ['.']).map((d) => resolve(d));
for (const d of CHECKOUTS) if (!existsSync(join(d, 'dist/cli/main.js'))) throw new Error(`bench-start: ${d} has no dist/; run "npm run build" there.`);

const ARTICLE = 'Prime Minister John Smith said on Monday that the budget would be balanced by 2026. "We will not raise taxes," he told reporters in Ottawa.';
/** Each case: a label, the CLI arguments given the checkout, and stdin. */
const CASES: Array<{ label: string; args: (dir: string) => string[]; input: string }> = [
  { label: 'annotate', args: () => ['annotate'], input: `${JSON.stringify({ id: 'a', text: ARTICLE })}\n` },
  { label: 'annotate (dated)', args: () => ['annotate'], input: `${JSON.stringify({ id: 'a', text: ARTICLE.replace('on Monday', 'on March 3') })}\n` },
  { label: 'said-by', args: (d) => ['said-by', 'Sergei Lavrov', join(d, 'examples/lavrov-blinken-message.ttl')], input: '' },
  { label: '--help', args: () => ['--help'], input: '' },
];

/** User + sys milliseconds of one child process, from bash's `times` (children's line). */
function cpuOf(argv: string[], input: string): number {
  const r = spawnSync('bash', ['-c', '"$@" >/dev/null 2>&1 || echo failed; times', 'bench-start', ...argv], { input, encoding: 'utf8' });
  if (r.stdout.includes('failed')) throw new Error(`bench-start: ${argv.join(' ')} failed`);
  const children = r.stdout.trim().split('\n').at(-1)!.match(/(\d+)m([\d.]+)s (\d+)m([\d.]+)s/);
  if (!children) throw new Error(`bench-start: cannot read the times of ${argv.join(' ')}: ${r.stdout}`);
  return (Number(children[1]) * 60 + Number(children[2]) + Number(children[3]) * 60 + Number(children[4])) * 1000;
}

const runs = new Map<string, number[]>();
const record = (key: string, ms: number): void => void runs.set(key, [...(runs.get(key) ?? []), ms]);
const loads: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  // Alternate the order of the checkouts, so neither always runs first.
  const order = round % 2 === 0 ? CHECKOUTS : [...CHECKOUTS].reverse();
  for (const c of CASES) for (const dir of order) record(`${c.label}\t${dir}`, cpuOf([process.execPath, join(dir, 'bin/newsgraph.js'), ...c.args(dir)], c.input));
  record('node -e 0\t', cpuOf([process.execPath, '-e', '0'], ''));
  loads.push(loadavg()[0]!);
  console.log(`round ${round + 1}, load ${loads.at(-1)!.toFixed(2)}`);
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`\nuser + sys CPU ms, ${ROUNDS} rounds, load ${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(2)}: median (min–max)`);
for (const [key, xs] of runs) {
  const [label, dir] = key.split('\t');
  console.log(`${label!.padEnd(18)} ${String(Math.round(median(xs))).padStart(5)} (${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))})  ${dir}`);
}
