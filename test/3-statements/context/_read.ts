// Helper for the context tests: analyses a text written for them and gives each statement's
// content, date, place and about as names (not entity keys).
import { analyze } from '../../../src/pipeline.js';

export interface ReadStatement {
  content: string;
  speaker: string | null;
  date: string | null;
  place: string | null;
  about: string[];
}

/** Statements of `text` published on `published` (a Wednesday by default), every rule's reading kept. */
export function read(text: string, published = '2024-05-08'): ReadStatement[] {
  const a = analyze({ id: 't', text, published }, { today: '2024-06-01', minConfidence: 0 });
  const names = new Map(a.mentions.entities.map((e) => [e.key, e.name]));
  // (A key may name an actor the article only implies, "Organization/Parliament": its name is in the key, as the annotation contract reads it.)
  const name = (key: string) => names.get(key) ?? key.slice(key.indexOf('/') + 1);
  return a.statements.map((s) => ({
    content: s.content.text,
    speaker: s.speakerEntity ? names.get(s.speakerEntity) ?? null : null,
    date: s.date,
    place: s.place ? name(s.place) : null,
    about: s.about.map(name),
  }));
}

/** The statement whose content holds `words`. */
export function holding(statements: ReadStatement[], words: string): ReadStatement | undefined {
  return statements.find((s) => s.content.includes(words));
}
