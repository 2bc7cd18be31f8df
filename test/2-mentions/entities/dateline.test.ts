// Stage 2, the dateline's place (src/2-mentions/entities/dateline.ts): a place the tagger cut in two,
// the agency in the dateline's parentheses, a dateline on a line of its own. Sentences are invented.
import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/1-text/index.js';
import { findEntities } from '../../../src/2-mentions/entities.js';

function run(text: string) {
  const out = findEntities(readText(text));
  const byKey = new Map(out.entities.map((e) => [e.key, e]));
  const typeOf = (surface: string) => byKey.get(out.mentions.find((m) => m.text === surface)?.entity ?? '')?.type;
  return { ...out, typeOf };
}

describe('the dateline place', () => {
  it.each([
    ['a town of two words the tagger cut, and a state abbreviation', 'GLENDALE HEIGHTS, Ill. — A 40-year-old man has been charged with arson after a barn fire, the sheriff said.', 'GLENDALE HEIGHTS', 'Place/Glendale Heights'],
    ['another town of two words the tagger cut', 'RICHMOND HEIGHTS, Mo. — A 40-year-old man has been charged with arson after a barn fire, the sheriff said.', 'RICHMOND HEIGHTS', 'Place/Richmond Heights'],
    ['a town of three words the tagger cut short, and a state abbreviation', 'SAN LUIS OBISPO, Calif. — A 40-year-old man has been charged with arson after a barn fire, the sheriff said.', 'SAN LUIS OBISPO', 'Place/San Luis Obispo'],
    ['a town on a line of its own above the story', 'VISAKHAPATNAM\n\nThe district collector said on Monday that the port would reopen.', 'VISAKHAPATNAM', 'Place/Visakhapatnam'],
    ['a known city in title case and a colon before the lead', 'Visakhapatnam: The district collector said on Monday that the port would reopen next week.', 'Visakhapatnam', 'Place/Visakhapatnam'],
  ])('reads %s as one place', (_name, text, surface, key) => {
    const r = run(text);
    expect(r.dateline).toBe(key);
    expect(r.mentions.filter((m) => m.start < surface.length).map((m) => m.entity)).toEqual([key]);
  });

  it.each([
    ['a headline in capitals with a comma before its dash', 'IOWA FARMERS NOT TOO WORRIED, JUST TIRED - Two economists wrote that grain prices fell.'],
  ])('(guard) does not read %s as one place', (_name, text) => {
    expect(run(text).dateline ?? '').not.toMatch(/Farmers/);
  });

  it.each([
    ['Kyodo', 'OSAKA, May 4 (Kyodo) -- A former judge led the panel.'],
    ['Yonhap', 'BUSAN, March 12 (Yonhap) -- The court ruled on the case.'],
  ])('types the agency %s in the dateline\'s parentheses an organisation', (agency, text) => {
    const r = run(text);
    expect(r.typeOf(agency)).toBe('Organization');
  });

  it.each([
    ['(guard) a headline flag on a line of its own', 'EXCLUSIVE\n\nThe district collector said on Monday that the port would reopen.'],
    ['(guard) a line in capitals before a line in capitals', 'VISAKHAPATNAM\n\nPORT TO REOPEN ON MONDAY SAYS COLLECTOR'],
    ['(guard) a person\'s name and a colon before a headline\'s quoted line', 'Okafor: The shelter will stay open for as long as the city needs it.'],
  ])('%s is no dateline', (_name, text) => {
    expect(run(text).dateline).toBeNull();
  });
});
