// Stage 2 (src/2-mentions/entities/span-context-types.ts): one-word names the tagger typed wrongly that a
// word beside them types (session 29, names40): a platform after "a post on", "the Centre", a tabloid's
// capitals opening a sentence, a party's nickname before a title. Sentences written for this test; names invented.
import { describe, expect, it } from 'vitest';
import { handSpans, keys, shown } from './_hand-spans.js';
import { retypeSpans } from '../../../src/2-mentions/entities/span-types.js';
import type { TagSpan } from '../../../src/2-mentions/entities/tagger.js';

describe('names through the tagger', () => {
  it.each([
    ['platform-after-post', 'In a video posted on X, the mayor thanked the crews.', ['Organization/X']],
    ['the-centre-government', 'The Centre has asked the states to report every case.', ['Organization/Centre']],
    ['tabloid-capitals-opener', 'SOAP legend Dana Ruiz has quit the show.', ['Person/Dana Ruiz']],
    ['party-nickname-before-title', 'The bill was attacked by Tory MP Ann Roe on Tuesday.', ['Person/Ann Roe']],
  ])('%s: %s', (_rule, text, expected) => {
    expect(keys(text)).toEqual(expected);
  });
});

const KEPT_ROWS: [string, string, [string, TagSpan['type']][]][] = [
  ['platform-after-post: a name that ends in X', 'Malcolm X spoke on Monday.', [['Malcolm X', 'PER']]],
  ['platform-after-post: no word of posting before "on"', 'The vote on X was close.', [['X', 'LOC']]],
  ['the-centre-government: a centre\'s name goes on', 'The Centre for Coastal Studies said so.', [['Centre', 'LOC']]],
  ['tabloid-capitals-opener: a name the gazetteer knows', 'WHO officials said the risk was low.', [['WHO', 'ORG']]],
  ['tabloid-capitals-opener: no lower-case word after it', 'CARE International said aid was late.', [['CARE', 'ORG']]],
  ['tabloid-capitals-opener: an acronym before an employee', 'NSA analyst Ann Roe said so.', [['NSA', 'ORG'], ['Ann Roe', 'PER']]],
  ['party-nickname-before-title: a party word read as an organisation', 'Tory MP Ann Roe spoke.', [['Tory', 'ORG']]],
  ['place-after-office-of: a club\'s office', 'The chairman of Lyon said the coach would stay.', [['Lyon', 'ORG']]],
];

const HAND_ROWS: [string, string, [string, TagSpan['type']][], string[]][] = [
  ['place-after-office-of', 'The deputy mayor of Lyon said the tram would run again.', [['Lyon', 'ORG']], ['Lyon/LOC']],
];

describe('span rules that retype the tagger\'s spans given by hand', () => {
  it.each(HAND_ROWS)('%s: %s', (_rule, text, tagged, expected) => {
    const { toks, prep, spans } = handSpans(text, tagged);
    retypeSpans(toks, prep, spans, text);
    expect(shown(text, toks, spans)).toEqual(expected);
  });
});

describe('span rules on the tagger\'s spans given by hand', () => {
  it.each(KEPT_ROWS)('keeps the spans: %s', (_why, text, tagged) => {
    const { toks, prep, spans } = handSpans(text, tagged);
    retypeSpans(toks, prep, spans, text);
    expect(shown(text, toks, spans)).toEqual(tagged.map(([t, type]) => `${t}/${type}`));
  });
});
