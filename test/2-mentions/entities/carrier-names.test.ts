// Stage 2 (src/2-mentions/entities/spans.ts, mendCarrierNames): a carrier's name the tagger split
// around a place ("Air | France | Flight 447") or before a word it read as a person ("Bus | Vannin"), or
// typed a person ("Bus Vannin"), or ending in an airline's word ("Adam Air", "Mandala | Airlines"; session 34), is mended from the tagger's pieces. The sentences are
// written for this test; the pieces are given as the tagger leaves them in such articles.
import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/1-text/index.js';
import { prepare, type TagSpan } from '../../../src/2-mentions/entities/tagger.js';
import { mendCarrierNames } from '../../../src/2-mentions/entities/spans.js';

/** The tagger's pieces as [first word, last word, type] over the text's tokens, mended. */
function mended(text: string, pieces: [string, string, TagSpan['type']][]): string[] {
  const layer = readText(text);
  const at = (w: string) => layer.tokens.findIndex((t) => t.text === w);
  const spans: TagSpan[] = pieces.map(([a, b, type]) => ({ from: at(a), to: at(b) + 1, type }));
  mendCarrierNames(layer.tokens, prepare(layer), spans);
  return spans.map((s) => `${s.type}:${layer.tokens.slice(s.from, s.to).map((t) => t.text).join(' ')}`);
}

describe('mendCarrierNames', () => {
  it.each([
    ['Divers searched for the recorders of Air Canada Flight 759.', [['Canada', 'Canada', 'LOC'], ['Flight', 'Flight', 'ORG']], ['ORG:Air Canada']],
    ['Debris from Air India Flight 171 was found on Friday.', [['India', 'India', 'LOC']], ['ORG:Air India']],
  ] as [string, [string, string, TagSpan['type']][], string[]][])('joins "Air" to the place and drops the lone service word: %s', (text, pieces, expected) => {
    expect(mended(text, pieces)).toEqual(expected);
  });

  it.each([
    ['Bus Tarnow, the island\'s bus operator, said fares would rise.', [['Tarnow', 'Tarnow', 'PER']], ['ORG:Bus Tarnow']],
    ['Bus Tarnow said fares would rise.', [['Bus', 'Tarnow', 'PER']], ['ORG:Bus Tarnow']],
    ['Rail Kestova said the line was delayed.', [['Rail', 'Kestova', 'PER']], ['ORG:Rail Kestova']],
  ] as [string, [string, string, TagSpan['type']][], string[]][])('a bus or rail operator\'s name is the carrier\'s: %s', (text, pieces, expected) => {
    expect(mended(text, pieces)).toEqual(expected);
  });

  it.each([
    ['Lorien Air Flight 302 landed safely in Medan.', [['Lorien', 'Flight', 'PER'], ['Medan', 'Medan', 'LOC']], ['ORG:Lorien Air', 'LOC:Medan']],
    ['Harlow Air said it would add two routes.', [['Harlow', 'Air', 'PER']], ['ORG:Harlow Air']],
    ['Tarvo Airlines Flight 88 was diverted.', [['Tarvo', 'Tarvo', 'PER'], ['Airlines', 'Flight', 'ORG']], ['ORG:Tarvo Airlines']],
    ['Passengers of Kelby Airways were stranded.', [['Kelby', 'Kelby', 'LOC'], ['Airways', 'Airways', 'ORG']], ['ORG:Kelby Airways']],
  ] as [string, [string, string, TagSpan['type']][], string[]][])('a name that ends in an airline\'s word is the carrier: %s', (text, pieces, expected) => {
    expect(mended(text, pieces)).toEqual(expected);
  });

  it.each([
    ['Fresh air. Canada sent two ships.', [['Canada', 'Canada', 'LOC']], ['LOC:Canada']],
    ['The Flight Safety Foundation met in Ottawa.', [['Flight', 'Foundation', 'ORG'], ['Ottawa', 'Ottawa', 'LOC']], ['ORG:Flight Safety Foundation', 'LOC:Ottawa']],
    // (A given name or an English word after the mode word: a person, as the tagger read it.)
    ['Bus Smith said nothing.', [['Bus', 'Smith', 'PER']], ['PER:Bus Smith']],
    ['They took the bus. Maria said nothing.', [['Maria', 'Maria', 'PER']], ['PER:Maria']],
    // (Another capitalised word after the airline's word: a body or a law, not a carrier.)
    ['The Tarvian Air Force said the jets were grounded.', [['Tarvian', 'Air', 'PER'], ['Force', 'Force', 'ORG']], ['PER:Tarvian Air', 'ORG:Force']],
    ['Ana Ruiz flew in by air.', [['Ana', 'Ruiz', 'PER']], ['PER:Ana Ruiz']],
  ] as [string, [string, string, TagSpan['type']][], string[]][])('leaves other names as they are: %s', (text, pieces, expected) => {
    expect(mended(text, pieces)).toEqual(expected);
  });
});
