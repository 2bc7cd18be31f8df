// Stage 2 (src/2-mentions/entities/span-types.ts): spans led by a place name that the tagger typed
// or cut wrongly are reshaped by named rules. Sentences written for this test, read through
// findEntities; each row names the rule it exercises (each fails without the rules).
import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/1-text/index.js';
import { findEntities } from '../../../src/2-mentions/entities.js';
import { retypeSpans, SPAN_TYPE_RULES } from '../../../src/2-mentions/entities/span-types.js';
import type { TagSpan } from '../../../src/2-mentions/entities/tagger.js';
import { handSpans, shown } from './_hand-spans.js';

const keys = (text: string) => findEntities(readText(text)).mentions.map((m) => m.entity);

const ROWS: [string, string, string[]][] = [
  ['abbreviated-title-tail', 'Texas Sen. Dana Ruiz says the plan will fail.', ['Place/Texas', 'Person/Dana Ruiz']],
  ['party-adjective-tail', 'Early results of a poll of Nevada Democratic voters came in.', ['Place/Nevada']],
  ['institution-head', 'The study was led by a team at Boston University.', ['Organization/Boston University']],
  ['institution-head', 'She teaches law at Denver Valley University.', ['Organization/Denver Valley University']],
  ['airport-name', "Crowds gathered at Budapest's Ferenc Liszt International Airport.", ['Place/Budapest', 'Place/Ferenc Liszt International Airport']],
  ['airport-name', 'The senator flew into Reagan National Airport late on Monday.', ['Place/Reagan National Airport']],
  ['place-led-person', 'The actress America Lorena wrote a blog against the plan.', ['Person/America Lorena']],
  ['place-led-person', 'The rapper Houston Reyes told fans the album was done.', ['Person/Houston Reyes']],
  ['place-led-person', 'Paris Dunmore said the gallery would close.', ['Person/Paris Dunmore']],
  // A common given name before a word that is no English word: a person with no other evidence.
  ['place-led-person', 'Jordan Halvorsen and Austin Okafor opened the exhibition on Friday.', ['Person/Jordan Halvorsen', 'Person/Austin Okafor']],
  ['place-led-person', 'Madison Trevelyan joined the board last year.', ['Person/Madison Trevelyan']],
];

// Rows whose tagger spans are given by hand: the model rarely makes these mistakes on short sentences.
const HAND_ROWS: [string, string, [string, TagSpan['type']][], string[]][] = [
  ['given-name-person', 'Shares of Marcy Halvorsen fell after the verdict.', [['Marcy Halvorsen', 'ORG']], ['Marcy Halvorsen/PER']],
  ['given-name-person', 'The award went to Gregory Vantongeren on Friday.', [['Gregory Vantongeren', 'ORG']], ['Gregory Vantongeren/PER']],
];

describe('retypeSpans', () => {
  it.each(ROWS)('%s: %s', (_rule, text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it.each(HAND_ROWS)('%s (tagger spans by hand): %s', (_rule, text, tagged, expected) => {
    const { toks, prep, spans } = handSpans(text, tagged);
    retypeSpans(toks, prep, spans);
    expect(shown(text, toks, spans)).toEqual(expected);
  });

  it.each([
    ['a name whose second word is an English word', 'Shares of Karen Capital fell after the verdict.', [['Karen Capital', 'ORG']] as [string, TagSpan['type']][]],
    ['a name whose first word is a rare given name', 'Shares of Halden Vantongeren fell after the verdict.', [['Halden Vantongeren', 'ORG']] as [string, TagSpan['type']][]],
    ['a name whose first word is also an English word', 'Shares of West Bromwich fell after the verdict.', [['West Bromwich', 'ORG']] as [string, TagSpan['type']][]],
  ])('keeps an organisation: %s', (_why, text, tagged) => {
    const { toks, prep, spans } = handSpans(text, tagged);
    retypeSpans(toks, prep, spans);
    expect(spans[0]!.type).toBe('ORG');
  });

  it('has a row for every rule', () => {
    const ids = [...ROWS, ...HAND_ROWS].map((row) => row[0]);
    expect(SPAN_TYPE_RULES.map((r) => r.id).filter((id) => !ids.includes(id))).toEqual([]);
  });

  it.each([
    ['the place-led name of a paper after "the"', 'The flood was reported by the China Daily on Monday.', 'Person/China Daily'],
    ['a name before a common noun', 'Protesters were pepper-sprayed outside a Wisconsin Trump rally.', 'Person/Wisconsin Trump'],
    ['a place-led name after a locative', 'Our flight landed at London Gatwick before dawn.', 'Person/London Gatwick'],
    ['a place before the plural of a word', 'Fans of Bristol Rovers celebrated the promotion.', 'Person/Bristol Rovers'],
    ['a place before an English word', 'Analysts at Boston Scientific expect higher sales.', 'Person/Boston Scientific'],
  ])('does not make a person of %s', (_why, text, notExpected) => {
    expect(keys(text)).not.toContain(notExpected);
  });
});
