// Builds data/gazetteers/wikidata-people.json, the compact table stage 2 links people to Wikidata
// with (src/2-mentions/entities/wikidata.ts): members of the US Congress, presidents and vice
// presidents from unitedstates/congress-legislators (CC0; raw YAML files given as paths, never
// committed), plus the hand-written well-known people of wikidata-known.json.
// Run: node data/gazetteers/build-wikidata.mjs <legislators-current*.yaml, oldest first> <executive.yaml>
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const QID = /^Q[1-9][0-9]*$/;
const PARTY = { Democrat: 'Democratic Party', Republican: 'Republican Party', Independent: 'Independent', Libertarian: 'Libertarian Party' };
const ROLE = { sen: 'senator', rep: 'representative', prez: 'president', viceprez: 'vice president' };
// US state codes (as the files write them) → the names regions.json uses.
const STATES = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut', DE: 'Delaware',
  FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky',
  LA: 'Louisiana', ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri',
  MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York',
  NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania', RI: 'Rhode Island',
  SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont', VA: 'Virginia', WA: 'Washington',
  WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming', DC: 'District of Columbia', PR: 'Puerto Rico', GU: 'Guam', VI: 'Virgin Islands',
  AS: 'American Samoa', MP: 'Northern Mariana Islands',
};

/**
 * Reads the person records of a congress-legislators YAML file. The files are machine-written with
 * a fixed layout ("- id:" opens a record at column 0, two-space nesting), so a line reader suffices
 * and the build needs no YAML package.
 */
function readLegislators(text) {
  const out = [];
  let cur = null;
  let section = '';
  let term = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('- ')) {
      cur = { ids: {}, name: {}, terms: [] };
      out.push(cur);
      section = line.slice(2).replace(/:$/, '');
      continue;
    }
    if (!cur) continue;
    const top = /^  ([a-z_]+):\s*(.*)$/.exec(line);
    if (top) {
      section = top[1];
      continue;
    }
    const field = /^    ([a-z_]+):\s*(.*)$/.exec(line);
    const item = /^  - ([a-z_]+):\s*(.*)$/.exec(line);
    if (section === 'terms' && item) {
      term = { [item[1]]: unquote(item[2]) };
      cur.terms.push(term);
    } else if (field && section === 'terms' && term) term[field[1]] = unquote(field[2]);
    else if (field && section === 'id') cur.ids[field[1]] = unquote(field[2]);
    else if (field && section === 'name') cur.name[field[1]] = unquote(field[2]);
  }
  return out;
}
const unquote = (v) => v.replace(/^'(.*)'$/, '$1').replace(/^"(.*)"$/, '$1');

// The table stores names folded as src/2-mentions/entities/wikidata.ts foldName folds them (no
// accents, periods or generational suffix, lower case), so loading it folds nothing; a test checks
// that every stored name is already folded.
const GENERATIONAL = new Set(JSON.parse(readFileSync(join(here, '../lexicon/actor-names.json'), 'utf8')).generationalSuffixes);
function foldName(name) {
  const plain = /[^\x00-\x7f]/.test(name) ? name.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[’‘]/g, "'") : name;
  return plain.toLowerCase().split(/[\s.,]+/).filter((w) => w && !GENERATIONAL.has(w)).join(' ');
}
const folded = (list) => [...new Set(list.map(foldName))];

/** The names news writes for a legislator: the official form, first + last, nickname + last, with a middle initial. */
function namesOf(n) {
  const strong = new Set();
  const weak = new Set();
  const last = n.last;
  if (!last || !n.first) return { strong, weak };
  if (n.official_full) strong.add(n.official_full);
  const given = n.nickname ?? n.first;
  strong.add(`${given} ${last}`);
  if (n.middle) strong.add(`${given} ${n.middle.length === 1 || /^[A-Z]\.$/.test(n.middle) ? n.middle.replace(/\.?$/, '.') : n.middle[0] + '.'} ${last}`);
  // A legal first name beside a nickname ("Rafael Cruz" for Ted Cruz) is also someone else's name: weak.
  if (n.nickname && !/^[A-Z]\.?$/.test(n.first)) weak.add(`${n.first} ${last}`);
  for (const s of strong) weak.delete(s);
  return { strong, weak };
}

const people = new Map();
function put(qid, rec) {
  const prev = people.get(qid);
  if (!prev) return void people.set(qid, rec);
  for (const k of ['names', 'weak', 'parties', 'roles', 'states']) for (const v of rec[k]) if (!prev[k].includes(v)) prev[k].push(v);
  prev.known ||= rec.known;
}

// A person's Wikidata id can change between versions (a duplicate item merged into another): the
// file given last decides, by the person's Congress id (bioguide). A legislator's record without
// one is a member-elect not yet seated (a later version has the whole record); presidents who never
// sat in Congress have none and are kept by their Wikidata id.
const executive = (p) => p.terms.some((t) => t.type === 'prez' || t.type === 'viceprez');
const latest = new Map();
for (const path of process.argv.slice(2)) {
  for (const p of readLegislators(readFileSync(path, 'utf8'))) if (p.ids.bioguide && QID.test(p.ids.wikidata ?? '')) latest.set(p.ids.bioguide, p.ids.wikidata);
}
for (const path of process.argv.slice(2)) {
  for (const p of readLegislators(readFileSync(path, 'utf8'))) {
    const qid = p.ids.bioguide ? latest.get(p.ids.bioguide) : executive(p) ? p.ids.wikidata : undefined;
    if (!qid || !QID.test(qid)) continue;
    const { strong, weak } = namesOf(p.name);
    if (!strong.size) continue;
    const roles = [...new Set(p.terms.map((t) => ROLE[t.type]).filter(Boolean))];
    put(qid, {
      names: [...strong],
      weak: [...weak],
      country: 'United States',
      parties: [...new Set(p.terms.map((t) => PARTY[t.party]).filter(Boolean))],
      roles,
      states: [...new Set(p.terms.map((t) => STATES[t.state]).filter(Boolean))],
      // Presidents and vice presidents are well known: their full name alone links.
      known: roles.includes('president') || roles.includes('vice president'),
    });
  }
}

const known = JSON.parse(readFileSync(join(here, 'wikidata-known.json'), 'utf8'));
for (const k of known.people) {
  if (!QID.test(k.wikidata)) throw new Error(`wikidata-known.json: "${k.name}" has no valid Wikidata id`);
  put(k.wikidata, { names: [k.name, ...(k.aliases ?? [])], weak: [], country: k.country ?? '', parties: k.parties ?? [], roles: k.roles ?? [], states: [], known: true });
}

// One row per person, sorted by id: [qid, folded names, folded weak names, country, parties, roles, states, known]; lists joined by "|".
const rows = [...people.entries()]
  .sort(([a], [b]) => Number(a.slice(1)) - Number(b.slice(1)))
  .map(([qid, r]) => {
    const names = folded(r.names);
    const weak = folded(r.weak).filter((n) => !names.includes(n));
    return [qid, names.join('|'), weak.join('|'), r.country, r.parties.join('|'), r.roles.join('|'), r.states.join('|'), r.known ? 1 : 0];
  });
const header = {
  _comment: 'Generated by build-wikidata.mjs: do not edit. Sources and licence: README.md (congress-legislators CC0; wikidata-known.json).',
  columns: ['wikidata', 'names (folded)', 'weakNames (folded)', 'country', 'parties', 'roles', 'states', 'wellKnown'],
};
writeFileSync(join(here, 'wikidata-people.json'), JSON.stringify({ ...header, people: rows }).replace(/\],\[/g, '],\n[') + '\n');
console.log(`people: ${rows.length} (${rows.filter((r) => r[7]).length} well known)`);
