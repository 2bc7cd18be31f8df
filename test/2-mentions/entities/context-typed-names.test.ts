// Stage 2 (src/2-mentions/entities/span-context-types.ts): one-word names the tagger typed wrongly that a
// word beside them types (session 29, names40): a platform after "a post on", "the Centre", a tabloid's
// capitals opening a sentence, a party's nickname before a title; a name an appositive calls a body, a source
// after "according to" (session 31). Sentences written for this test; names invented.
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
    ['misc-source-after-according-to', 'Exports fell 2 percent in June, according to Yonhap.', ['Organization/Yonhap']],
    ['foreign-quotation-opener', '"Pera lang ang gusto nila," the farmer said.', []],
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
  ['body-appositive-name: a common given name opens it', 'Maria, a band member, said so.', [['Maria', 'PER']]],
  ['body-appositive-name: the body is named inside an "of" phrase', 'Istvan Halko, the leader of the ruling party, spoke.', [['Istvan Halko', 'PER']]],
  ['body-appositive-name: a noun of a person\'s trade', 'Tarvo, a publisher, said so.', [['Tarvo', 'PER']]],
  ['body-appositive-name: a name set off by a comma itself, in an address', 'It owns Tarvo Agency Corp., Kelby, NWX, an insurance agency and brokerage.', [['Tarvo Agency Corp.', 'ORG'], ['Kelby', 'LOC'], ['NWX', 'LOC']]],
  ['body-appositive-name: a trade that is a person\'s too after a name not in capitals', 'Tarvo, the crane operator, said so.', [['Tarvo', 'PER']]],
  ['body-appositive-name: no comma closes the appositive', 'In Tarvo, the city council said no.', [['Tarvo', 'LOC']]],
  ['body-appositive-name: a place the gazetteer knows', 'Lyon, the city council said, would pay.', [['Lyon', 'LOC']]],
  ['misc-source-after-according-to: a nationality before a noun', 'It was void according to Tarvian law.', [['Tarvian', 'MISC']]],
  ['foreign-quotation-opener: a quotation in English', '"Varga is wrong about the dam," she said.', [['Varga', 'PER']]],
  ['foreign-quotation-opener: the article names it elsewhere', 'Tomas Varga spoke. "Varga lang ang gusto nila," one said.', [['Tomas Varga', 'PER'], ['Varga', 'PER']]],
  ['party-after-vote: the surname of a person the article names', 'Ann Reed ran again. Many voted Reed.', [['Ann Reed', 'PER'], ['Reed', 'PER']]],
  ['party-after-vote: a preposition between', 'Many voted for Green.', [['Green', 'PER']]],
];

const HAND_ROWS: [string, string, [string, TagSpan['type']][], string[]][] = [
  ['place-after-office-of', 'The deputy mayor of Lyon said the tram would run again.', [['Lyon', 'ORG']], ['Lyon/LOC']],
  ['body-appositive-name', 'The grant went to Medvika, the vaccine alliance, on Monday.', [['Medvika', 'LOC']], ['Medvika/ORG']],
  ['body-appositive-name', 'Vorlik, the Canadian mining company, pays the tax. A spokesman said Vorlik wants relief.', [['Vorlik', 'PER'], ['Canadian', 'MISC'], ['Vorlik', 'PER']], ['Vorlik/ORG', 'Canadian/MISC', 'Vorlik/ORG']],
  ['body-appositive-name', 'Harrow Field Events, a sports and talent agency, says so.', [['Harrow Field Events', 'PER']], ['Harrow Field Events/ORG']],
  ['body-appositive-name', 'Tarvo, a Finnish charity, said the aid had arrived.', [['Tarvo', 'PER'], ['Finnish', 'MISC']], ['Tarvo/ORG', 'Finnish/MISC']],
  ['body-appositive-name: an acronym before a trade that is a person\'s too', 'Power came back after KPGN, the regional grid operator, fixed the line.', [['KPGN', 'LOC']], ['KPGN/ORG']],
  ['body-appositive-name: a body\'s noun that modifies the head', 'Norvex, the state power network company, said the lines were down.', [['Norvex', 'PER']], ['Norvex/ORG']],
  ['body-appositive-name', 'The money went to Gorvel, the Geneva-based vaccine alliance.', [['Gorvel', 'LOC'], ['Geneva', 'MISC']], ['Gorvel/ORG', 'Geneva/MISC']],
  ['misc-source-after-according-to', 'Output fell, according to Kelvira, the state agency.', [['Kelvira', 'MISC']], ['Kelvira/ORG']],
  ['foreign-quotation-opener', '"Bigas lang ang habol namin," the vendor said.', [['Bigas', 'PER']], []],
  ['party-after-vote', 'A third of renters said they would consider voting Green.', [['Green', 'PER']], ['Green/ORG']],
  ['party-after-vote', 'Many farmers voted Harvest in 2024.', [['Harvest', 'PER']], ['Harvest/ORG']],
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
