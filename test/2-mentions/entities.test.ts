// Tests of stage 2's named entities (src/2-mentions/entities.ts) on invented news sentences:
// name spans, canonical keys and merging, roles and affiliations, capital metonymy, datelines.

import { describe, expect, it } from 'vitest';
import { readText } from '../../src/1-text/index.js';
import { findEntities } from '../../src/2-mentions/entities.js';
import type { Entity } from '../../src/types.js';

function run(text: string) {
  const layer = readText(text);
  const out = findEntities(layer);
  const byKey = new Map<string, Entity>(out.entities.map((e) => [e.key, e]));
  return { ...out, byKey, text };
}

/** The entity key of the mention that covers exactly `surface` (its n-th occurrence). */
function keyOf(r: ReturnType<typeof run>, surface: string, nth = 0): string | undefined {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = r.text.indexOf(surface, at + 1);
  return r.mentions.find((m) => m.start === at && m.end === at + surface.length)?.entity;
}

describe('findEntities', () => {
  it.each([
    ['Chancellor Greta Hollmann of Austria met the press in Vienna on Friday.', 'Greta Hollmann', 'Person/Greta Hollmann'],
    ['Brazilian Trade Minister Paulo Andrade Ribeiro left for Lisbon.', 'Paulo Andrade Ribeiro', 'Person/Paulo Andrade Ribeiro'],
    ['The deal was signed by Mr. Tomas Verhoeven in Rotterdam.', 'Tomas Verhoeven', 'Person/Tomas Verhoeven'],
    ['The lawyer for the family, Advocate Rana Qadir, argued that the arrest was unlawful.', 'Rana Qadir', 'Person/Rana Qadir'],
    ['Shares of Microsoft rose after the announcement.', 'Microsoft', 'Organization/Microsoft'],
    ['Heavy rain hit Portugal and Spain this week.', 'Spain', 'Place/Spain'],
    ['Rescuers searched for Aurora Air Flight 212 off the coast.', 'Aurora Air', 'Organization/Aurora Air'],
  ])('marks the name span only, without titles or address: %s', (text, surface, key) => {
    const r = run(text);
    expect(keyOf(r, surface)).toBe(key);
    // No mention starts earlier and covers the title or form of address.
    const at = text.indexOf(surface);
    expect(r.mentions.some((m) => m.start < at && m.end >= at + surface.length)).toBe(false);
  });

  it.each([
    ['Bowling first, Kent dismissed M. Orwell-Pike for 12 runs.', 'M. Orwell-Pike', 'Person/M. Orwell-Pike'],
    ['The report was written by M. Haverkamp and J. Lindqvist.', 'M. Haverkamp', 'Person/M. Haverkamp'],
    ['Dean Halvorsen scored 50 before lunch.', 'Dean Halvorsen', 'Person/Dean Halvorsen'],
    ['The striker Dean Okafor signed a new contract.', 'Dean Okafor', 'Person/Dean Okafor'],
  ])('keeps an initial "M." and a given name that is also a title ("Dean") in the name: %s', (text, surface, key) => {
    expect(keyOf(run(text), surface)).toBe(key);
  });

  it.each([
    ['The F.B.I. opened an inquiry into the harbour fire on Monday.', 'F.B.I.', 'Organization/FBI'],
    ['A former C.I.A. analyst spoke at the hearing.', 'C.I.A.', 'Organization/CIA'],
    ['The U.N. sent observers to the border.', 'U.N.', 'Organization/United Nations'],
  ])('reads an acronym written with full stops as the acronym: %s', (text, surface, key) => {
    expect(keyOf(run(text), surface)).toBe(key);
  });

  it('ends a name before a web address the tagger ran into', () => {
    const r = run('Ken Hollis https://twitter.com/KHollisDC contributed to this report.');
    expect(keyOf(r, 'Ken Hollis')).toBe('Person/Ken Hollis');
    expect(r.mentions.some((m) => r.text.slice(m.start, m.end).includes('https'))).toBe(false);
  });

  it.each([
    ['Pakistan captain Anis-ur-Rashid said the pitch was slow.', 'Anis-ur-Rashid', 'Person/Anis-ur-Rashid'],
    ['Bowling : Wasim Qadri 10-0-50-0 , Anis-ur-Rashid 6-0-40-1 .', 'Anis-ur-Rashid', 'Person/Anis-ur-Rashid'],
  ])('keeps a name whole over its inner "ur": %s', (text, surface, key) => {
    expect(keyOf(run(text), surface)).toBe(key);
  });

  it.each([
    ['The doctor moved from Halifax, Nova Scotia, to Regina last spring.', 'Nova Scotia', 'Place/Nova Scotia'],
    ['Flooding closed roads across New Brunswick on Tuesday.', 'New Brunswick', 'Place/New Brunswick'],
    ['Fires spread through Queensland and New South Wales.', 'Queensland', 'Place/Queensland'],
  ])('knows a province or state outside the US, even one that opens with a given name: %s', (text, surface, key) => {
    expect(keyOf(run(text), surface)).toBe(key);
  });

  it.each([
    ['Halden Chief Executive Robert Nardelli will step down in June.', 'Halden', 'Robert Nardelli'],
    ['Verano Chief Operating Officer Lisa Marsh resigned on Friday.', 'Verano', 'Lisa Marsh'],
    ['Brightwater Chief Executive Anna Holm said the plant would close.', 'Brightwater', 'Anna Holm'],
  ])('ends a company name before a title the tagger split from its person: %s', (text, company, person) => {
    const r = run(text);
    expect(keyOf(r, company)).toBe(`Organization/${company}`);
    expect(keyOf(r, person)).toBe(`Person/${person}`);
    expect(r.entities.some((e) => /Chief/.test(e.name))).toBe(false);
  });

  it.each([
    ["The U.S. envoy arrived late. Officials in the United States declined to comment, and America's allies waited.", ['U.S.', 'United States', 'America'], 'Place/United States'],
    ['Talks between the UK and France stalled. Britain blamed Paris.', ['UK', 'Britain'], 'Place/United Kingdom'],
  ])('gives country aliases one canonical entity: %s', (text, surfaces, key) => {
    const r = run(text);
    for (const s of surfaces) expect(keyOf(r, s)).toBe(key);
  });

  it.each([
    ['Egyptian officials met their Kenyan counterparts in Nairobi.', 'Egyptian', 'Place/Egypt'],
    ['Two American climbers were rescued on Tuesday.', 'American', 'Place/United States'],
    ['The Russian delegation walked out of the hall.', 'Russian', 'Place/Russia'],
  ])('links a demonym to its country: %s', (text, surface, key) => {
    const r = run(text);
    const m = r.mentions.find((x) => x.text === surface);
    expect(m?.kind).toBe('demonym');
    expect(m?.entity).toBe(key);
  });

  it.each([
    ['Ambassadors from the North Atlantic Treaty Organization (NATO) gathered in Brussels. NATO later issued a statement.', 'Organization/NATO', 'North Atlantic Treaty Organization'],
    ['The Coastal Fisheries Protection Agency (CFPA) fined three trawlers. The CFPA said it would appeal.', 'Organization/Coastal Fisheries Protection Agency', 'CFPA'],
  ])('ties an acronym to its expansion: %s', (text, key, alias) => {
    const r = run(text);
    const e = r.byKey.get(key);
    expect(e).toBeDefined();
    expect(e!.aliases).toContain(alias);
    expect(r.mentions.filter((m) => m.entity === key).length).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['Shares fell.\n\nExport Development Norvik lent the firm two million. EDN said the loan was safe.', 'Export Development Norvik', 'EDN'],
    ['The couple got a letter from Immigration, Refugees and Citizenship Norvik on Monday. IRCN said it would review the case.', 'Immigration, Refugees and Citizenship Norvik', 'IRCN'],
    ['Shares fell.\n\nExport Development Canada (EDC), the export agency, lent the firm two million. EDC’s clients were pleased. Later EDC said the loan was safe.', 'Export Development Canada', 'EDC'],
  ])('gives an organisation back the first word its acronym proves, for every use of the acronym: %s', (text, name, acronym) => {
    const r = run(text);
    expect(keyOf(r, name)).toBe(`Organization/${name}`);
    const uses = r.mentions.filter((m) => m.text === acronym);
    expect(uses.length).toBeGreaterThan(0);
    expect(uses.map((m) => m.entity)).toEqual(uses.map(() => `Organization/${name}`));
  });

  it.each([
    ['Prime Minister Helena Marquardt visited Hamburg. Marquardt promised new funds.', 'Marquardt', 'Person/Helena Marquardt'],
    ['Dr. Ingrid Solberg led the study. Dr. Solberg said the results were clear.', 'Solberg', 'Person/Ingrid Solberg'],
    ['Lindqvist scored twice in the second half, and Oskar Lindqvist was named man of the match.', 'Lindqvist', 'Person/Oskar Lindqvist'],
    ['Councillor Gareth Pennock said the change would save money. Pennock voted for it.', 'Pennock', 'Person/Gareth Pennock'],
    ['Shri Ramesh Gowda inaugurated the dam. Gowda said it was safe.', 'Gowda', 'Person/Ramesh Gowda'],
    ['Committee chairman Cllr Bernard Oakes said the plan would go ahead. Oakes voted for it.', 'Oakes', 'Person/Bernard Oakes'],
    ['Deputy President Kithure Wamalwa opened the road. Prof Wamalwa said it was safe.', 'Wamalwa', 'Person/Kithure Wamalwa'],
    ['Alhaji Musa Danladi, a trader, said the market was calm. Danladi sells rice.', 'Danladi', 'Person/Musa Danladi'],
    ['Drummer Tobi Okafor said the tour was long. Okafor wrote most of the songs.', 'Okafor', 'Person/Tobi Okafor'],
    ['Epidemiologist Ines Duarte led the study. Duarte said the risk was low.', 'Duarte', 'Person/Ines Duarte'],
    ['President Luiz Inácio Lula da Silva spoke first. Later Lula said the talks went well.', 'Lula', 'Person/Luiz Inácio Lula da Silva'],
    ['The Harbour Rivers Commission proposed new rules. The Commission said small farms would be exempt.', 'Commission', 'Organization/Harbour Rivers Commission'],
  ])('merges a surname with the full name seen earlier or later: %s', (text, surface, key) => {
    const r = run(text);
    const m = r.mentions.find((x) => x.text === surface);
    expect(m?.entity).toBe(key);
  });

  it.each([
    ['the author named first, her husband second', 'Cookbook author Marta Kowalczyk visited the kitchen with her husband Bartholomew Kowalczyk. Kowalczyk said the soup was easy.', 'Person/Marta Kowalczyk'],
    ['the senator named first, his brother second', 'Senator Aldo Ferrante met Bruno Ferrante, his brother, in Rome. Later Ferrante told reporters the talks went well.', 'Person/Aldo Ferrante'],
    ['one person written two ways', 'Ivan Petrovich Orlov arrived on Monday. Ivan Orlov greeted the crowd. Orlov said the trip was long.', 'Person/Ivan Petrovich Orlov'],
  ])('reads a surname two full names share as the person the story named first (%s)', (_name, text, key) => {
    const r = run(text);
    const surname = key.split(' ').at(-1)!;
    expect(r.mentions.filter((x) => x.text === surname).map((m) => m.entity)).toEqual([key]);
  });

  it.each([
    ['a party leader\'s title and an honorific', 'Jamaat-e-Islami Ameer Dr Karim Uddin said the vote was near.', ['Karim Uddin']],
    ['an occupation written before the name', 'Drummer Tobi Okafor said the tour was long.', ['Tobi Okafor']],
    ['a resident\'s word written before the name', 'Villager Anna Berg, 63, said the river had risen.', ['Anna Berg']],
    ['a pensioner\'s word written before the name', 'Pensioner Anna Berg said the rent had doubled.', ['Anna Berg']],
  ])('keeps a title out of every name (%s)', (_name, text, names) => {
    expect(run(text).mentions.filter((m) => m.kind === 'name').map((m) => m.text)).toEqual(names);
  });

  it('keeps a name\'s first piece that the tokenizer cut from a number written against it', () => {
    const r = run('Sales of the 5G Nimbus handset rose in May.');
    expect(r.mentions.map((m) => m.text)).toEqual(['5G Nimbus']);
  });

  it.each([
    ['a credit line', 'The mayor, Lena Dahl, said the bridge would open on Monday.\n\n(Reporting by Ines Moreau; Editing by Tomas Berg)', ['Person/Lena Dahl']],
    ['a byline', 'By Maren Holt, Harbour Press\n\nThe mayor, Lena Dahl, said the bridge would open on Monday.', ['Person/Lena Dahl']],
    ['a photo credit and a prompt', 'The mayor, Lena Dahl, said the bridge would open on Monday.\n\nPhoto: Karl Wendt/Reuters\n\nFollow us on Twitter for more.', ['Person/Lena Dahl']],
  ])('takes no names from boilerplate paragraphs: %s', (_name, text, keys) => {
    expect(run(text).entities.map((e) => e.key)).toEqual(keys);
  });

  it.each([
    ['a form of address before a Gulf ruler', 'His Highness Sheikh Hamdan bin Rashid received the envoy.', 'Sheikh Hamdan bin Rashid', 'Person/Sheikh Hamdan bin Rashid'],
    ['a company named for its engineering', 'Harbourside Dynamics said profit rose.', 'Harbourside Dynamics', 'Organization/Harbourside Dynamics'],
  ])('names and types a name by its words (%s)', (_name, text, surface, key) => {
    expect(keyOf(run(text), surface)).toBe(key);
  });

  it.each([
    ['after a portfolio', 'Minister for National Development Desmond Tan said the market was stable.', 'Desmond Tan', 'Person/Desmond Tan'],
    ['after a department', 'Harbour Development Minister Mary Okafor opened the pier.', 'Mary Okafor', 'Person/Mary Okafor'],
  ])('gives a person the given name an organisation before it took (%s)', (_name, text, surface, key) => {
    expect(keyOf(run(text), surface)).toBe(key);
  });

  it.each([
    ['a place before a comma', 'In Lisbon, Marta Sousa opened the new bridge.', 'Person/Marta Sousa'],
    ['a list of people', 'The guests were the mayor, Ola Berg and two teachers.', 'Person/Ola Berg'],
    ['an adverbial phrase', 'Speaking to reporters, Idris Kane said the talks would resume.', 'Person/Idris Kane'],
  ])('reads no role from what only stands before a name and a comma: %s', (_name, text, key) => {
    expect(run(text).byKey.get(key)?.roles).toEqual([]);
  });

  it.each([
    ['a spokesman for a person', 'Senator Idris Kane denied it. A spokesman for Kane said the senator was abroad.', 'Person/Idris Kane', ['Senator']],
    ['an adviser to a person', 'An adviser to Marta Sousa said the bridge would open.', 'Person/Marta Sousa', []],
  ])('reads no role from a title that ends in a preposition before the name (someone else\'s title): %s', (_name, text, key, roles) => {
    expect(run(text).byKey.get(key)?.roles).toEqual(roles);
  });

  it('never runs a name over a paragraph break (a headline, then its date line)', () => {
    const names = run('Norvik Shipping wins case against Harbour Computer\nMay 8, 2024\nThe board met on Monday.').entities.map((e) => e.name);
    expect(names).toContain('Harbour Computer');
    expect(names.filter((n) => /May/.test(n))).toEqual([]);
  });

  it('keeps a name whole over a line break inside a paragraph (hard-wrapped copy)', () => {
    const names = run('The board met on Monday.\n\nThe chair, Harbour Computer chief Anna\nBerg, said the plant would close.').entities.map((e) => e.name);
    expect(names).toContain('Anna Berg');
  });

  it.each([
    ['said', 'The tender was won by a company owned by Marta Sousa, a senior official said on Friday.', 'Person/Marta Sousa'],
    ['told', 'The contract went to a firm run by Idris Kane, a senior minister told reporters.', 'Person/Idris Kane'],
  ])('reads no role from a phrase after a name and one comma that is the subject of a reporting verb: %s', (_name, text, key) => {
    expect(run(text).byKey.get(key)?.roles).toEqual([]);
  });

  it.each([
    ['Indian Foreign Minister Rakesh Varma arrived in Tokyo on Monday.', 'Person/Rakesh Varma', 'Indian Foreign Minister', 'Place/India'],
    ['NATO Secretary General Pieter Halvorsen spoke in Riga.', 'Person/Pieter Halvorsen', 'NATO Secretary General', 'Organization/NATO'],
    ['Colonel Marcus Whitfield said the drills would continue.', 'Person/Marcus Whitfield', 'Colonel', undefined],
    ['Elena Voronova, a senior adviser to the World Bank, said growth would slow.', 'Person/Elena Voronova', 'senior adviser to the World Bank', 'Organization/World Bank'],
    ["The OECD's chief economist, Hanna Lindgren, said growth would slow.", 'Person/Hanna Lindgren', "OECD's chief economist", 'Organization/OECD'],
    ['The union leader, Tomasz Wrona, called the offer an insult.', 'Person/Tomasz Wrona', 'union leader', undefined],
    ['Tariffs hurt farmers, said the finance minister, Ruth Okonkwo.', 'Person/Ruth Okonkwo', 'finance minister', undefined],
    ['The guests included the President of Chile, Mrs. Carmen Olivares, and two ministers.', 'Person/Carmen Olivares', 'President of Chile', 'Place/Chile'],
    ['The Minister for Harbours, Tomas Varga, defended the changes.', 'Person/Tomas Varga', 'Minister for Harbours', undefined],
    ['Senior coroner Ana Ruiz recorded a conclusion of misadventure.', 'Person/Ana Ruiz', 'Senior coroner', undefined],
  ])('records the roles and affiliations written around a name: %s', (text, key, role, affiliation) => {
    const r = run(text);
    const e = r.byKey.get(key);
    expect(e?.roles).toContain(role);
    if (affiliation) expect(e?.affiliations).toContain(affiliation);
  });

  it.each([
    ['Washington said on Monday that the sanctions would stay.', 'Place/Washington', 'Place/United States'],
    ['Moscow is ready to talk, a spokesman said.', 'Place/Moscow', 'Place/Russia'],
    ['Relations between Tokyo and Seoul have improved.', 'Place/Tokyo', 'Place/Japan'],
  ])('records a capital used for its government as speaking for the country: %s', (text, key, country) => {
    const r = run(text);
    const e = r.byKey.get(key);
    expect(e?.type).toBe('Place');
    expect(e?.speaksFor).toBe(country);
  });

  it('leaves a capital named as a location without a government reading', () => {
    const r = run('The summit was held in Berlin on Thursday.');
    expect(r.byKey.get('Place/Berlin')?.speaksFor).toBeUndefined();
  });

  it.each([
    ['NAIROBI, March 3 (Reuters) - Kenya opened a new rail line on Friday.', 'Place/Nairobi'],
    ['OTTAWA (AP) — The government tabled its budget.', 'Place/Ottawa'],
    ['NEW YORK — Stocks fell sharply on Wednesday.', 'Place/New York'],
    ['Johannesburg - The power utility has warned of more outages this winter.', 'Place/Johannesburg'],
    ['Dunmore, March 3 (HNS) The power utility has warned of more outages this winter.', 'Place/Dunmore'],
  ])('reads the dateline place at the head of the article: %s', (text, key) => {
    expect(run(text).dateline).toBe(key);
  });

  it('types the dateline\'s name as its place when the tagger read an organisation', () => {
    const r = run('Madrid (AFP) - Prosecutors have opened an inquiry into the harbour contract, a judicial source said.');
    expect(r.dateline).toBe('Place/Madrid');
    expect(r.mentions.filter((m) => m.text === 'Madrid').map((m) => m.entity)).toEqual(['Place/Madrid']);
    expect(r.byKey.has('Organization/Madrid')).toBe(false);
  });

  it.each([
    ['an agency after it', 'DUNMORE HARBOUR (Reuters) - The ferry operator said on Friday that fares had doubled.', 'DUNMORE HARBOUR'],
    ['a date after it', 'KALVIK, March 3 (HNS) - The ferry operator said on Friday that fares had doubled.', 'KALVIK'],
  ])('types a dateline name the gazetteer does not know as a place when the tagger read an organisation (%s)', (_name, text, name) => {
    const r = run(text);
    const m = r.mentions.find((x) => x.text === name);
    expect(m?.entity.startsWith('Place/')).toBe(true);
    expect(r.dateline).toBe(m?.entity);
  });

  it('finds no dateline in a plain opening sentence', () => {
    expect(run('Stocks fell sharply on Wednesday in New York.').dateline).toBeNull();
  });

  it('gives Wikidata ids to countries', () => {
    const r = run('France and Germany signed the treaty.');
    expect(r.byKey.get('Place/France')?.wikidata).toBe('Q142');
    expect(r.byKey.get('Place/Germany')?.wikidata).toBe('Q183');
  });

  it.each([
    ['empty', ''],
    ['blank lines', '   \n\n  '],
    ['punctuation only', '!!! ??? ...'],
    ['brackets and dashes', '(((( ]]]] —— '],
    ['one long word', 'a'.repeat(5000)],
    ['all capitals', 'THE MINISTER SAID NOTHING ABOUT IT TODAY.'],
  ])('never throws on odd text: %s', (_label, text) => {
    expect(() => run(text)).not.toThrow();
  });

  it('keeps mention offsets exact', () => {
    const r = run('Protesters gathered outside the Kremlin as President Aleksandr Petrov met Chinese envoys.');
    for (const m of r.mentions) expect(r.text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('findEntities: government bodies, historical states, blocs, companies', () => {
  it.each([
    ['The Russian Foreign Ministry said on Monday the talks had failed.', 'Foreign Ministry', 'Organization/Russian Foreign Ministry', 'Place/Russia'],
    ["Russia's Foreign Ministry rejected the claim.", 'Foreign Ministry', 'Organization/Russian Foreign Ministry', 'Place/Russia'],
    ['The Ukrainian Foreign Ministry summoned the envoy.', 'Foreign Ministry', 'Organization/Ukrainian Foreign Ministry', 'Place/Ukraine'],
    ['The Ukrainian military said two drones were shot down.', 'Ukrainian military', 'Organization/Ukrainian military', 'Place/Ukraine'],
    ['The German government approved the budget.', 'German government', 'Organization/German government', 'Place/Germany'],
    ['A spokesman for the US State Department declined to comment.', 'US State Department', 'Organization/State Department', 'Place/United States'],
    ['The US Labor Department published the figures.', 'US Labor Department', 'Organization/US Labor Department', 'Place/United States'],
    ['Officials at the Kremlin were silent.', 'Kremlin', 'Organization/Kremlin', 'Place/Russia'],
    ['The foreign ministry in Beijing summoned the envoy.', 'foreign ministry', 'Organization/Chinese Foreign Ministry', 'Place/China'],
    ['The defence ministry in Moscow said two drones were shot down.', 'defence ministry', 'Organization/Russian Defence Ministry', 'Place/Russia'],
  ])('names a government body with its country and keeps the country as affiliation: %s', (text, surface, key, country) => {
    const r = run(text);
    expect(keyOf(r, surface)).toBe(key);
    expect(r.byKey.get(key)?.type).toBe('Organization');
    expect(r.byKey.get(key)?.affiliations).toContain(country);
  });

  it('joins a bare "Foreign Ministry" to the one country-qualified ministry of the article', () => {
    const r = run('The Russian Foreign Ministry issued a note. Later the Foreign Ministry added that talks would go on.');
    expect(keyOf(r, 'Foreign Ministry', 1)).toBe('Organization/Russian Foreign Ministry');
  });

  it('takes no body a country keeps abroad for the country of the capital it sits in', () => {
    const r = run('Officials at the embassy in Paris said the visa was refused.');
    expect(r.entities.filter((e) => e.type === 'Organization').map((e) => e.key)).toEqual([]);
  });

  it('keeps two countries\' ministries apart', () => {
    const r = run('The Russian Foreign Ministry and the Ukrainian Foreign Ministry traded accusations.');
    expect(keyOf(r, 'Foreign Ministry', 0)).toBe('Organization/Russian Foreign Ministry');
    expect(keyOf(r, 'Foreign Ministry', 1)).toBe('Organization/Ukrainian Foreign Ministry');
  });

  it.each([
    ['The Soviet Union collapsed in 1991.', 'Soviet Union', 'Place/Soviet Union', 'Q15180'],
    ['The USSR tested the bomb in 1949.', 'USSR', 'Place/Soviet Union', 'Q15180'],
    ['Historians compared it with the Third Reich.', 'Third Reich', 'Place/Nazi Germany', 'Q7318'],
    ['The Ottoman Empire ruled the region for centuries.', 'Ottoman Empire', 'Place/Ottoman Empire', 'Q12560'],
    ['He was born in Czechoslovakia.', 'Czechoslovakia', 'Place/Czechoslovakia', 'Q33946'],
    ['She grew up in East Germany.', 'East Germany', 'Place/East Germany', 'Q16957'],
  ])('types historical states as places with canonical names and Wikidata ids: %s', (text, surface, key, qid) => {
    const r = run(text);
    expect(keyOf(r, surface)).toBe(key);
    expect(r.byKey.get(key)?.subtype).toBe('historical-state');
    expect(r.byKey.get(key)?.wikidata).toBe(qid);
  });

  it.each([
    ['Moscow accused the West of hypocrisy.', true],
    ['Sanctions imposed by the West took effect.', true],
    ['Settlers moved into the West Bank.', false],
  ])('reads "the West" as the bloc only when it stands alone: %s', (text, bloc) => {
    expect(run(text).mentions.some((m) => m.entity === 'Place/West')).toBe(bloc);
  });

  it.each([
    ['Leaders of the North Atlantic Alliance met in Madrid.', 'North Atlantic Alliance', 'Organization/NATO'],
    ['NATO met in Madrid. The Alliance agreed to new plans.', 'Alliance', 'Organization/NATO'],
    ['The U.N. sent observers.', 'U.N.', 'Organization/United Nations'],
  ])('ties organisation aliases to their canonical name: %s', (text, surface, key) => {
    expect(keyOf(run(text), surface)).toBe(key);
  });

  it('leaves "Alliance" alone in an article without NATO', () => {
    expect(keyOf(run('The Alliance for Progress party won four seats. The Alliance said it was pleased.'), 'Alliance', 1)).not.toBe('Organization/NATO');
  });

  it.each([
    ['European leaders met on Friday.', 'European', 'Place/Europe'],
    ['Asian markets fell.', 'Asian', 'Place/Asia'],
    ['African nations voted against it.', 'African', 'Place/Africa'],
    ['Several Latin American countries abstained.', 'Latin American', 'Place/Latin America'],
    ['Soviet troops withdrew in 1989.', 'Soviet', 'Place/Soviet Union'],
  ])('ties regional and historical demonyms to their place: %s', (text, surface, key) => {
    const m = run(text).mentions.find((x) => x.text === surface);
    expect(m?.kind).toBe('demonym');
    expect(m?.entity).toBe(key);
  });

  it.each([
    ['The envoy said Moscow had friends in Asia, Africa and Latin America, whatever the West thought.', 'Latin America', 0, 'Place/Latin America'],
    ['Exports to South Africa rose, the ministry said.', 'South Africa', 0, 'Place/South Africa'],
  ])('types a country or continent of two words or more as a place, whatever the tagger reads: %s', (text, surface, nth, key) => {
    expect(keyOf(run(text), surface, nth)).toBe(key);
  });

  it.each([
    ['Shares of Chrysler fell. Chrysler said it would cut jobs.', 'Chrysler', 1, 'Organization/Chrysler'],
    ["Ryanair's chief executive said fares would rise.", 'Ryanair', 0, 'Organization/Ryanair'],
    ['The carmaker Daimler reported a loss.', 'Daimler', 0, 'Organization/Daimler'],
    ['Chrysler LLC filed for bankruptcy.', 'Chrysler LLC', 0, 'Organization/Chrysler'],
    ['Aer Lingus Group PLC rejected the bid. Aer Lingus said no.', 'Aer Lingus', 1, 'Organization/Aer Lingus'],
    ['Merano Group SpA will run the plant, and Merano said jobs were safe.', 'Merano', 1, 'Organization/Merano'],
    ['Voss Cables AB won the order. Voss Cables said on Friday it would hire.', 'Voss Cables', 1, 'Organization/Voss Cables'],
    ['China Eastern Airlines ordered twenty jets.', 'China Eastern Airlines', 0, 'Organization/China Eastern Airlines'],
  ])('types companies from their context and drops legal forms from their names: %s', (text, surface, nth, key) => {
    expect(keyOf(run(text), surface, nth)).toBe(key);
  });

  it.each([
    ['"The talks have failed," state-run Damascus Radio said in a commentary.', 'Damascus Radio', 0, 'Organization/Damascus Radio'],
    ['Baghdad Television said the talks had failed.', 'Baghdad Television', 0, 'Organization/Baghdad Television'],
  ])('reads a broadcaster named by its place as one organisation (issue 19): %s', (text, surface, nth, key) => {
    expect(keyOf(run(text), surface, nth)).toBe(key);
  });

  it.each([
    ['Johannesburg Water said repairs were under way.', 'Johannesburg Water', 0, 'Organization/Johannesburg Water'],
    ['Pipes burst overnight, Sydney Water said.', 'Sydney Water', 0, 'Organization/Sydney Water'],
    ['Officers from Victoria Police attended the scene.', 'Victoria Police', 0, 'Organization/Victoria Police'],
    ['A man was arrested, Greater Manchester Police said.', 'Greater Manchester Police', 0, 'Organization/Greater Manchester Police'],
  ])('reads a police force or water utility named by its place as one organisation: %s', (text, surface, nth, key) => {
    expect(keyOf(run(text), surface, nth)).toBe(key);
  });

  it('reads the name set off by commas after "a lawyer for the firm" as the lawyer, not the firm', () => {
    expect(keyOf(run('A lawyer for the firm, Daniel Okonjo, said the ferry was safe.'), 'Daniel Okonjo')).toBe('Person/Daniel Okonjo');
  });

  it('keeps a founder apart from the company named after him', () => {
    const r = run('Henry Ford founded the company in 1903. Ford shares rose on Monday.');
    expect(keyOf(r, 'Henry Ford')).toBe('Person/Henry Ford');
    expect(keyOf(r, 'Ford', 1)).toBe('Organization/Ford');
  });
});

describe('a faith or an ethnic group is no actor', () => {
  it.each([
    ['a faith before a noun', 'A major Muslim civil rights group says the mayor is wrong.', 'Muslim', undefined],
    ['a faith in a list of adjectives', 'Eleven progressive and Muslim organizations are asking the council to act.', 'Muslim', undefined],
    ['an ethnic group as a plural noun', 'Hispanics said they would vote for the measure.', 'Hispanics', undefined],
    ['an ethnic adjective before a noun', 'Latino voters in Nevada and Hispanic groups criticized the plan.', 'Hispanic', undefined],
    ['a longer name that holds the word', 'The Muslim Brotherhood held a rally in Alexandria.', 'Muslim Brotherhood', 'Organization/Muslim Brotherhood'],
    ['an indigenous people in two words before a noun', 'The court said that the water belonged to Native Hawaiian farmers.', 'Native Hawaiian', undefined],
  ])('%s', (_name, text, surface, key) => {
    expect(keyOf(run(text), surface)).toBe(key);
  });
});

describe('forms of address with a modifier', () => {
  it.each([
    ['"the Rt Rev" before a name', 'The Rt Rev Fiona Rennie, the Moderator of the Harbour Kirk, spoke about loneliness.', 'Fiona Rennie', 'Person/Fiona Rennie'],
    ['"the Rt Hon" before a name', 'The Rt Hon Sarah Jones said the bill was flawed.', 'Sarah Jones', 'Person/Sarah Jones'],
    ['a broadcaster written "RT"', 'RT reported that the talks had failed.', 'RT', 'Organization/RT'],
  ])('%s', (_name, text, surface, key) => {
    expect(keyOf(run(text), surface)).toBe(key);
  });
});

describe('Central Asian demonyms', () => {
  it.each([
    ['Speaking in Tajik, the president said the border would open.', 'Tajik', 'Place/Tajikistan'],
    ['Uzbek officials said the border would open.', 'Uzbek', 'Place/Uzbekistan'],
    ['Kyrgyz and Kazakh negotiators met in Almaty.', 'Kazakh', 'Place/Kazakhstan'],
  ])('%s: "%s" is the country\'s demonym', (text, surface, key) => {
    expect(keyOf(run(text), surface)).toBe(key);
  });
});

describe('a surname with a particle, after the full name', () => {
  it.each([
    ['an Irish surname', 'Councillor Ciarán Ó Súilleabháin said the road was unsafe. Later Cllr Ó Súilleabháin left.', 'Ó Súilleabháin', 1, 'Person/Ciarán Ó Súilleabháin'],
    ['a capitalised particle', 'Mayor Bill de Vries spoke first. De Vries said the pier would reopen.', 'De Vries', 0, 'Person/Bill de Vries'],
  ] as const)('%s', (_name, text, surface, nth, key) => {
    expect(keyOf(run(text), surface, nth)).toBe(key);
  });
});
