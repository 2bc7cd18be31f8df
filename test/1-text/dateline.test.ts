// Stage 1: a dateline that opens a story ends its sentence, so the words after it are read as a
// sentence of their own (src/1-text/dateline.ts, splitDatelines in tokens.ts).
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/1-text/index.js';
import { colonDatelineAt } from '../../src/1-text/dateline.js';

const sentences = (text: string) => readText(text).sentences.map((s) => text.slice(s.start, s.end));

describe('datelines', () => {
  it.each([
    ['a place and a dash', 'SPRINGFIELD — A fire destroyed a barn on Route 9, fire officials said.', 'SPRINGFIELD —'],
    ['an agency in parentheses and a hyphen', 'LONDON (Reuters) - The carmaker plans to cut 3,000 jobs, two sources said.', 'LONDON (Reuters) -'],
    ['a date and an agency with no dash', 'NEW DELHI, March 10 (PTI) The government will review the scheme, the minister said.', 'NEW DELHI, March 10 (PTI)'],
    ['a state after the place', 'CASPER, Wyo. - Sen. Ann Lee won 14 delegates on Saturday.', 'CASPER, Wyo. -'],
    ['a country of two words after the place', 'DUNMORE, New Zealand — The harbour board has warned that ferries could stop this winter.', 'DUNMORE, New Zealand —'],
    ['a country with an abbreviated word after the place', 'PORT DUNMORE, St. Helena — The harbour board has warned that ferries could stop this winter.', 'PORT DUNMORE, St. Helena —'],
    ['a spaced hyphen (Straits Times, IOL)', 'DUNMORE - Ferry fares rose 1.8 per cent in May, according to the port.', 'DUNMORE -'],
    ['a place in title case and a spaced hyphen (IOL, News24)', 'Port Dunmore - The harbour board has warned that ferries could stop this winter.', 'Port Dunmore -'],
    ['a place in title case, a date and an agency with no dash (PTI, CNA)', 'Port Dunmore, May 6 (HNS) The harbour board has warned that ferries could stop this winter.', 'Port Dunmore, May 6 (HNS)'],
    ['a place in title case, an agency and a spaced hyphen (Antara, AFP)', 'Port Dunmore (HARBOURNEWS) - The harbour board has warned that ferries could stop this winter.', 'Port Dunmore (HARBOURNEWS) -'],
    ['a place in capitals and a colon (Gulf and South Asian papers)', 'PORT DUNMORE: The harbour board has warned that ferries could stop this winter.', 'PORT DUNMORE:'],
  ])('end their sentence: %s', (_name, text, dateline) => {
    expect(sentences(text)[0]).toBe(dateline);
    expect(sentences(text)).toHaveLength(2);
  });

  it.each([
    ['a wire headline in capitals', 'SOCCER - ROTOR FANS LOCKED OUT AFTER VIOLENCE .'],
    ['a section label after a hyphen', 'IPO FILING -- Homegate Hospitality Inc .'],
    ['a dateline alone on its line', 'MOSCOW 1996-08-30\nRotor Volgograd must play behind closed doors.'],
  ])('leave the sentence as it is: %s', (_name, text) => {
    expect(sentences(text)[0]).not.toMatch(/^[A-Z ]+(—|-|--|\d{4}-\d\d-\d\d)$/);
  });

  it.each([
    ['a headline in title case after a dash', 'Brexit - What Comes Next For The Harbour Towns.'],
    ['a short headline with no full stop', 'Dunmore - Ferry fares rise again'],
  ])('leave a title-case line that is no dateline whole: %s', (_name, text) => {
    expect(sentences(text)).toHaveLength(1);
  });
});

describe('colonDatelineAt', () => {
  it.each([
    ['Quetta: The provincial board has banned kite flying across the city for the next two months.', 'Quetta'],
    ['Navi Mumbai: Two workers were hurt when a scaffold fell at a building site on Monday night.', 'Navi Mumbai'],
  ])('reads a title-case place and a colon before a lead sentence: %s', (text, place) => {
    expect(colonDatelineAt(text)?.[1] ?? null).toBe(place);
  });

  it.each([
    ['Okafor: The shelter will stay open all winter.'],
    ["Khans: Trump stirs 'ugliness';\nMuslim couple cope with the sudden fame of the week."],
  ])('reads no dateline before a short or broken headline line: %s', (text) => {
    expect(colonDatelineAt(text)).toBeNull();
  });
});
