// Stage 2 (src/2-mentions/entities/wikidata.ts): people and organisations link to Wikidata by
// canonical name plus the article's own context, and never on weak or ambiguous evidence; stage 4
// writes the link as owl:sameAs. The sentences are written for this test; the ids are those of the
// bundled tables (data/gazetteers/wikidata-people.json, wikidata-offices.json, organizations.json).
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../../src/build.js';
import { analyze } from '../../../src/pipeline.js';
import { articleContext, foldName, linkOrganization, linkPerson, type ArticleContext } from '../../../src/2-mentions/entities/wikidata.js';
import type { Entity } from '../../../src/types.js';
import peopleData from '../../../data/gazetteers/wikidata-people.json' with { type: 'json' };
import officesData from '../../../data/gazetteers/wikidata-offices.json' with { type: 'json' };

/** The Wikidata id each person and organisation of the text gets (null: none). */
function links(text: string): Record<string, string | null> {
  const a = analyze({ id: 'wd', text, published: '2024-05-06' }, { today: '2024-12-31' });
  return Object.fromEntries(a.mentions.entities.filter((e) => e.type !== 'Place').map((e) => [e.name, e.wikidata ?? null]));
}

const person = (name: string, roles: string[] = [], affiliations: string[] = []): Entity => ({ key: `Person/${name}`, name, type: 'Person', aliases: [], roles, affiliations });
const org = (name: string, affiliations: string[] = []): Entity => ({ key: `Organization/${name}`, name, type: 'Organization', aliases: [], roles: [], affiliations });
const NO_CONTEXT: ArticleContext = { country: null, places: new Set() };
const US: ArticleContext = { country: 'United States', places: new Set(['United States']) };

describe('Wikidata links in an article', () => {
  it.each([
    ['a well-known full name alone', 'Barack Obama spoke to students in Chicago on Tuesday.', 'Barack Obama', 'Q76'],
    ['a legislator named with the title the table confirms', 'Sen. Elizabeth Warren said the proposal would not pass this year.', 'Elizabeth Warren', 'Q434706'],
    ['namesakes told apart by the title', 'Sen. Robert Menendez said the talks had stalled.', 'Robert Menendez', 'Q888132'],
  ])('links %s', (_, text, name, id) => {
    expect(links(text)[name]).toBe(id);
  });

  it.each([
    ['a surname alone', 'Warren said the proposal would not pass this year.', 'Warren'],
    ['namesakes (father and son sat in Congress) with nothing to tell them apart', 'Robert Menendez said the talks in New Jersey had stalled.', 'Robert Menendez'],
    ['a legislator\'s full name with no title, party or state to confirm it', 'Adam Schiff, who runs a bakery in Toledo, said prices were rising.', 'Adam Schiff'],
    ['a name the tables do not hold', 'Mira Kostadinova said the harvest was late.', 'Mira Kostadinova'],
  ])('refuses %s', (_, text, name) => {
    const found = links(text);
    expect(Object.keys(found)).toContain(name);
    expect(found[name]).toBeNull();
  });
});

describe('linkPerson', () => {
  it.each([
    ['Elizabeth Warren', ['Sen.'], [], NO_CONTEXT, 'Q434706'],
    ['Elizabeth Warren', [], ['Organization/Democratic Party'], NO_CONTEXT, 'Q434706'],
    ['Elizabeth Warren', [], [], { country: 'United States', places: new Set(['Massachusetts']) }, 'Q434706'],
    ['Elizabeth Warren', [], [], NO_CONTEXT, 'no-context'],
    ['Warren', ['Sen.'], [], NO_CONTEXT, 'one-word'],
    ['Robert C.', ['Sen.'], [], NO_CONTEXT, 'one-word'],
    ['Robert Menendez', ['Rep.'], [], NO_CONTEXT, 'ambiguous'],
    ['Hillary Rodham Clinton', [], [], NO_CONTEXT, 'Q6294'],
    ['Angela Merkel', [], ['Place/France'], NO_CONTEXT, 'country-conflict'],
  ] as [string, string[], string[], ArticleContext, string][])('%s with roles %j and affiliations %j → %s', (name, roles, affiliations, ctx, expected) => {
    expect(linkPerson(person(name, roles, affiliations), ctx, new Set(['France', 'Germany']))).toBe(expected);
  });
});

describe('office holders (wikidata-offices.json)', () => {
  it.each([
    ['a governor named with the office and the state', 'New Jersey Gov. Chris Christie said the bridge would reopen next month.', 'Chris Christie', 'Q63879'],
    ['a cabinet member named with the office', 'Secretary of State John Kerry met his Russian counterpart in Geneva on Friday.', 'John Kerry', 'Q22316'],
    ['an abbreviated office ("Treasury Secretary")', 'Treasury Secretary Jack Lew said growth would pick up in the spring.', 'Jack Lew', 'Q1677579'],
    ['a name with a middle initial the table lacks, with the office', 'Attorney General Loretta E. Lynch said the department would review the case.', 'Loretta E. Lynch', 'Q6680965'],
    ['White House staff named with "White House"', 'White House press secretary Josh Earnest told reporters the plan was dead.', 'Josh Earnest', 'Q6288836'],
    ['namesakes told apart by the office and its state', 'Wisconsin Gov. Tommy Thompson signed the budget on Tuesday.', 'Tommy Thompson', 'Q732804'],
    ['a relative of an office holder the article links', 'Donald Trump toured the factory with his daughter, Ivanka Trump, on Monday.', 'Ivanka Trump', 'Q239411'],
    ['a British secretary of state by the portfolio\'s short title', 'Health Secretary Jeremy Hunt said the hospitals needed more money.', 'Jeremy Hunt', 'Q333533'],
    ['a British MP', 'Labour MP Jess Phillips said the bill was flawed.', 'Jess Phillips', 'Q19979409'],
    // A prominent office (wikidataProminentOffices): the full name alone, when no one else in the tables bears it.
    ['a former cabinet member by full name alone', 'Madeleine Albright told the students that alliances take work.', 'Madeleine Albright', 'Q174438'],
    ['a governor by full name alone', 'Chris Christie, who spoke in a diner in Toledo, said prices were rising.', 'Chris Christie', 'Q63879'],
    ['a British secretary of state by full name alone', 'Jeremy Hunt said the hospitals needed more money.', 'Jeremy Hunt', 'Q333533'],
    ['a head of an international organisation (every-politician-scrapers/world)', 'Kofi Annan urged both sides to return to the table.', 'Kofi Annan', 'Q1254'],
  ])('links %s', (_, text, name, id) => {
    expect(links(text)[name]).toBe(id);
  });

  it.each([
    ['an office holder with no office named', 'Lee Fisher, who runs a diner in Toledo, said prices were rising.', 'Lee Fisher'],
    ['a communications director the article does not place at the White House', 'Campaign communications director Ellen Moran said the bus was late.', 'Ellen Moran'],
    ['namesakes (a governor and two state representatives) with nothing to tell them apart', 'Tommy Thompson said the harvest was late this year.', 'Tommy Thompson'],
    ['a relative of an office holder the article does not name', 'Ivanka Trump said the new shoe line would launch in May.', 'Ivanka Trump'],
    ['a British minister with no office named', 'Keith Vaz, who runs a bakery in Leeds, said prices were rising.', 'Keith Vaz'],
  ])('refuses %s', (_, text, name) => {
    const found = links(text);
    expect(Object.keys(found)).toContain(name);
    expect(found[name]).toBeNull();
  });

  it.each([
    ['Chris Christie', ['New Jersey Gov.'], [], NO_CONTEXT, 'Q63879'],
    ['Chris Christie', ['Gov.'], [], { country: 'United States', places: new Set(['New Jersey']) }, 'Q63879'],
    // A state's office needs its state: "Lt. Gov." alone does not say which state.
    ['Lee Fisher', ['Ohio Lt. Gov.'], [], NO_CONTEXT, 'Q434031'],
    ['Lee Fisher', ['Lt. Gov.'], [], NO_CONTEXT, 'no-context'],
    ['Lee Fisher', ['lieutenant governor of Virginia'], [], NO_CONTEXT, 'no-context'],
    // A governor is a prominent office: the full name suffices, whatever the role says.
    ['Chris Christie', ['Gov.'], [], NO_CONTEXT, 'Q63879'],
    // … but not against another country.
    ['Chris Christie', [], ['Place/France'], NO_CONTEXT, 'country-conflict'],
    // … nor a weak name (middle initials the table lacks).
    ['Madeleine K. Albright', [], [], NO_CONTEXT, 'no-context'],
    ['Tommy Thompson', ['state Rep.'], [], { country: 'United States', places: new Set(['Kentucky']) }, 'Q16751051'],
    ['Tommy Thompson', ['state Rep.'], [], NO_CONTEXT, 'ambiguous'],
    ['Tommy Thompson', [], [], NO_CONTEXT, 'ambiguous'],
    ['Loretta E. Lynch', [], [], NO_CONTEXT, 'no-context'],
    ['Christie', ['New Jersey Gov.'], [], NO_CONTEXT, 'one-word'],
    ['Jeremy Hunt', ['Health Secretary'], ['Place/France'], NO_CONTEXT, 'country-conflict'],
    // A well-known person keeps the bare full name against namesakes who hold an office only.
    ['John F. Kennedy', [], [], NO_CONTEXT, 'Q9696'],
    ['John F. Kennedy', ['Georgia state senator'], [], NO_CONTEXT, 'Q28836957'],
  ] as [string, string[], string[], ArticleContext, string][])('%s with roles %j and affiliations %j → %s', (name, roles, affiliations, ctx, expected) => {
    expect(linkPerson(person(name, roles, affiliations), ctx, new Set(['France', 'Germany']))).toBe(expected);
  });

  it('links a relative only with the holder among the ids the article links', () => {
    expect(linkPerson(person('Ivanka Trump'), NO_CONTEXT, new Set())).toBe('no-context');
    expect(linkPerson(person('Ivanka Trump'), { ...NO_CONTEXT, linked: new Set(['Q22686']) }, new Set())).toBe('Q239411');
  });

  it('stores every name of the offices table folded and sorted, with offices for every row', () => {
    const rows = officesData.people as string[][];
    expect(rows.length).toBeGreaterThan(5000);
    expect(rows.filter((r) => !r[1] || r[1].split('|').some((k) => officesData.offices[Number(k)] === undefined))).toEqual([]);
    const lines = officesData.index.split('\n');
    const names = lines.map((l) => l.slice(0, l.indexOf('\t')));
    expect(names.filter((n) => foldName(n) !== n)).toEqual([]);
    // Sorted as JavaScript's "<" compares, which the linker's bisection relies on.
    expect(names.filter((n, i) => i > 0 && !(names[i - 1]! < n))).toEqual([]);
    expect(lines.filter((l) => !/^[^\t]+\t\d+w?(,\d+w?)*$/.test(l) || l.slice(l.indexOf('\t') + 1).split(',').some((e) => rows[parseInt(e, 10)] === undefined))).toEqual([]);
  });
});

describe('linkOrganization', () => {
  it.each([
    ['FBI', [], NO_CONTEXT, 'Q8333'],
    ['The New York Times', [], NO_CONTEXT, 'Q9684'],
    ['Senate', [], US, 'Q66096'],
    ['Senate', [], { country: 'Australia', places: new Set(['Australia']) }, 'no-context'],
    ['Senate', ['Place/United States'], NO_CONTEXT, 'Q66096'],
    ['Democratic Party', [], NO_CONTEXT, 'no-context'],
    // organizations.json lists "Alphabet" as an alias of Google; a parent company is not the same item.
    ['Alphabet', [], NO_CONTEXT, 'no-entry'],
  ] as [string, string[], ArticleContext, string][])('%s with affiliations %j', (name, affiliations, ctx, expected) => {
    expect(linkOrganization(org(name, affiliations), ctx)).toBe(expected);
  });
});

describe('articleContext', () => {
  it('takes the country named most often, a US state counting for the United States', () => {
    const entities: Entity[] = [
      { key: 'Place/Ohio', name: 'Ohio', type: 'Place', subtype: 'region', aliases: [], roles: [], affiliations: [] },
      { key: 'Place/Canada', name: 'Canada', type: 'Place', subtype: 'country', aliases: [], roles: [], affiliations: [] },
    ];
    const m = (entity: string) => ({ start: 0, end: 1, text: 'x', kind: 'name' as const, entity });
    expect(articleContext(entities, [m('Place/Ohio'), m('Place/Ohio'), m('Place/Canada')]).country).toBe('United States');
    expect(articleContext(entities, [m('Place/Ohio'), m('Place/Canada')]).country).toBeNull();
  });

  it('reads a US state told apart from a country of its name ("Georgia (U.S. state)") as the state', () => {
    const entities: Entity[] = [{ key: 'Place/Georgia (U.S. state)', name: 'Georgia (U.S. state)', type: 'Place', subtype: 'region', aliases: [], roles: [], affiliations: [] }];
    const ctx = articleContext(entities, [{ start: 0, end: 7, text: 'Georgia', kind: 'name', entity: 'Place/Georgia (U.S. state)' }]);
    expect(ctx.country).toBe('United States');
    expect([...ctx.places]).toEqual(['Georgia']);
  });
});

describe('foldName', () => {
  it.each([
    ['Patrick J. Leahy', 'patrick j leahy'],
    ['Recep Tayyip Erdoğan', 'recep tayyip erdogan'],
    ['Joseph R. Biden Jr.', 'joseph r biden'],
  ])('%s → %s', (name, folded) => {
    expect(foldName(name)).toBe(folded);
  });
});

describe('the people table', () => {
  it('stores every name folded as foldName folds it, so the build and the linker agree', () => {
    const names = (peopleData.people as (string | number)[][]).flatMap((r) => [String(r[1]), String(r[2])].join('|').split('|').filter(Boolean));
    expect(names.length).toBeGreaterThan(1000);
    expect(names.filter((n) => foldName(n) !== n)).toEqual([]);
  });
});

describe('owl:sameAs in Turtle', () => {
  it('writes the link of a linked person and none for a refused surname', () => {
    const { turtle } = buildArticle({ id: 'wd-ttl', text: 'Sen. Elizabeth Warren met Barack Obama in Boston.\n\nLater, Warren said the meeting went well.', published: '2024-05-06' }, { today: '2024-12-31' });
    expect(turtle).toMatch(/person:elizabeth-warren[^.]*owl:sameAs wd:Q434706/s);
    expect(turtle).toMatch(/person:barack-obama[^.]*owl:sameAs wd:Q76/s);
    expect(turtle).not.toMatch(/person:warren\s/);
  });
});
