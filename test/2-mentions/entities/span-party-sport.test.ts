// Stage 2 (src/2-mentions/entities/span-party-sport.ts): a party named by its members' plural after
// "the" and one capitalised word, and a national sports body named by its sport and its country, are
// one organisation each, and so is a body's acronym before a country ("NHS England") (session 35, probe 47). Sentences written for this test; names invented.
import { describe } from 'vitest';
import { spanRuleCases, type SpanRuleRows } from './_hand-spans.js';

const CASES: SpanRuleRows = {
  rows: [
    ['party-plural-name', 'The Sweden Democrats said the pension plan would fail.', ['Organization/Sweden Democrats']],
    ['party-plural-name', 'Leaders of the Social Democrats met in Oslo on Monday.', ['Organization/Social Democrats', 'Place/Oslo']],
    ['party-plural-name', 'The Liberal Democrats voted against the budget.', ['Organization/Liberal Democrats']],
    ['party-plural-name', 'The Christian Democrats said the coalition would hold.', ['Organization/Christian Democrats']],
    ['sport-country-body', 'Swimming Canada said the coach had been suspended.', ['Organization/Swimming Canada']],
    ['sport-country-body', 'Athletics Uganda backed the two-year ban.', ['Organization/Athletics Uganda']],
    ['sport-country-body', 'The decision was welcomed by Hockey Kenya on Friday.', ['Organization/Hockey Kenya']],
  ],
  handRows: [
    ['party-plural-name', 'The Finland Democrats opposed the treaty.', [['Finland', 'LOC'], ['Democrats', 'MISC']], ['Finland Democrats/ORG']],
    ['party-plural-name', 'Voters deserted the Ulster Unionists in May.', [['Unionists', 'MISC']], ['Ulster Unionists/ORG']],
    ['party-plural-name', 'The Radical Liberals backed the bill.', [['Radical', 'ORG'], ['Liberals', 'MISC']], ['Radical Liberals/ORG']],
    ['sport-country-body', 'Rowing Norway named its squad.', [['Norway', 'LOC']], ['Rowing Norway/ORG']],
    ['acronym-country-body', 'NHS England said routine operations would resume.', [['NHS England', 'LOC']], ['NHS England/ORG']],
    ['acronym-country-body', 'A spokesman for HSE Ireland said beds were full.', [['HSE Ireland', 'LOC']], ['HSE Ireland/ORG']],
  ],
  keptRows: [
    ['a chamber before the plural: its members, not a party', 'The Senate Democrats blocked the bill.', [['Senate', 'ORG'], ['Democrats', 'MISC']]],
    ['a US state before the plural: a state party\'s members', 'The Ohio Democrats met in Dayton.', [['Ohio', 'LOC'], ['Democrats', 'MISC'], ['Dayton', 'LOC']]],
    ['no "the" before the word', 'Many Kenyan Democrats stayed home.', [['Kenyan', 'MISC'], ['Democrats', 'MISC']]],
    ['a sport and a country apart, "in" between', 'Swimming in Norway is popular.', [['Norway', 'LOC']]],
    ['a world body before the country, not a sport alone', 'World Athletics said Kenya would be banned.', [['World Athletics', 'ORG'], ['Kenya', 'LOC']]],
    ['an acronym that is a place before a place', 'Storms hit the US Virgin Islands on Monday.', [['US Virgin Islands', 'LOC']]],
    ['a headline in capitals, where every word looks like an acronym', 'BLUE STATES GAIN VOTERS', [['BLUE STATES', 'LOC']]],
  ],
};

describe('span rules: parties named by their members and national sports bodies', () => {
  spanRuleCases(CASES);
});
