// Identity report on a merged corpus (issue 19): reads the N-Quads of `build --merge` (one named
// graph per article) and lists suspected splits (persons sharing a surname with compatible names),
// suspected junk labels (headline verbs, function words, lower-case words inside names), generic
// nodes shared by several articles, each person's labels, and the share of persons and
// organisations linked to Wikidata (owl:sameAs). Names only; no article text.
//   npx tsx scripts/identity-report.ts graphs/corpus.nq [--labels] [--wikidata] [--min-statements N]

import { readFileSync } from 'node:fs';
import { NG, OWL, WD_NS } from '../src/4-rdf/index.js';
import { EvidenceCollector, chooseLabel, isActorIri, nameTokens, type ActorEvidence } from '../src/corpus/identity.js';
import { FUNCTION_WORDS, HEADLINE_VERBS, NAME_PARTICLES } from '../src/corpus/identity-words.js';
import { NAME_END_STOPS } from '../src/2-mentions/entities/words.js';

interface Actor extends ActorEvidence {
  label: string;
  statements: number;
}

/** Reads a merged .nq: evidence per actor (summed per article graph) and statements spoken. */
export function readCorpus(nq: string): Map<string, Actor> {
  const byGraph = new Map<string, string[]>();
  const spoken = new Map<string, number>();
  for (const line of nq.split('\n')) {
    if (!line) continue;
    const s = line.slice(1, line.indexOf('>'));
    if (line.includes(`<${NG.speaker}> <`)) {
      const o = line.split(' ')[2]!.slice(1, -1);
      spoken.set(o, (spoken.get(o) ?? 0) + 1);
    }
    if (!isActorIri(s)) continue;
    const g = line.slice(line.lastIndexOf(' <', line.length - 3) + 2, line.lastIndexOf('>'));
    const triple = `${line.slice(0, line.lastIndexOf(' <', line.length - 3))} .`;
    const list = byGraph.get(g);
    if (list) list.push(triple);
    else byGraph.set(g, [triple]);
  }
  const ev = new EvidenceCollector();
  for (const g of [...byGraph.keys()].sort()) ev.add(byGraph.get(g)!.join('\n'));
  const out = new Map<string, Actor>();
  for (const [iri, e] of ev.actors) out.set(iri, { ...e, label: chooseLabel(e.labels), statements: spoken.get(iri) ?? 0 });
  return out;
}

/** Why a label is suspected junk, or null. */
export function junkReason(a: Pick<Actor, 'label' | 'type' | 'anonymous'>): string | null {
  if (a.anonymous) return null;
  const words = a.label.split(/\s+/);
  const lower = words.map((w) => w.toLowerCase().replace(/[.,'’]+$/u, ''));
  const verb = words.find((w, i) => i > 0 && /^\p{Lu}/u.test(w) && HEADLINE_VERBS.has(lower[i]!));
  if (verb) return `headline verb "${verb}"`;
  if (words.length === 1 && FUNCTION_WORDS.has(lower[0]!)) return 'function word';
  if (a.type === 'Person') {
    const small = words.find((w) => /^\p{Ll}/u.test(w) && !NAME_PARTICLES.has(w.toLowerCase().split('-')[0]!));
    if (small) return `lower-case word "${small}" in a person's name`;
    if (/\d/.test(a.label)) return "digits in a person's name";
  }
  const last = words[words.length - 1]!;
  if (words.length > 1 && NAME_END_STOPS.has(lower[lower.length - 1]!) && /\p{Ll}/u.test(last)) return 'ends with a function word';
  return null;
}

/** Groups of persons with one surname whose names are compatible (no two different given names). */
export function suspectedSplits(actors: readonly Actor[]): Actor[][] {
  const bySurname = new Map<string, Actor[]>();
  for (const a of actors) {
    if (a.type !== 'Person' || a.anonymous) continue;
    const t = nameTokens(a.label);
    if (!t.length) continue;
    const k = t[t.length - 1]!;
    bySurname.set(k, [...(bySurname.get(k) ?? []), a]);
  }
  const out: Actor[][] = [];
  for (const group of bySurname.values()) {
    if (group.length < 2) continue;
    const given = new Set(group.map((a) => nameTokens(a.label)).filter((t) => t.length > 1).map((t) => t[0]!.charAt(0)));
    if (given.size <= 1) out.push(group.sort((a, b) => b.statements - a.statements || a.iri.localeCompare(b.iri)));
  }
  return out.sort((a, b) => sumStatements(b) - sumStatements(a));
}

/** Wikidata ids (Q…) each actor IRI is owl:sameAs, from the merged N-Quads. */
export function wikidataLinks(nq: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const mark = `> <${OWL.sameAs}> <${WD_NS}`;
  for (const line of nq.split('\n')) {
    const at = line.indexOf(mark);
    if (at < 0) continue;
    const iri = line.slice(1, at);
    const id = line.slice(at + mark.length, line.indexOf('>', at + mark.length));
    out.set(iri, (out.get(iri) ?? new Set()).add(id));
  }
  return out;
}

const sumStatements = (g: readonly Actor[]): number => g.reduce((n, a) => n + a.statements, 0);

/** Non-anonymous nodes with no capital letter (common nouns) that several articles share. */
export function genericNodes(actors: readonly Actor[]): Actor[] {
  return actors.filter((a) => !a.anonymous && a.articles >= 2 && !/\p{Lu}/u.test(a.label)).sort((a, b) => b.articles - a.articles);
}

function main(): void {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) {
    console.error('usage: npx tsx scripts/identity-report.ts <merged.nq> [--labels] [--wikidata] [--min-statements N]');
    process.exit(2);
  }
  const minAt = args.indexOf('--min-statements');
  const min = minAt >= 0 ? Number(args[minAt + 1]) : 0;
  const nq = readFileSync(file, 'utf8');
  const actors = [...readCorpus(nq).values()].filter((a) => a.type);
  const count = (t: string): number => actors.filter((a) => a.type === t && !a.anonymous).length;
  console.log(`# ${file}: ${actors.length} actors (${count('Person')} persons, ${count('Organization')} organisations, ${count('Place')} places named; ${actors.filter((a) => a.anonymous).length} anonymous)`);
  const splits = suspectedSplits(actors);
  console.log(`\n## Suspected splits: ${splits.length}`);
  for (const g of splits) console.log(`- ${g.map((a) => `${a.label} [${a.statements} st, ${a.articles} art]`).join(' | ')}`);
  const junk = actors.map((a) => [a, junkReason(a)] as const).filter(([, r]) => r);
  console.log(`\n## Suspected junk labels: ${junk.length}`);
  for (const [a, r] of junk) console.log(`- ${a.type} "${a.label}" [${a.statements} st, ${a.articles} art]: ${r}`);
  const generic = genericNodes(actors);
  console.log(`\n## Generic nodes shared by articles: ${generic.length}`);
  for (const a of generic) console.log(`- ${a.type} "${a.label}" in ${a.articles} articles`);
  const multi = actors.filter((a) => a.type === 'Person' && !a.anonymous && a.labels.size + a.aliases.size > 1);
  console.log(`\n## Persons with more than one label: ${multi.length}`);
  if (args.includes('--labels')) {
    const persons = actors.filter((a) => a.type === 'Person' && !a.anonymous && a.statements >= min).sort((a, b) => b.statements - a.statements);
    console.log(`\n## Each person's labels (${persons.length}, ≥ ${min} statements)`);
    for (const a of persons) console.log(`- ${a.label} [${a.statements} st]: ${[...a.labels.keys(), ...[...a.aliases].map((x) => `alt "${x}"`)].join('; ')}`);
  }
  if (args.includes('--wikidata')) {
    const links = wikidataLinks(nq);
    const named = actors.filter((a) => (a.type === 'Person' || a.type === 'Organization') && !a.anonymous && a.statements >= min).sort((a, b) => b.statements - a.statements);
    const linked = named.filter((a) => links.has(a.iri));
    console.log(`\n## Wikidata links: ${linked.length} of ${named.length} persons and organisations with ≥ ${min} statements (${((100 * linked.length) / Math.max(1, named.length)).toFixed(1)}%)`);
    for (const a of named) console.log(`- ${a.type} "${a.label}" [${a.statements} st]: ${links.has(a.iri) ? [...links.get(a.iri)!].join(', ') : '—'}`);
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) main();
