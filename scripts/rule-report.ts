// Per-rule precision of stage 3 on the evaluation sets: every statement records the rule that read it
// (src/3-statements/rules.ts), so each rule's candidates can be matched to gold the way the scorer
// does (scripts/lib/gold-match.ts). Writes docs/rules.md (the rules table, one table per set, the ten
// weakest rules per set) and prints a summary. Numbers only: no evaluation text reaches the output.
//   npx tsx scripts/rule-report.ts [eval-folder=../shared/eval] [out=docs/rules.md]

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { DEFAULT_MIN_CONFIDENCE } from '../src/3-statements/confidence.js';
import { RULES } from '../src/3-statements/rules.js';
import { analyze } from '../src/pipeline.js';
import type { Statement } from '../src/types.js';
import { anchorSpans, matchAnchors, matchQuotes, QUOTE_OVERLAP, type TextSpan } from './lib/gold-match.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EVAL = resolve(ROOT, process.argv[2] ?? '../shared/eval');
const OUT = resolve(ROOT, process.argv[3] ?? 'docs/rules.md');
/** A fixed "today" so the report does not change with the date it is run on (it only bounds inferred article dates). */
const TODAY = '2024-01-01';
/** Rules with fewer candidates than this are left out of the weakest list: their precision says little. */
const MIN_FOR_WEAKEST = 5;
const WEAKEST = 10;

type GoldKind = 'quotes' | 'claims';
const SETS: readonly { name: string; gold: GoldKind }[] = [
  { name: 'polnear-train', gold: 'quotes' },
  { name: 'polnear-dev', gold: 'quotes' },
  { name: 'ggt-dev', gold: 'quotes' },
  { name: 'meantime-claims', gold: 'claims' },
];

interface GoldDoc {
  id: string;
  text: string;
  published?: string | null;
  annotates?: string[];
  quotes?: { content_start: number; content_end: number }[];
  claims?: { anchor: string }[];
  nestedClaims?: { anchor: string }[];
}

/** Counts of one rule on one set: candidates (minConfidence 0) and kept statements (default threshold). */
interface RuleCounts {
  read: number;
  matched: number;
  kept: number;
  keptMatched: number;
  /** Candidates / kept statements the scorer does not count here (unattributed quotations; a kind outside `annotates`). */
  unscored: number;
  keptUnscored: number;
}

interface SetReport {
  name: string;
  gold: GoldKind;
  docs: number;
  goldItems: number;
  rules: Map<string, RuleCounts>;
  /** Why candidates were not scored, with their number (minConfidence 0 run). */
  unscoredWhy: Map<string, number>;
  /** Candidates that carry a `kind` (the scorer filters by kind only on sets with `annotates`). */
  withKind: number;
}

function readDocs(file: string): GoldDoc[] {
  return gunzipSync(readFileSync(file)).toString('utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldDoc);
}

/** The published date as `newsgraph annotate` normalises it (src/cli/commands/annotate.ts). */
function publishedOf(doc: GoldDoc): string | null {
  return typeof doc.published === 'string' && /^\d{4}-\d{2}-\d{2}/.test(doc.published) ? doc.published.slice(0, 10) : null;
}

/** Why the scorer leaves a statement out, or null when it counts (the contract drops unattributed quotations; score.mjs countedStatements). */
function unscoredReason(s: Statement, annotates: ReadonlySet<string> | null): string | null {
  if (s.unattributed) return 'unattributed quotation (not in the contract)';
  if (annotates && s.kind != null && !annotates.has(s.kind)) return `kind "${s.kind}" (the set annotates ${[...annotates].join(', ')} only)`;
  return null;
}

/** For each scored statement, whether it matches gold; unscored statements get null. */
function matchesOf(doc: GoldDoc, gold: GoldKind, statements: readonly Statement[]): { matched: (boolean | null)[]; why: (string | null)[] } {
  const annotates = Array.isArray(doc.annotates) ? new Set(doc.annotates) : null;
  const why = statements.map((s) => unscoredReason(s, annotates));
  const scored = statements.map((_, i) => i).filter((i) => why[i] === null);
  const spans: TextSpan[] = scored.map((i) => statements[i]!.content);
  const hit =
    gold === 'quotes'
      ? matchQuotes((doc.quotes ?? []).map((q) => ({ start: q.content_start, end: q.content_end })), spans, QUOTE_OVERLAP)
      : matchAnchors(anchorSpans(doc.text, [...(doc.claims ?? []), ...(doc.nestedClaims ?? [])].map((c) => c.anchor)), spans);
  const matched: (boolean | null)[] = statements.map(() => null);
  scored.forEach((i, k) => (matched[i] = hit[k]! >= 0));
  return { matched, why };
}

function countsOf(rules: Map<string, RuleCounts>, rule: string): RuleCounts {
  let c = rules.get(rule);
  if (!c) rules.set(rule, (c = { read: 0, matched: 0, kept: 0, keptMatched: 0, unscored: 0, keptUnscored: 0 }));
  return c;
}

function reportSet(name: string, gold: GoldKind, docs: readonly GoldDoc[]): SetReport {
  const rules = new Map<string, RuleCounts>();
  const unscoredWhy = new Map<string, number>();
  let goldItems = 0;
  let withKind = 0;
  docs.forEach((doc, n) => {
    if (n % 100 === 0) process.stderr.write(`rule-report: ${name} ${n}/${docs.length}\n`);
    goldItems += gold === 'quotes' ? (doc.quotes ?? []).length : (doc.claims ?? []).length + (doc.nestedClaims ?? []).length;
    const input = { id: doc.id, text: doc.text, published: publishedOf(doc) };
    const candidates = analyze(input, { today: TODAY, minConfidence: 0 }).statements;
    const all = matchesOf(doc, gold, candidates);
    withKind += candidates.filter((s) => s.kind != null).length;
    candidates.forEach((s, i) => {
      const c = countsOf(rules, s.rule ?? '(none)');
      if (all.why[i] !== null) {
        c.unscored++;
        unscoredWhy.set(all.why[i]!, (unscoredWhy.get(all.why[i]!) ?? 0) + 1);
      } else {
        c.read++;
        if (all.matched[i]) c.matched++;
      }
    });
    const kept = analyze(input, { today: TODAY, minConfidence: DEFAULT_MIN_CONFIDENCE }).statements;
    const km = matchesOf(doc, gold, kept);
    kept.forEach((s, i) => {
      const c = countsOf(rules, s.rule ?? '(none)');
      if (km.why[i] !== null) c.keptUnscored++;
      else {
        c.kept++;
        if (km.matched[i]) c.keptMatched++;
      }
    });
  });
  return { name, gold, docs: docs.length, goldItems, rules, unscoredWhy, withKind };
}

// ------------------------------------------------------------------ formatting

const FAMILY = new Map<string, string>(RULES.map((r) => [r.id, r.family]));
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Rule ids sorted by family, then id (ids rules.ts does not know last). */
function byFamily(ids: Iterable<string>): string[] {
  return [...ids].sort((a, b) => cmp(FAMILY.get(a) ?? '~', FAMILY.get(b) ?? '~') || cmp(a, b));
}

const ratio = (a: number, b: number): string => (b ? (a / b).toFixed(3) : '–');
const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, '<br>');

function totals(r: SetReport): RuleCounts {
  const t: RuleCounts = { read: 0, matched: 0, kept: 0, keptMatched: 0, unscored: 0, keptUnscored: 0 };
  for (const c of r.rules.values()) for (const k of Object.keys(t) as (keyof RuleCounts)[]) t[k] += c[k];
  return t;
}

/** The rules with at least MIN_FOR_WEAKEST scored candidates, lowest precision first (then more candidates, then id). */
function weakest(r: SetReport): [string, RuleCounts][] {
  return [...r.rules.entries()]
    .filter(([, c]) => c.read >= MIN_FOR_WEAKEST)
    .sort(([a, x], [b, y]) => x.matched / x.read - y.matched / y.read || y.read - x.read || cmp(a, b))
    .slice(0, WEAKEST);
}

function rulesTable(): string[] {
  const lines = ['| id | family | reason | example |', '|---|---|---|---|'];
  for (const r of RULES) lines.push(`| \`${r.id}\` | ${r.family} | ${cell(r.reason)} | ${cell(r.example)} |`);
  return lines;
}

function setSection(r: SetReport): string[] {
  const t = totals(r);
  const what = r.gold === 'quotes' ? `${r.goldItems} gold quotations` : `${r.goldItems} gold claim anchors (claims and nested claims)`;
  const lines = [
    `## ${r.name}`,
    '',
    `${r.docs} documents, ${what}. Candidates: ${t.read} scored, ${t.matched} matched (precision ${ratio(t.matched, t.read)}); ` +
      `kept at the default threshold: ${t.kept} scored, ${t.keptMatched} matched (precision ${ratio(t.keptMatched, t.kept)}). ` +
      `${r.withKind} of the candidates carry a \`kind\`.` +
      (r.name.includes('train') ? ' The confidence model was trained on this set: its kept figures are in-sample.' : ''),
    '',
    '| rule | family | read | matched | precision | kept | kept matched | kept precision |',
    '|---|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const id of byFamily(r.rules.keys())) {
    const c = r.rules.get(id)!;
    if (!c.read && !c.kept) continue;
    lines.push(`| \`${id}\` | ${FAMILY.get(id) ?? '?'} | ${c.read} | ${c.matched} | ${ratio(c.matched, c.read)} | ${c.kept} | ${c.keptMatched} | ${ratio(c.keptMatched, c.kept)} |`);
  }
  const silent = RULES.filter((x) => !r.rules.has(x.id)).map((x) => `\`${x.id}\``);
  lines.push('', `Rules with no candidate here: ${silent.length ? silent.join(', ') : 'none'}.`);
  if (r.unscoredWhy.size) {
    lines.push('', 'Not scored (left out of the tables above, as the scorer leaves them out):', '', '| rule | candidates | kept |', '|---|---:|---:|');
    for (const id of byFamily(r.rules.keys())) {
      const c = r.rules.get(id)!;
      if (c.unscored || c.keptUnscored) lines.push(`| \`${id}\` | ${c.unscored} | ${c.keptUnscored} |`);
    }
    lines.push('', ...[...r.unscoredWhy.entries()].sort((a, b) => cmp(a[0], b[0])).map(([why, n]) => `- ${n} candidates: ${why}`));
  }
  lines.push('', `Ten weakest rules (lowest precision among rules with ${MIN_FOR_WEAKEST} or more candidates):`, '');
  lines.push('| rule | read | matched | precision | kept precision |', '|---|---:|---:|---:|---:|');
  for (const [id, c] of weakest(r)) lines.push(`| \`${id}\` | ${c.read} | ${c.matched} | ${ratio(c.matched, c.read)} | ${ratio(c.keptMatched, c.kept)} |`);
  return lines;
}

function markdown(reports: readonly SetReport[], missing: readonly string[]): string {
  const lines = [
    '# Stage 3 rules and their precision',
    '',
    '_Generated by `scripts/rule-report.ts` — do not edit by hand. Regenerate with `npx tsx scripts/rule-report.ts` ' +
      '(reads `../shared/eval`; numbers only, no evaluation text)._',
    '',
    `Each statement records the rule that read it (\`src/3-statements/rules.ts\`). **read**: the rule's candidates with the ` +
      `confidence model off (\`minConfidence: 0\`); **kept**: its statements at the default threshold (${DEFAULT_MIN_CONFIDENCE}; ` +
      'this also keeps nested reports of a named person below it, and adds the `quoted-words` fallback). ' +
      `**matched**: quotation sets follow the scorer — greedy in gold order, a gold quotation is matched by the unused statement ` +
      `covering the largest share (> ${QUOTE_OVERLAP}) of its content; claim sets: a statement matches when its content holds a ` +
      'gold anchor (at its first occurrence) no earlier statement took, one anchor per statement. Claim gold marks selected ' +
      'statements only, so its precision is a lower bound. Precision = matched / read. On a set whose gold says it annotates ' +
      'some kinds only (ggt-dev: speech), a statement of another `kind` is not scored and is listed apart, as the scorer ' +
      'leaves it out; a statement with no `kind` is scored. Unattributed quotations are not in the contract and not scored. ' +
      'Articles are read with `today` ' +
      `${TODAY} and the published date as \`newsgraph annotate\` takes it.`,
    '',
    '## The rules',
    '',
    `${RULES.length} rules, as \`src/3-statements/rules.ts\` lists them: cue rules, document passes, and the fallbacks that run after the confidence model.`,
    '',
    ...rulesTable(),
  ];
  for (const r of reports) lines.push('', ...setSection(r));
  if (missing.length) lines.push('', `Sets not found when this was generated: ${missing.join(', ')}.`);
  return lines.join('\n') + '\n';
}

function summary(r: SetReport): string {
  const t = totals(r);
  const lines = [
    `${r.name}: ${r.docs} docs, ${r.goldItems} gold; candidates ${t.read} read, ${t.matched} matched, P ${ratio(t.matched, t.read)}; ` +
      `kept ${t.kept}, ${t.keptMatched} matched, P ${ratio(t.keptMatched, t.kept)}` +
      (t.unscored ? `; not scored ${t.unscored} candidates / ${t.keptUnscored} kept` : ''),
    `  weakest (read >= ${MIN_FOR_WEAKEST}): ` + weakest(r).map(([id, c]) => `${id} ${c.matched}/${c.read}=${ratio(c.matched, c.read)}`).join(', '),
  ];
  return lines.join('\n');
}

function main(): void {
  const reports: SetReport[] = [];
  const missing: string[] = [];
  for (const set of SETS) {
    const file = join(EVAL, `${set.name}.jsonl.gz`);
    if (!existsSync(file)) {
      process.stderr.write(`rule-report: ${file} not found; ${set.name} skipped.\n`);
      missing.push(set.name);
      continue;
    }
    reports.push(reportSet(set.name, set.gold, readDocs(file)));
  }
  if (!reports.length) {
    process.stderr.write(`rule-report: no evaluation set found in ${EVAL}; nothing written. Pass the folder as the first argument.\n`);
    process.exitCode = 1;
    return;
  }
  writeFileSync(OUT, markdown(reports, missing));
  process.stdout.write(reports.map(summary).join('\n') + `\n-> ${relative(process.cwd(), OUT)}\n`);
}

main();
