// End to end on the bundled sample article: the committed graph in graphs/ is up to date, the
// graph validates against ontology/shapes.ttl, and it holds what the hand annotation of the article
// records (nested statements, events, roles, dates and places).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildArticle, type ArticleBuild } from '../src/build.js';
import { validate } from './ontology/_shacl.js';

const root = (p: string) => fileURLToPath(new URL(`../${p}`, import.meta.url));
const NAME = 'lavrov-blinken-message';
let built: ArticleBuild;

beforeAll(() => {
  built = buildArticle({ id: NAME, text: readFileSync(root(`examples/${NAME}.txt`), 'utf8') });
});

function entity(name: string) {
  return built.analysis.mentions.entities.find((e) => e.name === name);
}
function by(name: string) {
  const key = entity(name)?.key;
  return built.analysis.statements.filter((s) => s.speakerEntity === key);
}

describe('the sample article', () => {
  it('matches the committed Turtle and graphology JSON in graphs/ (run `npm start` to refresh them)', () => {
    expect(built.turtle).toBe(readFileSync(root(`graphs/${NAME}.ttl`), 'utf8'));
    expect(built.json).toBe(readFileSync(root(`graphs/${NAME}.json`), 'utf8'));
  });

  it('validates against the SHACL shapes', async () => {
    const report = await validate(built.quads);
    expect(report.problems).toEqual([]);
    expect(report.conforms).toBe(true);
  });

  it('infers the article date from "Tuesday, January 31"', () => {
    expect(built.analysis.article.published).toBe('2023-01-31');
  });

  it('gives Lavrov his ten statements, with the right dates and places', () => {
    const lavrov = by('Sergei Lavrov');
    expect(lavrov).toHaveLength(10);
    const jan18 = lavrov.filter((s) => s.date === '2023-01-18');
    expect(jan18).toHaveLength(3);
    for (const s of jan18) expect(s.place).toBe(entity('Moscow')!.key);
  });

  it.each([
    ['Sameh Shukri', 'he conveyed a certain message from Secretary of State Blinken'],
    ['Jens Stoltenberg', 'it was stated by NATO Secretary General Jens Stoltenberg'],
    ['Jens Stoltenberg', 'Russia must lose, Russia must be defeated'],
  ])('holds the nested statement of %s: "%s"', (speaker, anchor) => {
    const candidates = by(speaker).filter((x) => x.content.text.includes(anchor));
    expect(candidates.length).toBeGreaterThan(0);
    // One of them is reported by Lavrov (the inverted "…, said Stoltenberg" may nest in it).
    const parents = candidates.map((s) => built.analysis.statements.find((p) => p.id === s.parent)?.speakerEntity);
    expect(parents).toContain(entity('Sergei Lavrov')!.key);
  });

  it.each([
    ['Douglas McGregor', 'the conflict in Ukraine turns against the United States', '2022-12-20'],
    ['Vladimir Putin', 'the world is undergoing a difficult process', '2022-09'],
  ])('dates the statement of %s from its own sentence', (speaker, anchor, date) => {
    const s = by(speaker).find((x) => x.content.text.includes(anchor));
    expect(s?.date).toBe(date);
  });

  it.each([
    ['Sameh Shukri', 'hand', ['Sergei Lavrov', 'Anthony Blinken'], null, null],
    ['Anthony Blinken', 'visit', [], null, 'Cairo'],
    ['Russia', 'launch', ['Donbass'], '2022-02-24', 'Donbass'],
  ])('holds the event: %s %s', (actor, lemma, participants, date, place) => {
    const ev = built.analysis.events.find((e) => e.actor === entity(actor as string)?.key && e.verbLemma === lemma);
    expect(ev).toBeDefined();
    for (const p of participants as string[]) expect(ev!.participants).toContain(entity(p)!.key);
    expect(ev!.date).toBe(date);
    expect(ev!.place).toBe(place ? entity(place as string)!.key : null);
  });

  it.each([
    ['Sergei Lavrov', 'Russian Foreign Minister'],
    ['Sergei Lavrov', 'head of the Russian Foreign Ministry'],
    ['Sameh Shukri', 'Egyptian Foreign Minister'],
    ['Anthony Blinken', 'US Secretary of State'],
    ['Jens Stoltenberg', 'NATO Secretary General'],
    ['Vladimir Putin', 'Russian President'],
    ['Douglas McGregor', 'former adviser to the head of the Pentagon'],
  ])('records %s as %s', (name, role) => {
    expect(entity(name)?.roles).toContain(role);
  });

  it.each([
    ['Anthony Blinken', 'Place/United States'],
    ['Jens Stoltenberg', 'Organization/NATO'],
  ])('affiliates %s with %s', (name, key) => {
    expect(entity(name)?.affiliations).toContain(key);
  });

  it('merges the aliases of one person into one actor', () => {
    expect(entity('Sergei Lavrov')?.aliases).toContain('Lavrov');
    expect(built.analysis.mentions.entities.filter((e) => /Lavrov/.test(e.name))).toHaveLength(1);
  });
});
