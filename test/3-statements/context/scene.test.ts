// Stage 3, scene sentences (src/3-statements/context/scene.ts): a sentence after a statement that
// says when and where the words were said ("She made the remarks at a news conference in Ottawa on
// Monday") dates and places that occasion's statements. Every sentence is written for this test.
import { describe, expect, it } from 'vitest';
import { utteranceReference } from '../../../src/3-statements/context/scene.js';
import { holding, read } from './_read.js';
import { readText } from '../../../src/1-text/index.js';

describe('scene sentences', () => {
  it.each([
    ['a place and a date after "made the remarks"', 'Ferry fares will rise in May, the minister said.\n\nShe made the remarks at a news conference in Ottawa on Monday.', 'Ferry fares will rise', 'Ottawa', '2024-05-06'],
    ['"disclosed this" by the next speaker', 'The port authority has said it will close the old pier.\n\nIts chairman, Tunde Bakare, disclosed this on Tuesday while speaking with journalists in Lagos.\n\nBakare said the work would take a year.', 'it will close the old pier', 'Lagos', '2024-05-07'],
    ['the named speaker\'s words after it', 'The port authority has said it will close the old pier.\n\nIts chairman, Tunde Bakare, disclosed this on Tuesday while speaking with journalists in Lagos.\n\nBakare said the work would take a year.', 'the work would take a year', 'Lagos', '2024-05-07'],
  ])('%s', (_name, text, words, place, date) => {
    const s = holding(read(text), words);
    expect(s?.place).toBe(place);
    expect(s?.date).toBe(date);
  });

  it.each([
    ['"after the game" at the match a weekday owns', 'The harbour board said on Tuesday that the club would be sold.\n\nThe striker was left out of Sunday\'s league match. Coach Ana Ruiz told reporters after the game that the striker was tired.', 'the striker was tired', '2024-05-05'],
    ['a hearing a weekday owns', 'The ferry company said on Tuesday that it would appeal.\n\nThe company lost Monday\'s hearing. Speaking after the hearing, its lawyer Ana Ruiz said the judge had erred.', 'the judge had erred', '2024-05-06'],
  ])('dates by an occasion a weekday owns: %s', (_name, text, words, date) => {
    expect(holding(read(text), words)?.date).toBe(date);
  });

  it.each([
    ['another actor\'s occasion', 'Ferry fares will rise in May, the minister said.\n\nThe mayor had planned to give remarks at a rally in Denver on Monday.', 'Ferry fares will rise'],
    ['an event after the words', 'Ferry fares will rise in May, the minister said.\n\nHer remarks came the day after a conference in Ottawa.', 'Ferry fares will rise'],
    ['an earlier occasion', 'Ferry fares will rise in May, the minister said.\n\nShe has said so before, most notably in her speech at a rally in Denver.', 'Ferry fares will rise'],
    ['a place that is no occasion', 'Ferry fares will rise in May, the firm said.\n\nHer comments were reported by a newspaper in Lodi.', 'Ferry fares will rise'],
    ['a sentence naming another actor than the speakers around it', 'The port authority has said it will close the old pier.\n\nThe mayor, Tunde Bakare, disclosed this on Tuesday at a rally in Lagos.', 'it will close the old pier'],
  ])('gives no place for %s', (_name, text, words) => {
    expect(holding(read(text), words)?.place).toBeNull();
  });

  it.each([
    ['She made the remarks on Monday.', 'remarks'],
    ['Bakare disclosed this on Tuesday.', 'this'],
    ['He said so at a rally.', 'so'],
  ])('finds the reference in "%s"', (text, word) => {
    const tokens = readText(text).tokens;
    const at = utteranceReference(tokens, 0, tokens.length);
    expect(text.slice(at, at + word.length)).toBe(word);
  });

  it('finds no reference in a sentence about the remarks\' words without a determiner', () => {
    const tokens = readText('Remarks are due.').tokens;
    expect(utteranceReference(tokens, 0, tokens.length)).toBe(-1);
  });
});
