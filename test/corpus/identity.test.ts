import { describe, expect, it } from 'vitest';
import { mintIri } from '../../src/4-rdf/index.js';
import { parseGraph } from '../../src/5-graph/index.js';
import { buildArticleChunks, CorpusMerger, MemoryChunkStore, type ArticleChunks, type CorpusArticle } from '../../src/corpus/index.js';
import { chooseLabel, EvidenceCollector, resolveIdentity, type ActorEvidence } from '../../src/corpus/identity.js';
import type { EntityType } from '../../src/types.js';

type Spec = { type?: EntityType; labels: Record<string, number>; roles?: string[]; affiliations?: string[]; anonymous?: boolean; aliases?: string[]; sameAs?: string[] };

const iriOf = (type: EntityType, name: string): string => mintIri({ kind: 'actor', key: `${type}/${name}` });

// Evidence as the collector would sum it, keyed by the IRI of the first label.
function evidence(specs: Spec[]): Map<string, ActorEvidence> {
  const m = new Map<string, ActorEvidence>();
  for (const s of specs) {
    const type = s.type ?? 'Person';
    const iri = iriOf(type, Object.keys(s.labels)[0]!);
    const articles = Math.max(...Object.values(s.labels));
    m.set(iri, { iri, type, labels: new Map(Object.entries(s.labels)), aliases: new Set(s.aliases ?? []), roles: new Set(s.roles ?? []), affiliations: new Set(s.affiliations ?? []), sameAs: new Set(s.sameAs ?? []), anonymous: s.anonymous ?? false, articles });
  }
  return m;
}

const targetOf = (specs: Spec[], type: EntityType, name: string): string | undefined => resolveIdentity(evidence(specs)).get(iriOf(type, name))?.iri;

describe('resolveIdentity: persons', () => {
  it.each([
    ['a surname with one full name in the corpus', [{ labels: { 'Maria Okafor': 3 } }, { labels: { Okafor: 2 } }], 'Okafor', 'Maria Okafor'],
    ['a surname in capitals (a transcript)', [{ labels: { 'Tomas Lindqvist': 2 } }, { labels: { LINDQVIST: 1 } }], 'LINDQVIST', 'Tomas Lindqvist'],
    ['a given name alone, when an article shortened the full name to it', [{ labels: { 'Priya Raman': 4 }, aliases: ['Priya'] }, { labels: { Priya: 1 } }], 'Priya', 'Priya Raman'],
    ['a given name that an epithet also ends', [{ labels: { 'Priya Raman': 9 }, aliases: ['Priya'] }, { labels: { 'Crooked Priya': 1 } }, { labels: { Priya: 1 } }], 'Priya', 'Priya Raman'],
    ['a middle initial', [{ labels: { 'Dana Whitfield': 3 } }, { labels: { 'Dana K. Whitfield': 1 } }], 'Dana K. Whitfield', 'Dana Whitfield'],
    ['a nickname and a middle initial', [{ labels: { 'Bob Castellano': 3 } }, { labels: { 'Robert J. Castellano': 1 } }], 'Robert J. Castellano', 'Bob Castellano'],
    ['"Rudy" and "Rudolph"', [{ labels: { 'Rudy Castellano': 3 } }, { labels: { 'Rudolph W. Castellano': 1 } }], 'Rudolph W. Castellano', 'Rudy Castellano'],
    ['a generational suffix', [{ labels: { 'Elias Brandt': 3 } }, { labels: { 'Elias Brandt Jr.': 1 } }], 'Elias Brandt Jr.', 'Elias Brandt'],
    ['a name written without its accents', [{ labels: { 'Amélie Durand': 3 } }, { labels: { 'Amelie Durand': 1 } }], 'Amelie Durand', 'Amélie Durand'],
    ['full middle names', [{ labels: { 'Omar Haddad': 3 } }, { labels: { 'Omar Karim Saleh Haddad': 1 } }], 'Omar Karim Saleh Haddad', 'Omar Haddad'],
    ['an epithet before a full name', [{ labels: { 'Nora Vance': 5 } }, { labels: { 'Sleepy Nora Vance': 1 } }], 'Sleepy Nora Vance', 'Nora Vance'],
    ['a surname to the one namesake whose roles do not differ', [{ labels: { 'Ana Ferreira': 3 } }, { labels: { 'Rosa Ferreira': 2 }, roles: ['first-lady'] }, { labels: { Ferreira: 4 }, roles: ['president'] }], 'Ferreira', 'Ana Ferreira'],
    ['a surname to a namesake the corpus names five times as often as the others', [{ labels: { 'Ana Ferreira': 10 } }, { labels: { 'Luis Ferreira': 1 } }, { labels: { 'Rosa Ferreira': 1 } }, { labels: { Ferreira: 3 } }], 'Ferreira', 'Ana Ferreira'],
    ['a middle initial, affiliated with a place and a longer name of it', [{ labels: { 'Dana Whitfield': 3 }, affiliations: [iriOf('Place', 'Port Ellis City')] }, { labels: { 'Dana K. Whitfield': 1 }, affiliations: [iriOf('Place', 'Port Ellis')] }], 'Dana K. Whitfield', 'Dana Whitfield'],
    ['a middle initial, the affiliations contradicting but both linked to one Wikidata item', [{ labels: { 'Dana Whitfield': 3 }, affiliations: ['x:acme'], sameAs: ['wd:Q7'] }, { labels: { 'Dana K. Whitfield': 1 }, affiliations: ['x:globex'], sameAs: ['wd:Q7'] }], 'Dana K. Whitfield', 'Dana Whitfield'],
    ['a surname whose role picks one of two namesakes', [{ labels: { 'Ana Ferreira': 3 }, roles: ['mayor'] }, { labels: { 'Luis Ferreira': 2 }, roles: ['coach'] }, { labels: { Ferreira: 1 }, roles: ['mayor'] }], 'Ferreira', 'Ana Ferreira'],
  ] as [string, Spec[], string, string][])('merges %s', (_, specs, from, to) => {
    expect(targetOf(specs, 'Person', from)).toBe(iriOf('Person', to));
  });

  it.each([
    ['two full names share the surname', [{ labels: { 'Ana Ferreira': 3 } }, { labels: { 'Luis Ferreira': 2 } }, { labels: { Ferreira: 1 } }], 'Ferreira'],
    ['the most named namesake is under five times the others', [{ labels: { 'Ana Ferreira': 9 } }, { labels: { 'Luis Ferreira': 2 } }, { labels: { Ferreira: 1 } }], 'Ferreira'],
    ['the roles do not pick one namesake', [{ labels: { 'Ana Ferreira': 3 }, roles: ['mayor'] }, { labels: { 'Luis Ferreira': 2 }, roles: ['mayor'] }, { labels: { Ferreira: 1 }, roles: ['mayor'] }], 'Ferreira'],
    ['the affiliations contradict', [{ labels: { 'Maria Okafor': 3 }, affiliations: ['x:acme'] }, { labels: { Okafor: 2 }, affiliations: ['x:globex'] }], 'Okafor'],
    ['affiliated with two places, one name not a longer form of the other', [{ labels: { 'Dana Whitfield': 3 }, affiliations: [iriOf('Place', 'Port Ellis')] }, { labels: { 'Dana K. Whitfield': 1 }, affiliations: [iriOf('Place', 'Portland')] }], 'Dana K. Whitfield'],
    ['the affiliations contradict and only one of the two is linked to Wikidata', [{ labels: { 'Dana Whitfield': 3 }, affiliations: ['x:acme'], sameAs: ['wd:Q7'] }, { labels: { 'Dana K. Whitfield': 1 }, affiliations: ['x:globex'] }], 'Dana K. Whitfield'],
    ['the affiliations contradict and one is linked to a second Wikidata item too', [{ labels: { 'Dana Whitfield': 3 }, affiliations: ['x:acme'], sameAs: ['wd:Q7'] }, { labels: { 'Dana K. Whitfield': 1 }, affiliations: ['x:globex'], sameAs: ['wd:Q7', 'wd:Q8'] }], 'Dana K. Whitfield'],
    ['two different middle initials', [{ labels: { 'John Smith': 3 } }, { labels: { 'John A. Smith': 1 } }, { labels: { 'John B. Smith': 1 } }], 'John A. Smith'],
    ['two different middle names', [{ labels: { 'Omar Haddad': 3 } }, { labels: { 'Omar Karim Haddad': 1 } }, { labels: { 'Omar Samir Haddad': 1 } }], 'Omar Karim Haddad'],
    ['given names one letter apart', [{ labels: { 'Eric Dunmore': 3 } }, { labels: { 'Erica Dunmore': 1 } }], 'Erica Dunmore'],
    ['different given names', [{ labels: { 'Hana Mori': 3 } }, { labels: { 'Kenji Mori': 2 } }], 'Kenji Mori'],
    ['a given name no article used for the full name', [{ labels: { 'Priya Raman': 4 } }, { labels: { Priya: 1 } }], 'Priya'],
    ['an anonymous source', [{ labels: { 'Maria Okafor': 3 } }, { labels: { Okafor: 2 }, anonymous: true }], 'Okafor'],
  ] as [string, Spec[], string][])('keeps apart when %s', (_, specs, from) => {
    expect(targetOf(specs, 'Person', from)).toBeUndefined();
  });

  it('gives the same map whatever order the evidence came in', () => {
    const specs: Spec[] = [{ labels: { 'Maria Okafor': 3 } }, { labels: { Okafor: 2 } }, { labels: { 'Dana Whitfield': 3 } }, { labels: { 'Dana K. Whitfield': 1 } }, { labels: { 'Ana Ferreira': 2, 'ANA FERREIRA': 2 } }];
    const a = [...resolveIdentity(evidence(specs))];
    const b = [...resolveIdentity(evidence([...specs].reverse()))];
    expect(new Map(b)).toEqual(new Map(a));
    expect(a.length).toBe(3);
  });
});

describe('resolveIdentity: spelling variants', () => {
  const org = (name: string): string => iriOf('Organization', name);
  const orgs: Spec[] = [{ type: 'Organization', labels: { 'Acme Freight': 2 } }, { type: 'Organization', labels: { 'Globex Mills': 2 } }];
  it.each([
    ['a given name one letter short, rare beside one named in many articles', [{ labels: { 'Reinolt Vasko': 5 } }, { labels: { 'Renolt Vasko': 1 } }], 'Renolt Vasko', 'Reinolt Vasko'],
    ['a common given name with two letters swapped', [{ labels: { 'Kirsten Oduya': 3 } }, { labels: { 'Kristen Oduya': 1 } }], 'Kristen Oduya', 'Kirsten Oduya'],
    ['a given name no list knows, beside one people bear, as often named', [{ labels: { 'Ilyse Brannock': 1 } }, { labels: { 'IIyse Brannock': 1 } }], 'IIyse Brannock', 'Ilyse Brannock'],
    ['a spelling whose roles share a word', [{ labels: { 'Reinolt Vasko': 4 }, roles: ['republican-secretary-of-state'] }, { labels: { 'Renolt Vasko': 1 }, roles: ['ohio-secretary-of-state'] }], 'Renolt Vasko', 'Reinolt Vasko'],
    ['a spelling affiliated with a place, the other with an organisation', [...orgs, { labels: { 'Reinolt Vasko': 4 }, affiliations: [org('Acme Freight')] }, { labels: { 'Renolt Vasko': 1 }, affiliations: [iriOf('Place', 'Norway')] }], 'Renolt Vasko', 'Reinolt Vasko'],
  ] as [string, Spec[], string, string][])('merges %s', (_, specs, from, to) => {
    expect(targetOf(specs, 'Person', from)).toBe(iriOf('Person', to));
  });

  it.each([
    ['two common given names one letter apart', [{ labels: { 'Laura Penhallow': 5 } }, { labels: { 'Lauren Penhallow': 1 } }], 'Lauren Penhallow'],
    ['the two are linked to different Wikidata items', [{ labels: { 'Ivana Dresk': 3 }, sameAs: ['wd:Q1'] }, { labels: { 'Ivanka Dresk': 1 }, sameAs: ['wd:Q2'] }], 'Ivanka Dresk'],
    ['their organisations differ', [...orgs, { labels: { 'Reinolt Vasko': 5 }, affiliations: [org('Acme Freight')] }, { labels: { 'Renolt Vasko': 1 }, affiliations: [org('Globex Mills')] }], 'Renolt Vasko'],
    ['their roles share no word', [{ labels: { 'Reinolt Vasko': 5 }, roles: ['senator'] }, { labels: { 'Renolt Vasko': 1 }, roles: ['football-coach'] }], 'Renolt Vasko'],
    ['the rarer spelling is in three articles', [{ labels: { 'Reinolt Vasko': 9 } }, { labels: { 'Renolt Vasko': 3 } }], 'Renolt Vasko'],
    ['both given names are real and as often named', [{ labels: { 'Ivana Dresk': 1 } }, { labels: { 'Ivanka Dresk': 1 } }], 'Ivanka Dresk'],
    ['the surnames differ by a letter', [{ labels: { 'Reinolt Vasko': 5 } }, { labels: { 'Reinolt Vaska': 1 } }], 'Reinolt Vaska'],
  ] as [string, Spec[], string][])('keeps apart when %s', (_, specs, from) => {
    expect(targetOf(specs, 'Person', from)).toBeUndefined();
  });
});

describe('resolveIdentity: descriptions read as names', () => {
  it.each([
    ['a sentence-initial description', 'Several county officials'],
    ['a party adjective and a role', 'Republican campaign aides'],
    ['one function word', 'Some'],
    ['a quantifier before a name', 'Some Democrats'],
    ['a number before a name', 'One Republican'],
  ])('gives %s a node per article', (_, label) => {
    const t = resolveIdentity(evidence([{ labels: { [label]: 2 } }])).get(iriOf('Person', label));
    expect(t).toMatchObject({ perArticle: true, label: label.toLowerCase() });
  });

  it('gives a capitalised common noun a node per article when descriptions end with it', () => {
    const map = resolveIdentity(evidence([{ labels: { 'Many analysts': 1 } }, { labels: { Analysts: 2 } }, { labels: { 'Nadia Petrova': 2 } }]));
    expect(map.get(iriOf('Person', 'Analysts'))?.perArticle).toBe(true);
    expect(map.get(iriOf('Person', 'Nadia Petrova'))).toBeUndefined();
  });

  it.each([
    ['a plural group before "of"', 'Dozens of Yazidis'],
    ['a people of a country', 'Lithuanians of Canada'],
    ['a word fragment in lower case', 'anti-NATO-ish'],
    ['a function word abbreviated', 'No.'],
  ])('gives %s read as a person a node per article', (_, label) => {
    expect(resolveIdentity(evidence([{ labels: { [label]: 2 } }])).get(iriOf('Person', label))?.perArticle).toBe(true);
  });

  it.each([
    ['a given name before "of"', 'Charles of Anjou', 'Person'],
    ['a surname opened by a particle', 'de Vries', 'Person'],
    ['an organisation of a plural before "of"', 'Friends of the Wetlands', 'Organization'],
  ] as [string, string, EntityType][])('keeps %s a named node', (_, label, type) => {
    expect(resolveIdentity(evidence([{ type, labels: { [label]: 2 } }])).get(iriOf(type, label))).toBeUndefined();
  });

  it('keeps a qualified body that is named in lower case on purpose', () => {
    const specs: Spec[] = [{ type: 'Organization', labels: { 'German government': 3 }, affiliations: ['x:germany'] }];
    expect(resolveIdentity(evidence(specs)).get(iriOf('Organization', 'German government'))).toBeUndefined();
  });
});

describe('resolveIdentity: types and labels', () => {
  it('moves a name to the type most articles give it', () => {
    const specs: Spec[] = [{ type: 'Person', labels: { 'Ilse Marquardt': 4 } }, { type: 'Place', labels: { 'Ilse Marquardt': 1 } }];
    expect(targetOf(specs, 'Place', 'Ilse Marquardt')).toBe(iriOf('Person', 'Ilse Marquardt'));
  });

  it('keeps a one-word place apart from a namesake of another type', () => {
    const specs: Spec[] = [{ type: 'Place', labels: { Georgia: 9 } }, { type: 'Person', labels: { Georgia: 1 } }];
    expect(targetOf(specs, 'Person', 'Georgia')).toBeUndefined();
  });

  it.each([
    ['the label most articles give', { 'Hillary Clinton': 5, 'HIllary Clinton': 1 }, 'Hillary Clinton'],
    ['on a tie, a well-cased label', { 'HIllary Clinton': 2, 'Hillary Clinton': 2 }, 'Hillary Clinton'],
    ['on a tie, a label without a possessive', { "Okafor's": 1, Okafor: 1 }, 'Okafor'],
    ['on a tie, not a label in capitals', { OKAFOR: 1, Okafor: 1 }, 'Okafor'],
  ])('chooses %s', (_, labels, expected) => {
    expect(chooseLabel(new Map(Object.entries(labels)))).toBe(expected);
  });
});

// Invented articles: the full name is written in one, the surname alone in the other.
const article = (id: string, text: string): CorpusArticle => ({ id, text, published: '2024-03-04', title: null, url: null, author: null, source: `${id}.txt` });
const ARTICLES = [
  article('full-name', 'Senator Maria Okafor said on Monday that the budget would pass. The vote is set for Friday.'),
  article('surname', 'Okafor said the budget was "a good deal for the state". Her office did not say more.'),
  article('other', 'Mayor Tomas Lindqvist said the new bridge would open in May. Many residents said they would use it.'),
  article('other-2', 'Many residents said the new bridge was too narrow.'),
];

function mergeAll(chunks: readonly ArticleChunks[], identity = true): { json: string; turtle: string; nquads: string } {
  const m = new CorpusMerger(new MemoryChunkStore(), { identity });
  for (const c of chunks) m.add(c);
  const out = { json: '', turtle: '', nquads: '' };
  m.finish({ json: (t) => (out.json += t), turtle: (t) => (out.turtle += t), nquads: (t) => (out.nquads += t) });
  return out;
}

describe('CorpusMerger with corpus identity', () => {
  const chunks = ARTICLES.map((a) => buildArticleChunks(a, { today: '2024-06-01' }));

  it('keeps the articles it rewrites in the store it is given, with the same output as in memory', () => {
    const inMemory = mergeAll(chunks);
    const kept = new MemoryChunkStore();
    let puts = 0;
    const counting = { put: (p: Uint8Array, l: readonly number[]) => (puts++, kept.put(p, l)), get: kept.get.bind(kept) };
    const m = new CorpusMerger(new MemoryChunkStore(), { rewriteStore: counting });
    for (const c of chunks) m.add(c);
    const out = { json: '', turtle: '', nquads: '' };
    m.finish({ json: (t) => (out.json += t), turtle: (t) => (out.turtle += t), nquads: (t) => (out.nquads += t) });
    expect(puts).toBeGreaterThan(0);
    expect(out).toEqual(inMemory);
  });

  it('writes one node for a person the corpus names in full once', () => {
    const graph = parseGraph(mergeAll(chunks).json);
    expect(graph.hasNode(iriOf('Person', 'Maria Okafor'))).toBe(true);
    expect(graph.hasNode(iriOf('Person', 'Okafor'))).toBe(false);
    const speakers = graph.filterInNeighbors(iriOf('Person', 'Maria Okafor'), (_, a) => a.kind === 'statement');
    expect(speakers.length).toBe(2);
    expect(graph.getNodeAttribute(iriOf('Person', 'Maria Okafor'), 'label')).toBe('Maria Okafor');
  });

  it('gives a description read as a name one anonymous node per article', () => {
    const graph = parseGraph(mergeAll(chunks).json);
    const residents = graph.filterNodes((_, a) => a.kind === 'actor' && String(a.label).toLowerCase() === 'many residents');
    expect(residents).toHaveLength(2);
    expect(graph.hasNode(iriOf('Person', 'Many residents'))).toBe(false);
  });

  it('writes the plain union when identity is off', () => {
    const graph = parseGraph(mergeAll(chunks, false).json);
    expect(graph.hasNode(iriOf('Person', 'Okafor'))).toBe(true);
  });

  it('writes the same bytes whatever order the articles came in', () => {
    const a = mergeAll(chunks);
    const b = mergeAll([...chunks].reverse());
    expect(b).toEqual(a);
    expect(a.nquads).not.toContain(`<${iriOf('Person', 'Okafor')}>`);
  });
});

describe('EvidenceCollector: anonymous actors', () => {
  const TYPE = '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>';
  const LABEL = '<http://www.w3.org/2000/01/rdf-schema#label>';
  const ANON = '<https://w3id.org/newsgraph/ns#anonymous> "true"^^<http://www.w3.org/2001/XMLSchema#boolean>';
  const source = iriOf('Person', 'a spokesman (article 4)');
  const named = `<${source}> ${TYPE} <https://w3id.org/newsgraph/ns#Person> .\n<${source}> ${LABEL} "Chief Spokesman" .\n`;
  const anonymous = `<${source}> ${TYPE} <https://w3id.org/newsgraph/ns#Person> .\n<${source}> ${LABEL} "a senior aide" .\n<${source}> ${ANON} .\n`;
  const other = `<${iriOf('Person', 'Nadia Petrova')}> ${TYPE} <https://w3id.org/newsgraph/ns#Person> .\n<${iriOf('Person', 'Nadia Petrova')}> ${LABEL} "Nadia Petrova" .\n`;

  it.each([
    ['the anonymous article last', [named, anonymous, other]],
    ['the anonymous article first', [anonymous, other, named]],
  ])('keeps only the head words of an actor some article marks anonymous, %s', (_, articles) => {
    const c = new EvidenceCollector();
    for (const a of articles) c.add(a);
    expect([...c.actors.keys()]).toEqual([iriOf('Person', 'Nadia Petrova')]);
    expect([...c.anonymousHeads].sort()).toEqual(['aide', 'spokesman']);
  });

  it('resolves as when the anonymous actor is in the evidence itself', () => {
    // "Analysts" is a common noun only because an unnamed source is "the analysts".
    const specs: Spec[] = [{ labels: { Analysts: 2 } }, { labels: { 'Nadia Petrova': 2 } }, { labels: { 'the analysts': 1 }, anonymous: true }];
    const all = evidence(specs);
    const apart = evidence(specs.filter((s) => !s.anonymous));
    expect([...resolveIdentity(apart, ['analysts'])]).toEqual([...resolveIdentity(all)]);
    expect(resolveIdentity(apart, ['analysts']).get(iriOf('Person', 'Analysts'))?.reason).toBe('description');
    expect(resolveIdentity(apart).get(iriOf('Person', 'Analysts'))?.reason).toBeUndefined();
  });
});
