// Stage 2 (src/2-mentions/entities/span-kinds.ts): names whose kind their words or the words around them
// tell — a club and the side it beat, a named storm, a street, a place before its governor or a local's
// trade, a party the gazetteer knows. Sentences written for this test; each row fails without its rule.
import { describe } from 'vitest';
import type { TagSpan } from '../../../src/2-mentions/entities/tagger.js';
import { spanRuleCases } from './_hand-spans.js';

const HAND_ROWS: [string, string, [string, TagSpan['type']][], string[]][] = [
  ['club-name-tail', 'Kestrel Rovers beat Dunmore 3-1 on Saturday.', [['Kestrel Rovers', 'PER'], ['Dunmore', 'PER']], ['Kestrel Rovers/ORG', 'Dunmore/ORG']],
  ['club-name-tail', 'Fans of Tarvin Athletic waited outside.', [['Tarvin Athletic', 'LOC']], ['Tarvin Athletic/ORG']],
  ['score-opponent-club', 'Dunmore lost 0-2 at home, while Kestrel Wanderers beat Brackley 2-0.', [['Dunmore', 'ORG'], ['Kestrel Wanderers', 'ORG'], ['Brackley', 'PER']], ['Dunmore/ORG', 'Kestrel Wanderers/ORG', 'Brackley/ORG']],
  ['named-storm', 'Storm Brannagh brought down trees across the county.', [['Storm Brannagh', 'PER']], ['Storm Brannagh/MISC']],
  ['named-storm', 'Hurricane Melba hit the coast on Tuesday.', [['Melba', 'PER']], ['Hurricane Melba/MISC']],
  ['street-name-place', 'Two shops on Kellagh Street were closed after the fire.', [['Kellagh Street', 'ORG']], ['Kellagh Street/LOC']],
  ['street-name-place', 'Crowds gathered where the Kellagh and Dorset Streets meet.', [['Dorset Streets', 'PER']], ['Dorset Streets/LOC']],
  ['region-abbreviation-place', 'Fees in NSW rose again.', [['NSW', 'ORG']], ['NSW/LOC']],
  ['named-war', 'Veterans of the Harrowfield War marched on Sunday.', [['Harrowfield', 'ORG'], ['War', 'MISC']], ['Harrowfield War/MISC']],
  ['named-war', 'Scholars still compare the standoff to the Cold War.', [['Cold War', 'ORG']], ['Cold War/MISC']],
  ['place-before-office', 'Marsabit Governor Ali Wario said the roads were cut.', [['Marsabit', 'ORG'], ['Ali Wario', 'PER']], ['Marsabit/LOC', 'Ali Wario/PER']],
  ['place-before-office', 'Geelong Mayor Tom Ruiz opened the pool.', [['Geelong', 'ORG'], ['Tom Ruiz', 'PER']], ['Geelong/LOC', 'Tom Ruiz/PER']],
  ['place-before-local-person', 'A Gold Coast bookkeeper was jailed for fraud.', [['Gold Coast', 'ORG']], ['Gold Coast/LOC']],
  ['gazetteer-organisation-person', 'Plaid Cymru councillors voted against the budget.', [['Plaid Cymru', 'PER']], ['Plaid Cymru/ORG']],
  ['score-opponent-club', "Kestrel Rovers lost again. Their next game against Brackley is on Friday.", [['Kestrel Rovers', 'ORG'], ['Brackley', 'PER']], ['Kestrel Rovers/ORG', 'Brackley/ORG']],
  ['camel-case-company', 'TarvoRail says all services north of the river are cancelled.', [['TarvoRail', 'PER']], ['TarvoRail/ORG']],
  ['portfolio-after-title', 'The Minister of Fisheries, Tom Ruiz, said the quota would stay.', [['Fisheries', 'LOC'], ['Tom Ruiz', 'PER']], ['Tom Ruiz/PER']],
  ['portfolio-after-title', 'The Cabinet Secretary for Mining said the licences were valid.', [['Mining', 'ORG']], []],
  ['portfolio-inside-title', 'Vice Minister for Foreign Trade Lina Okafor said the talks would resume.', [['Trade', 'ORG'], ['Lina Okafor', 'PER']], ['Lina Okafor/PER']],
  ['portfolio-inside-title', 'Minister for Lands and Tourism Dr Lina Okafor said the park would reopen.', [['Lands', 'ORG'], ['Tourism Dr', 'ORG'], ['Lina Okafor', 'PER']], ['Lina Okafor/PER']],
  ['portfolio-inside-title', 'Deputy Minister of Foreign Trade and Investment Lina Okafor said so.', [['Foreign Trade', 'ORG'], ['Investment Lina Okafor', 'ORG']], ['Lina Okafor/PER']],
  ['person-after-title', 'Minister for Trade and Industry Lina Okafor said so.', [['Trade and Industry Lina Okafor', 'ORG']], ['Lina Okafor/PER']],
  ['portfolio-inside-title', 'Interior Cabinet Secretary Lina Okafor said the curfew would end.', [['Interior Cabinet', 'ORG'], ['Lina Okafor', 'PER']], ['Lina Okafor/PER']],
  ['portfolio-inside-title', 'Public Works and Highways Secretary Tomas Reyes said the bridge was safe.', [['Highways', 'ORG'], ['Tomas Reyes', 'PER']], ['Tomas Reyes/PER']],
  ['portfolio-inside-title', 'The Cabinet Secretary for Mining said the licences were valid.', [['Cabinet', 'ORG']], []],
  ['holiday-name', 'Crowds filled the cathedral for Easter Mass.', [['Easter Mass.', 'LOC']], ['Easter Mass./MISC']],
  ['holiday-name', 'Shops in Tarvo close early during Ramadan.', [['Tarvo', 'LOC'], ['Ramadan', 'PER']], ['Tarvo/LOC', 'Ramadan/MISC']],
];

// Spans the rules must leave as they are.
const KEPT_ROWS: [string, string, [string, TagSpan['type']][]][] = [
  ['a tennis player before a score: no club in the sentence', 'Ana Ruiz beat Kovalenko 6-3 in the final.', [['Ana Ruiz', 'PER'], ['Kovalenko', 'PER']]],
  ['a club tail word in lower case', 'Tarvin united the party.', [['Tarvin', 'PER']]],
  ['a storm word that opens no name before a one-word span', 'The Storm and Kellagh met.', [['Kellagh', 'PER']]],
  ['a body before its governor', 'Reserve Bank Governor Ana Ruiz said rates would hold.', [['Reserve Bank', 'ORG'], ['Ana Ruiz', 'PER']]],
  ['English words before a governor', 'Federal Reserve Governor Ana Ruiz said rates would hold.', [['Federal Reserve', 'ORG'], ['Ana Ruiz', 'PER']]],
  ['a place before a sports role: its club', 'A Geelong coach said the side was tired.', [['Geelong', 'ORG']]],
  ['one word the gazetteer has as an organisation, also a surname', 'Michael Bloomberg met voters. Bloomberg said he would not run.', [['Michael Bloomberg', 'PER'], ['Bloomberg', 'PER']]],
  ['a match noun and "against" in an article with no club', 'Her next match against Kovalenko is on Friday.', [['Kovalenko', 'PER']]],
  ['a surname with a capital inside', 'Paul McTavish sang. McTavish said he was tired.', [['Paul McTavish', 'PER'], ['McTavish', 'PER']]],
  ['a place the gazetteer knows after a portfolio title', 'The Minister of Jamaica spoke.', [['Jamaica', 'LOC']]],
  ['a title that covers no portfolio', 'The Chairman of Orbit said sales rose.', [['Orbit', 'ORG']]],
  ['portfolio-inside-title: a party before the title', 'The Communist Party Secretary Li Wei spoke.', [['Communist Party', 'ORG'], ['Li Wei', 'PER']]],
  ['portfolio-inside-title: a department\'s own name before the title', 'Treasury Secretary Ann Roe spoke.', [['Treasury', 'ORG'], ['Ann Roe', 'PER']]],
  ['portfolio-inside-title: a company before the title', 'Orbit Chief Executive Ann Roe spoke.', [['Orbit', 'ORG'], ['Ann Roe', 'PER']]],
  ['portfolio-inside-title: no holder after the field', 'The Minister for Foreign Trade visited Lyon.', [['Foreign Trade', 'ORG'], ['Lyon', 'LOC']]],
  ['a given name and a surname written together, a handle', 'Thanks to everyone who came, wrote MariaTarvo on Friday.', [['MariaTarvo', 'PER']]],
  ['holiday-name: a capitalised word goes on with the name', 'Ships sailed to Christmas Island.', [['Christmas', 'PER'], ['Island', 'LOC']]],
  ['holiday-name: no holiday\'s day or rite after it', 'She met Easter Reeves.', [['Easter Reeves', 'PER']]],
  ['region-abbreviation-place: a body\'s name it opens', 'NSW Treasury said the deficit grew.', [['NSW Treasury', 'ORG']]],
  ['street-name-place: a common given name and a surname that is a street\'s word', 'Sarah Lane said the case was thin.', [['Sarah Lane', 'PER']]],
];

const ROWS: [string, string, string[]][] = [
  ['club-name-tail', 'Harlow United beat Fenwick 2-1 on Saturday.', ['Organization/Harlow United', 'Organization/Fenwick']],
  ['named-storm', 'Storm Elowen hit Scotland on Monday.', ['Place/Scotland']],
  ['street-name-place', 'The bakery on Dorset Street closed last year.', ['Place/Dorset Street']],
  ['place-before-office', 'Kilifi Governor Hassan Mwinyi said the county was ready.', ['Place/Kilifi', 'Person/Hassan Mwinyi']],
  ['place-before-local-person', 'A Gold Coast bookkeeper was jailed.', ['Place/Gold Coast']],
  ['gazetteer-organisation-person', 'Fianna Fáil councillors voted against the plan.', ['Organization/Fianna Fáil']],
  ['camel-case-company', '10:15 — ScotRail says all trains north of Perth are cancelled.', ['Organization/ScotRail', 'Place/Perth']],
  ['portfolio-after-title', 'The Minister of Electricity, Kgosientso Ramokgopa-Ndlovu, said the plan was sound.', ['Person/Kgosientso Ramokgopa-Ndlovu']],
];

describe('span rules that tell a name\'s kind', () => {
  spanRuleCases({ rows: ROWS, handRows: HAND_ROWS, keptRows: KEPT_ROWS });
});
