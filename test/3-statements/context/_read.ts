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
  const name = new Map(a.mentions.entities.map((e) => [e.key, e.name]));
  return a.statements.map((s) => ({
    content: s.content.text,
    speaker: s.speakerEntity ? name.get(s.speakerEntity) ?? null : null,
    date: s.date,
    place: s.place ? name.get(s.place) ?? s.place : null,
    about: s.about.map((k) => name.get(k) ?? k),
  }));
}

/** The statement whose content holds `words`. */
export function holding(statements: ReadStatement[], words: string): ReadStatement | undefined {
  return statements.find((s) => s.content.includes(words));
}
