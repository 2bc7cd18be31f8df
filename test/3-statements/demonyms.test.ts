// Stage 3 (src/3-statements/demonyms.ts): a nationality used as a noun after "the" ("the Briton",
// "the 24-year-old Frenchman") stands for a person the story named — the one it gave that
// nationality, else the last one it gave none. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';
import { demonymDescription } from '../../src/3-statements/demonyms.js';

/** The canonical name of each statement's speaker, in order. */
function speakerNames(text: string): (string | null)[] {
  const a = analyze({ id: 'art', text, published: '2024-05-06' }, { today: '2024-06-01' });
  const byKey = new Map(a.mentions.entities.map((e) => [e.key, e]));
  return a.statements.map((s) => (s.speakerEntity ? (byKey.get(s.speakerEntity)?.name ?? null) : null));
}

describe('a nationality for a person the story named', () => {
  it.each([
    ['a demonym that is a noun, no nationality given', 'Tomas Varga beat Ana Ruiz in three sets. Speaking later, the Canadian said he was tired.', 'Tomas Varga'],
    ['a noun for a nation\'s person, no nationality given', 'Tomas Varga beat Ana Ruiz in three sets. The Briton said he was tired.', 'Tomas Varga'],
    ['a lower-case modifier before the noun', 'Tomas Varga won the stage. Afterwards, the young Frenchman told reporters he was happy.', 'Tomas Varga'],
    ['an age before the noun, the person given that nationality', 'Spain\'s Tomas Varga beat Ana Ruiz of Dunmore. “I was lucky,” the 24-year-old Spaniard said.', 'Tomas Varga'],
    ['the person given that nationality, named first', 'British rider Ana Ruiz lost to Spain\'s Tomas Varga. The Briton said she was tired.', 'Ana Ruiz'],
    ['the person given that nationality in brackets', 'Ana Ruiz (Chile) beat Tomas Varga (Peru) in the final. The Chilean said she was proud.', 'Ana Ruiz'],
  ])('resolves %s', (_name, text, who) => {
    expect(speakerNames(text).at(-1)).toBe(who);
  });

  it.each([
    // Guards: a nation's people, and a newspaper's name with no person before it, stay as they were.
    ['a nation\'s people (guard)', 'The French said the treaty was dead.', 'French'],
    ['a plural demonym (guard)', 'Tomas Varga spoke first. The Canadians said they would wait.', 'Canadians'],
    ['a newspaper\'s name with no person before it (guard)', 'Police arrested a man on Monday. The Canadian reported that he had fled.', 'Canadian'],
  ])('leaves %s', (_name, text, who) => {
    expect(speakerNames(text).at(-1)).toBe(who);
  });

  it.each([
    ['the Canadian', 'Place/Canada'],
    ['the 24-year-old Spaniard', 'Place/Spain'],
    ['the former Briton', 'Place/United Kingdom'],
    ['the Dutch', null],
    ['the Canadians', null],
    ['Canadian officials', null],
  ])('reads "%s" as a nationality for one person', (text, country) => {
    expect(demonymDescription(text)).toBe(country);
  });
});
