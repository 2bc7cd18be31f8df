// Builds data/gazetteers/wikidata-offices.json, the second people table stage 2 links people to
// Wikidata with (src/2-mentions/entities/wikidata.ts): holders of US public offices — members of
// Congress and of the state legislatures, governors and lieutenant governors, cabinet members,
// White House staff, ambassadors, judges — from the Wikidata query results ("position, person,
// personID, start, end") that every-politician-scrapers/us-cabinet publishes (html/holders21.csv,
// html/legislators.csv; Wikidata content, CC0), and the holders' relatives (html/family.csv). The
// raw CSV files are given as paths, never committed: see README.md for how to get them.
// Run: node data/gazetteers/build-wikidata-offices.mjs <holders21.csv> <legislators.csv> <family.csv>
//        [--country "United Kingdom" <its holders21.csv> <legislators.csv> <family.csv> …] [--country '' <world holders21.csv>]
//
// An office is written as the linker matches it: alternatives joined by "/", each a run of key
// words that must all be in one of the entity's roles, "@State" after a state's office, "~<id>" for
// a relative of that office holder. A row holds no party and no well-known flag: its person links
// only where the article's own role words name one of the person's offices ("White House press secretary", "New Jersey Gov."), and a
// state's office only where the article or the role names that state too (linker, `offices`).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const QID = /^Q[1-9][0-9]*$/;
// Terms that ended before this year are left out: their holders are history, not news, and their
// names would only make today's namesakes ambiguous.
const SINCE = '1990';
const STATES = JSON.parse(readFileSync(join(here, 'regions.json'), 'utf8'))['us-state'];
// Longest first, so that "West Virginia" is found before "Virginia".
const STATES_BY_LENGTH = [...STATES, 'Puerto Rico', 'Guam', 'American Samoa', 'Northern Mariana Islands', 'United States Virgin Islands'].sort((a, b) => b.length - a.length);

/** Reads a CSV file with a header line into objects (fields may be double-quoted). */
function readCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field), (field = '');
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== '' || row.length) row.push(field), rows.push(row);
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

// The country's name is left out of an office's key words: it is rarely written beside the name
// ("Secretary of State John Kerry", not "United States Secretary of State"); so are the words that
// join. "White House" and "President" stay: a press secretary, counsel or senior adviser is the
// White House's or the President's only when the article says so.
const DROP = /\b(?:(?:of|to) the )?(?:United States|U\.S\.)\b/gi;
const STOP = new Set(['of', 'the', 'to', 'for', 'and', 'on', 'in', 'a', 'an']);
/** One spelling for words news and Wikidata spell two ways. */
const SPELLING = { advisor: 'adviser', defence: 'defense', counsellor: 'counselor' };
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The key words of a label, the country's own name left out ("Prime Minister of the United Kingdom" → prime minister). */
const keyWords = (label, country = 'United States') =>
  label
    .replace(DROP, ' ')
    .replace(country ? new RegExp(`\\b(?:(?:of|to) )?(?:the )?${escape(country)}\\b`, 'gi') : /$^/, ' ')
    .toLowerCase()
    .replace(/[^\p{L}.\s-]+/gu, ' ')
    .split(/\s+/)
    .filter((w) => w && !STOP.has(w))
    .map((w) => SPELLING[w] ?? w);

/**
 * The office a position label stands for, as the linker matches it: alternatives joined by "/",
 * each a run of key words that must all be in one of the entity's roles, and "@State" when the
 * office is a state's (the state must be named too). null: a position left out.
 */
function office(position, country) {
  const p = position.trim();
  if (country !== 'United States') return foreignOffice(p, country);
  if (/^United States senator$/i.test(p)) return 'senator';
  if (/^(United States representative|non-voting member of the House of Representatives)$/i.test(p)) return 'representative/congressman/congresswoman/congressmember';
  // An ambassador's country may share a state's name ("ambassador to Georgia").
  const state = /^ambassador\b/i.test(p) ? undefined : STATES_BY_LENGTH.find((s) => p.includes(s));
  // State legislatures: "member of the State Senate of Ohio", "Ohio state senator", "Member of the
  // New Jersey General Assembly", "member of the Virginia House of Delegates".
  if (state && /\b(senate|state senator)\b/i.test(p)) return `state senator@${state}`;
  if (state && /\bhouse of delegates\b/i.test(p)) return `delegate/state delegate@${state}`;
  if (state && /\b(assembly)\b/i.test(p)) return `assemblyman/assemblywoman/assemblymember/assembly member/state representative@${state}`;
  if (state && /\b(house of representatives|state representative)\b/i.test(p)) return `state representative@${state}`;
  // A state's executive: "Governor of New Jersey", "Lieutenant Governor of Ohio", "Secretary of State of Georgia".
  if (state) {
    const head = keyWords(p.replace(state, '')).join(' ');
    return head ? `${head}@${state}` : null;
  }
  const words = keyWords(p);
  return words.length ? words.join(' ') : null;
}

/**
 * Another country's office: a member of its parliament is an "MP" ("Labour MP Jess Phillips");
 * a Secretary of State or Minister for a portfolio also goes by the portfolio's first word before
 * the title ("Secretary of State for the Home Department" → "home secretary", "Minister of State
 * for Europe" → "europe minister"), as British news writes them. Members of the House of Lords are
 * left out: their labels are peerage titles ("X, Baron Y"), not the names news uses.
 */
function foreignOffice(p, country) {
  if (/^Member of the House of Lords$/i.test(p)) return null;
  if (/^Member of the .*\bParliament\b/i.test(p)) return 'mp/member parliament';
  const words = keyWords(p, country);
  if (!words.length) return null;
  const portfolio = /^(?:Secretary of State|Minister(?: of State)?) for (?:the )?([\p{L}-]+)/iu.exec(p);
  const short = portfolio ? `${SPELLING[portfolio[1].toLowerCase()] ?? portfolio[1].toLowerCase()} ${/^Secretary/i.test(p) ? 'secretary' : 'minister'}` : null;
  return short && short !== words.join(' ') ? `${words.join(' ')}/${short}` : words.join(' ');
}

// The table stores names folded as src/2-mentions/entities/wikidata.ts foldName folds them.
const GENERATIONAL = new Set(JSON.parse(readFileSync(join(here, '../lexicon/actor-names.json'), 'utf8')).generationalSuffixes);
function foldName(name) {
  const plain = /[^\x00-\x7f]/.test(name) ? name.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[’‘]/g, "'") : name;
  return plain.toLowerCase().split(/[\s.,]+/).filter((w) => w && !GENERATIONAL.has(w)).join(' ');
}

/**
 * The name a label gives: a British peer's or knight's label keeps the title after a comma ("David
 * Wolfson, Baron Wolfson of Tredegar"), news the name before it; a generational suffix after a
 * comma ("John King, Jr.") stays, for foldName to drop.
 */
function nameOf(label) {
  const comma = label.indexOf(',');
  if (comma < 0) return label;
  const after = label.slice(comma + 1).trim().toLowerCase().replace(/\.$/, '');
  return GENERATIONAL.has(after) ? label : label.slice(0, comma).trim();
}

const people = new Map();
const add = (qid, label, office, country) => {
  const p = people.get(qid) ?? { labels: new Set(), offices: new Set(), country };
  p.labels.add(nameOf(label));
  p.offices.add(office);
  p.country = country;
  people.set(qid, p);
};
let kept = 0;
// "--country <name>" sets the country of the files after it (countries.json's name; the United
// States by default): a row's country is that of the last file naming the person. An empty name
// ("--country ''") is no country: the offices of international organisations (every-politician-
// scrapers/world: Secretary-General of the United Nations, Director-General of the WTO …), whose
// holders no article's country contradicts.
let country = 'United States';
const args = process.argv.slice(2);
for (let a = 0; a < args.length; a++) {
  if (args[a] === '--country') {
    country = args[++a];
    continue;
  }
  const path = args[a];
  const rows = readCsv(readFileSync(path, 'utf8'));
  // html/family.csv (id, name, relationship, relative, relativename): the relatives of the office
  // holders ("Ivanka Trump", a child of Q22686). A relative's office is "~" and the holder's id: the
  // relative links only in an article that links the holder too. A name with a generational suffix
  // is left out: folded, "Donald Trump Jr." is his father's name.
  if (rows.length && 'relative' in rows[0]) {
    for (const r of rows) {
      const label = r.relativename;
      if (!QID.test(r.id) || !QID.test(r.relative) || !label || label === r.relative) continue;
      if (label.split(/[\s,]+/).some((w) => GENERATIONAL.has(w.toLowerCase().replace(/\.$/, '')) || GENERATIONAL.has(w.toLowerCase()))) continue;
      kept++;
      add(r.relative, label, `~${r.id}`, country);
    }
    continue;
  }
  for (const r of rows) {
    const qid = r.personID;
    const label = r.person;
    if (!QID.test(qid) || !label || label === qid) continue;
    if (r.end && r.end < SINCE) continue;
    const o = office(r.position, country);
    if (!o) continue;
    kept++;
    add(qid, label, o, country);
  }
}

// One row per person, sorted by id: [qid, offices, country], the offices as indices into the file's
// list of offices (a thousand distinct ones over 8,000 people), the country as an index into its
// `countries`, left out for the first (the United States).
// The names are in `index`, one line per folded name, sorted (by UTF-16 code units, as JavaScript's
// "<" compares), "name<TAB>rows": the linker finds a name by binary search over the lines, with no
// index to build at the first link. A row number with "w" marks a weak name: the label's form
// without its middle initials ("Matthew J. Flynn" → "Matthew Flynn"), someone else's name too, which
// links only with an office the article names.
const officeList = [...new Set([...people.values()].flatMap((p) => [...p.offices]))].sort();
const officeIndex = new Map(officeList.map((o, i) => [o, i]));
const countries = [...new Set(['United States', ...[...people.values()].map((p) => p.country)])];
const rows = [];
const names = new Map();
const addName = (name, entry) => (names.get(name) ?? names.set(name, []).get(name)).push(entry);
for (const [qid, p] of [...people.entries()].sort(([a], [b]) => Number(a.slice(1)) - Number(b.slice(1)))) {
  const strong = [...new Set([...p.labels].map(foldName))].filter((n) => n.split(' ').length >= 2);
  if (!strong.length) continue;
  const weak = [...new Set(strong.map((n) => n.split(' ').filter((w, i, all) => i === 0 || i === all.length - 1 || w.length > 1).join(' ')))].filter((n) => !strong.includes(n));
  const row = rows.length;
  const held = [...p.offices].map((o) => officeIndex.get(o)).sort((a, b) => a - b).join('|');
  const c = countries.indexOf(p.country);
  rows.push(c ? [qid, held, c] : [qid, held]);
  for (const n of strong) addName(n, String(row));
  for (const n of weak) addName(n, `${row}w`);
}
const index = [...names.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([n, e]) => `${n}\t${e.join(',')}`).join('\n');
const header = {
  _comment: 'Generated by build-wikidata-offices.mjs: do not edit. Source and licence: README.md (Wikidata query results of every-politician-scrapers/us-cabinet, CC0).',
  columns: ['wikidata', 'offices (indices into `offices`)', 'country (index into `countries`; none: the first)'],
  countries,
  offices: officeList,
};
writeFileSync(join(here, 'wikidata-offices.json'), JSON.stringify({ ...header, people: rows }).replace(/\],\[/g, '],\n[').replace(/\]\}$/, `],\n"index":${JSON.stringify(index)}}`) + '\n');
console.log(`offices: ${rows.length} people (${names.size} names) from ${kept} terms, ${officeList.length} offices`);
