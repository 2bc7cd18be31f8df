// Stage 2 (src/2-mentions/entities/span-types.ts): spans led by a place name that the tagger typed
// or cut wrongly are reshaped by named rules. Sentences written for this test, read through
// findEntities; each row names the rule it exercises (each fails without the rules).
import { describe, expect, it } from 'vitest';
import { SPAN_JOIN_RULES } from '../../../src/2-mentions/entities/span-joins.js';
import { SPAN_PERSON_RULES } from '../../../src/2-mentions/entities/span-persons.js';
import { SPAN_PLACE_RULES } from '../../../src/2-mentions/entities/span-places.js';
import { SPAN_KIND_RULES } from '../../../src/2-mentions/entities/span-kinds.js';
import { SPAN_OUTLET_RULES } from '../../../src/2-mentions/entities/span-outlets.js';
import { SPAN_PRODUCT_RULES } from '../../../src/2-mentions/entities/span-products.js';
import { SPAN_WHOLE_BODY_RULES } from '../../../src/2-mentions/entities/span-whole-bodies.js';
import { SPAN_CONTEXT_RULES } from '../../../src/2-mentions/entities/span-context-types.js';
import { SPAN_HEAD_NAME_RULES } from '../../../src/2-mentions/entities/span-head-names.js';
import { SPAN_COMMON_NOUN_RULES } from '../../../src/2-mentions/entities/span-common-nouns.js';
import { SPAN_COMPOUND_NAME_RULES } from '../../../src/2-mentions/entities/span-compound-names.js';
import { SPAN_PARTY_SPORT_RULES } from '../../../src/2-mentions/entities/span-party-sport.js';
import { SPAN_PLACE_LIST_RULES } from '../../../src/2-mentions/entities/span-place-lists.js';
import { SPAN_CURRENCY_RULES } from '../../../src/2-mentions/entities/span-currency-amounts.js';
import { SPAN_JOB_TITLE_RULES } from '../../../src/2-mentions/entities/span-job-titles.js';
import { retypeSpans, SPAN_TYPE_RULES } from '../../../src/2-mentions/entities/span-types.js';
import type { TagSpan } from '../../../src/2-mentions/entities/tagger.js';
import { handSpans, keys, spanRuleCases } from './_hand-spans.js';

const ROWS: [string, string, string[]][] = [
  ['service-before-place', 'Police Wales told the hearing that it had no record of the complaint.', ['Organization/Police Wales']],
  ['service-before-place', 'Exports rose 3 percent last year, according to Statistics Norway.', ['Organization/Statistics Norway']],
  ['abbreviated-title-tail', 'Texas Sen. Dana Ruiz says the plan will fail.', ['Place/Texas', 'Person/Dana Ruiz']],
  ['bracketed-acronym-letter', 'Earlier, the KPN(UML) said it would join the talks.', ['Organization/KPN(UML)']],
  ['language-name', '"We will rebuild the market," Ada Okafor said in Yoruba.', ['Person/Ada Okafor']],
  ['language-name', 'Speaking in Hindi, Ravi Menon said the scheme would continue.', ['Person/Ravi Menon']],
  ['party-state-tag', 'Sen. Mary Roe, R-S.C., said she agreed.', ['Person/Mary Roe', 'Organization/Republican Party']],
  ['party-state-tag', 'Rep. Ann Lee (D-N.Y.) said the bill was dead.', ['Person/Ann Lee', 'Organization/Democratic Party']],
  ['party-state-tag', 'Sen. Jo Li, I-Vt., voted yes.', ['Person/Jo Li', 'Place/Vt.']],
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
  ['event-company-name', 'Vaskilo Games plans to cut 180 jobs.', [['Games', 'PER']], ['Vaskilo Games/ORG']],
  ['event-company-name', 'Kalvaro Games said it would close its studio.', [['Kalvaro Games', 'PER']], ['Kalvaro Games/ORG']],
  ['event-company-name', 'The studio Tindra Games cut its forecast.', [['Tindra Games', 'MISC']], ['Tindra Games/ORG']],
  ['place-service-body', 'A man was arrested, South Wales Police said.', [['South Wales Police', 'LOC']], ['South Wales Police/ORG']],
  ['place-service-body', 'Pipes burst overnight, Sydney Water said.', [['Sydney Water', 'PER']], ['Sydney Water/ORG']],
  ['service-before-place', 'A spokesman for Police Wales said the road was closed.', [['Police Wales', 'PER']], ['Police Wales/ORG']],
  ['service-before-place', 'Wages rose, according to Statistics Korea.', [['Statistics', 'ORG'], ['Korea', 'LOC']], ['Statistics Korea/ORG']],
  ['service-before-place', 'Statistics Tarvia said prices fell.', [['Statistics', 'ORG'], ['Tarvia', 'LOC']], ['Statistics Tarvia/ORG']],
  ['facility-head-place', 'Crowds gathered at the Tarvin Factory on Monday.', [['Tarvin Factory', 'PER']], ['Tarvin Factory/LOC']],
  ['facility-head-place', 'Protesters filled Halden Square again.', [['Halden Square', 'PER']], ['Halden Square/LOC']],
  ['given-name-person', 'Shares of Marcy Halvorsen fell after the verdict.', [['Marcy Halvorsen', 'ORG']], ['Marcy Halvorsen/PER']],
  ['given-name-person', 'The award went to Gregory Vantongeren on Friday.', [['Gregory Vantongeren', 'ORG']], ['Gregory Vantongeren/PER']],
  ['given-name-person', 'The singer Mary J. Halvorsen asked about the levee.', [['Mary J. Halvorsen', 'ORG']], ['Mary J. Halvorsen/PER']],
  ['legal-form-name', 'Dockers at Harlan Marine of Rotterdam Ltd walked out.', [['Harlan Marine', 'ORG'], ['Rotterdam Ltd', 'ORG']], ['Harlan Marine of Rotterdam Ltd/ORG']],
  ['legal-form-name', 'Analysts at Carver Holt & Co expect a rate cut.', [['Carver Holt', 'PER']], ['Carver Holt & Co/ORG']],
  ['legal-form-name', 'The bid for Tamsin Wells Ceramics SpA was raised.', [['Tamsin Wells', 'PER'], ['Ceramics SpA', 'ORG']], ['Tamsin Wells Ceramics SpA/ORG']],
  ['legal-form-name', 'Shares of Price Halvorsen Sloan Inc. fell sharply.', [['Halvorsen Sloan Inc.', 'ORG']], ['Price Halvorsen Sloan Inc./ORG']],
  ['legal-form-name', 'General Kestrel Co. said sales rose in May.', [['Kestrel Co.', 'PER']], ['General Kestrel Co./ORG']],
  ['legal-form-name', 'Company Name Halvorsen Hospitality Inc', [['Halvorsen Hospitality Inc', 'ORG']], ['Halvorsen Hospitality Inc/ORG']],
  ['bracketed-acronym-letter', 'Meanwhile, the HPK(R) said it would contest every seat.', [['HPK', 'MISC'], ['R', 'ORG']], ['HPK(R)/ORG']],
  ['compass-before-body', 'Officers from East Harlowshire Police said the road was closed.', [['Harlowshire Police', 'ORG']], ['East Harlowshire Police/ORG']],
  ['compass-before-body', 'Southern Tarvinshire Fire Service said two crews attended.', [['Southern', 'PER'], ['Tarvinshire Fire Service', 'ORG']], ['Southern Tarvinshire Fire Service/ORG']],
  ['organisation-of-tail', 'The Council for Coastal Fisheries said the quota was too low.', [['Council', 'ORG']], ['Council for Coastal Fisheries/ORG']],
  ['organisation-of-tail', 'The Harbour Panel on Coastal Change said the sea would rise.', [['Harbour Panel', 'ORG'], ['Coastal Change', 'PER']], ['Harbour Panel on Coastal Change/ORG']],
  ['organisation-of-tail', 'The Karunan Agency for Clean Water said the dam was safe.', [['Karunan Agency', 'MISC'], ['Clean Water', 'PER']], ['Karunan Agency for Clean Water/ORG']],
  ['organisation-of-tail', 'Ministers of the Nation of Karuna met in the hall.', [['Nation', 'ORG']], ['Nation of Karuna/ORG']],
  ['organisation-of-tail', 'A ruling by the League of Rural Towns was expected.', [['League', 'ORG'], ['Rural Towns', 'MISC']], ['League of Rural Towns/ORG']],
  ['organisation-of-tail', 'The Harlow Centre for Water Safety said the lake was closed.', [['Harlow Centre', 'LOC'], ['Water Safety', 'PER']], ['Harlow Centre for Water Safety/ORG']],
  ['organisation-of-tail', 'The Tarvia Centre for Crop Pests and Diseases said locusts had spread.', [['Tarvia Centre', 'LOC'], ['Crop Pests', 'PER'], ['Diseases', 'ORG']], ['Tarvia Centre for Crop Pests and Diseases/ORG']],
  ['acronym-confirmed-name', 'The Alliance for Clean Water in Ghana (ACWG) said the wells were dry.', [['Alliance for Clean Water', 'ORG'], ['Ghana', 'LOC'], ['ACWG', 'ORG']], ['Alliance for Clean Water in Ghana/ORG', 'ACWG/ORG']],
  ['acronym-confirmed-name', 'The Cabin Pressure Warning System (CPWS) failed.', [['Cabin', 'PER'], ['Pressure Warning', 'ORG'], ['System', 'ORG'], ['CPWS', 'ORG']], ['Cabin/PER', 'Pressure Warning/ORG', 'System/ORG', 'CPWS/ORG']],
  ['acronym-confirmed-name', 'Leaders of the Odisha Gana Morcha (OGM) met on Monday.', [['Odisha', 'ORG'], ['Gana Morcha', 'PER'], ['OGM', 'ORG']], ['Odisha Gana Morcha/ORG', 'OGM/ORG']],
  ['acronym-confirmed-name', 'Members of the Harbour Pilots and Boatmen Union (HPBU) voted.', [['Harbour Pilots', 'ORG'], ['Boatmen Union', 'ORG'], ['HPBU', 'ORG']], ['Harbour Pilots and Boatmen Union/ORG', 'HPBU/ORG']],
  ['national-party-name', 'Leaders of the Moldovan Farmers Party met in the capital.', [['Moldovan', 'MISC'], ['Farmers Party', 'ORG']], ['Moldovan Farmers Party/ORG']],
  ['national-party-name', 'A spokesman for the Kenyan Red Cross said roads were cut.', [['Kenyan', 'MISC'], ['Red Cross', 'ORG']], ['Kenyan Red Cross/ORG']],
  ['national-party-name', 'The Moldovan Farmers Union of Balti said prices fell.', [['Moldovan', 'MISC'], ['Farmers Union of Balti', 'ORG']], ['Moldovan Farmers Union of Balti/ORG']],
  ['possessive-company-name', "Harlow's Bakeries Inc agreed to the bid. Harlow's said the price was fair.", [['Harlow', 'ORG'], ['Bakeries Inc', 'ORG'], ['Harlow', 'ORG']], ["Harlow's Bakeries Inc/ORG", "Harlow's/ORG"]],
  ['ship-name', 'The aircraft carrier Harold Quist docked in Norfolk. The Harold Quist sailed on Monday.', [['Harold Quist', 'PER'], ['Norfolk', 'LOC'], ['Harold Quist', 'ORG']], ['Harold Quist/MISC', 'Norfolk/LOC', 'Harold Quist/MISC']],
  ['party-state-tag', 'Sen. Tom Hale (I) voted no.', [['Tom Hale', 'PER'], ['I', 'ORG']], ['Tom Hale/PER']],
  ['party-state-tag', 'Rep. Ann Lee, D-Calif., said no.', [['Ann Lee', 'PER'], ['D', 'PER'], ['Calif.', 'LOC']], ['Ann Lee/PER', 'D-Calif./ORG']],
  ['party-state-tag', 'Sen. Jo Li, I-Vt., voted.', [['Jo Li', 'PER'], ['I', 'PER'], ['Vt.', 'ORG']], ['Jo Li/PER', 'Vt./LOC']],
  ['ship-name', 'Divers reached the wreck of the RMS Larkspur last week.', [['RMS Larkspur', 'ORG']], ['RMS Larkspur/MISC']],
  ['company-head', 'Harbour Freight Services said it would hire drivers.', [['Harbour Freight Services', 'PER']], ['Harbour Freight Services/ORG']],
  ['company-head', 'Output at Kestrel Electric Power rose in May.', [['Kestrel Electric Power', 'LOC']], ['Kestrel Electric Power/ORG']],
  ['company-head', 'Sales at Kia Motors fell in May.', [['Kia Motors', 'PER']], ['Kia Motors/ORG']],
  ['company-head', 'Nimbus Computing said it would hire 200 engineers.', [['Nimbus Computing', 'PER']], ['Nimbus Computing/ORG']],
  ['company-head', 'Fenwick Savings said deposits had risen.', [['Fenwick Savings', 'PER']], ['Fenwick Savings/ORG']],
  ['company-head', 'MPs questioned Wexmoor Valley Water executives on Tuesday.', [['Wexmoor Valley Water', 'PER']], ['Wexmoor Valley Water/ORG']],
  ['company-head', 'Brantley Gas said bills would rise in April.', [['Brantley Gas', 'PER']], ['Brantley Gas/ORG']],
  ['company-head', 'Trains were cancelled, Carrowdale Rail said.', [['Carrowdale Rail', 'PER']], ['Carrowdale Rail/ORG']],
  ['company-head', 'Tom Avery, an analyst at Harwick Research, said buyers would wait.', [['Tom Avery', 'PER'], ['Harwick Research', 'LOC']], ['Tom Avery/PER', 'Harwick Research/ORG']],
  ['company-head', 'Calder Finance said it would cut rates.', [['Calder Finance', 'PER']], ['Calder Finance/ORG']],
  ['company-head', 'Northgate Capital said it had sold its stake.', [['Northgate Capital', 'LOC']], ['Northgate Capital/ORG']],
  ['company-head', 'Tshabalala Platinum said two shafts had flooded.', [['Tshabalala Platinum', 'PER']], ['Tshabalala Platinum/ORG']],
  ['company-head', 'Shares in Marrow Creek Gold fell 4 percent.', [['Marrow Creek Gold', 'LOC']], ['Marrow Creek Gold/ORG']],
  ['company-head', 'Output at Kirrawee Coal rose in May.', [['Kirrawee Coal', 'PER']], ['Kirrawee Coal/ORG']],
  ['company-head', 'Veridane Bio said its pill cut weight by a tenth.', [['Veridane Bio', 'PER']], ['Veridane Bio/ORG']],
  ['company-head', 'Kestrel Aerospace said deliveries would resume.', [['Kestrel Aerospace', 'PER']], ['Kestrel Aerospace/ORG']],
  ['company-head', 'Sales at Kestrel Motor Company fell in May.', [['Kestrel Motor Company', 'PER']], ['Kestrel Motor Company/ORG']],
  // (Continental company names' last words as English news writes them: entity-words.json companyHeads.)
  ['company-head', 'Trondal Eiendom bought two office blocks in Oslo.', [['Trondal Eiendom', 'PER']], ['Trondal Eiendom/ORG']],
  ['company-head', 'Vessby Fastigheter bought a mall in Uppsala.', [['Vessby Fastigheter', 'PER']], ['Vessby Fastigheter/ORG']],
  ['company-head', 'Shareholders of Kavak Holding approved the merger.', [['Kavak Holding', 'PER']], ['Kavak Holding/ORG']],
  ['company-head', 'Trucks of Tamsway Freight blocked the road.', [['Tamsway Freight', 'PER']], ['Tamsway Freight/ORG']],
  ['institution-name-run', 'Students from Halvorsen Catholic High School marched.', [['Halvorsen Catholic', 'PER'], ['School', 'PER']], ['Halvorsen Catholic High School/ORG']],
  ['institution-name-run', 'A teacher at Maple Ridge Secondary School spoke.', [['Maple Ridge', 'LOC'], ['Secondary', 'ORG'], ['School', 'PER']], ['Maple Ridge Secondary School/ORG']],
  ['institution-name-run', 'Doctors at Tarvin General Hospital were told.', [['Tarvin General Hospital', 'PER']], ['Tarvin General Hospital/ORG']],
  ['institution-name-run', 'The trial was reported in The Harbour Valley Journal of Medicine.', [['Harbour Valley', 'LOC'], ['Medicine', 'LOC']], ['Harbour Valley Journal of Medicine/ORG']],
  ['event-name', 'She won the Lakeside Open last year.', [['Lakeside Open', 'ORG']], ['Lakeside Open/MISC']],
  ['event-name', 'The keynote at the Harbour Developers Conference drew crowds.', [['Harbour Developers Conference', 'ORG']], ['Harbour Developers Conference/MISC']],
  ['event-name', 'Sales were strong at the Tarvin Motor Show.', [['Tarvin Motor Show', 'ORG']], ['Tarvin Motor Show/MISC']],
  ['event-name', 'He lost in the Lakeside Open final.', [['Lakeside', 'LOC']], ['Lakeside Open/MISC']],
  ['event-name', 'Shops stay closed on Founders Day in Tarvin.', [['Founders Day', 'PER'], ['Tarvin', 'LOC']], ['Founders Day/MISC', 'Tarvin/LOC']],
];

// Spans the joining and typing rules above must leave as they are.
const KEPT_ROWS: [string, string, [string, TagSpan['type']][]][] = [
  ['an event\'s name after "the" (guard of event-company-name, read as an event)', 'Athletes said the Varnic Games were fun.', [['Varnic Games', 'MISC']]],
  ['an event\'s name before a plural verb (guard of event-company-name)', 'Varnic Games open in Oslo on Monday.', [['Varnic Games', 'MISC']]],
  ['a force\'s word before a place that opens a longer name', 'Police Wales Rugby Union said so.', [['Wales Rugby Union', 'ORG']]],
  ['a force\'s word before a town, no country or region', 'Police Harlow said so.', [['Harlow', 'LOC']]],
  ['an acronym with a bracketed letter after a space (guard)', 'The HPK (R) list was filed.', [['HPK', 'ORG'], ['R', 'ORG']]],
  ['a compass word after another capitalised word (guard)', 'Chief Inspector West Harlowshire Police said no.', [['Harlowshire Police', 'ORG']]],
  ['a compass word before a one-word organisation (guard)', 'The road goes west Harlowshire said.', [['Harlowshire', 'ORG']]],
  ['a compass word before a company with no body head (guard)', 'Shares in North Harlow Cables rose.', [['Harlow Cables', 'ORG']]],
  ['a letter that is no party tag', 'The plan (B) was dropped and Plan D failed.', [['B', 'ORG'], ['Plan D', 'MISC']]],
  ['a person after a body\'s "on"', 'The Commission on Jane Harlan met.', [['Commission', 'ORG'], ['Jane Harlan', 'PER']]],
  ['a given name and an initial before an English word', 'Staff at Mary J. Foundation were told on Friday.', [['Mary J. Foundation', 'ORG']]],
  ['a person before "of" is no part of the company after it', 'John Ruiz of Acme Corp said so.', [['John Ruiz', 'PER'], ['Acme Corp', 'ORG']]],
  ["a place before \"'s\" is no part of the company after it", "Britain's Acme Corp fell.", [['Britain', 'LOC'], ['Acme Corp', 'ORG']]],
  ['a date after an organisation\'s head word', 'The Commission on Monday fined the bank.', [['Commission', 'ORG']]],
  ['a school word opening the next sentence', 'She met Ana Ruiz. School starts on Monday.', [['Ana Ruiz', 'PER']]],
  ['a title-case headline\'s preposition before a school word', 'Small Steps Toward College Savings.', [['Small Steps', 'PER']]],
  ['a place after "on" and a university', 'Students at Hadley University on Long Island voted.', [['Hadley University', 'ORG'], ['Long Island', 'LOC']]],
  ['a title after the tail', 'The Board of Trustees Chairman Ana Ruiz resigned.', [['Board of Trustees', 'ORG'], ['Ana Ruiz', 'PER']]],
  ['an acronym that does not spell the words', 'The Alliance for Clean Water in Ghana (ACW) said the wells were dry.', [['Alliance for Clean Water', 'ORG'], ['Ghana', 'LOC'], ['ACW', 'ORG']]],
  ['a demonym before a ministry', 'The Moldovan Foreign Ministry said so.', [['Moldovan', 'MISC'], ['Foreign Ministry', 'ORG']]],
  ["a company's possessive when no company name holds it", "Harlow's profit rose. Harlow's Bakeries opened.", [['Harlow', 'ORG'], ['Harlow', 'ORG']]],
  ['an airline after "carrier"', 'Fares rose at the carrier Skylark, the budget airline said.', [['Skylark', 'ORG']]],
  ['a common given name before a company word', 'Ambassador Samantha Power spoke on Monday.', [['Samantha Power', 'PER']]],
  ['a person before an event word', 'Man of the match: Ravi Fonseka Next Series match: Kenya v Oman.', [['Ravi Fonseka Next', 'PER']]],
  ['a common given name before an event word', 'The singer Doris Day died in May.', [['Doris Day', 'PER']]],
  ['an organisation\'s head word before an event word', 'Members of the Organisation of Coastal Conference met.', [['Organisation of Coastal Conference', 'ORG']]],
  ['a common given name before a building\'s word', 'The singer Megan Square sang.', [['Megan Square', 'PER']]],
];

describe('retypeSpans', () => {
  spanRuleCases({ rows: ROWS, handRows: HAND_ROWS, keptRows: KEPT_ROWS });

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
    // (SPAN_JOIN_RULES, SPAN_PRODUCT_RULES, SPAN_PLACE_RULES, SPAN_OUTLET_RULES, SPAN_KIND_RULES and SPAN_PERSON_RULES have their rows in span-joins, span-products, span-places, span-outlets, span-kinds and span-persons.test.ts;
    // SPAN_WHOLE_BODY_RULES, SPAN_CONTEXT_RULES, SPAN_HEAD_NAME_RULES and SPAN_COMPOUND_NAME_RULES in whole-body-names, context-typed-names,
    // span-head-names and span-compound-names.test.ts; SPAN_COMMON_NOUN_RULES in span-common-nouns.test.ts; SPAN_PARTY_SPORT_RULES, SPAN_PLACE_LIST_RULES,
    // SPAN_CURRENCY_RULES and SPAN_JOB_TITLE_RULES in span-party-sport, span-place-lists, span-currency-amounts and span-job-titles.test.ts.)
    const joins = new Set([...SPAN_JOIN_RULES, ...SPAN_PRODUCT_RULES, ...SPAN_PLACE_RULES, ...SPAN_OUTLET_RULES, ...SPAN_KIND_RULES, ...SPAN_PERSON_RULES, ...SPAN_WHOLE_BODY_RULES, ...SPAN_CONTEXT_RULES, ...SPAN_HEAD_NAME_RULES, ...SPAN_COMPOUND_NAME_RULES, ...SPAN_COMMON_NOUN_RULES, ...SPAN_PARTY_SPORT_RULES, ...SPAN_PLACE_LIST_RULES, ...SPAN_CURRENCY_RULES, ...SPAN_JOB_TITLE_RULES].map((r) => r.id));
    expect(SPAN_TYPE_RULES.map((r) => r.id).filter((id) => !ids.includes(id) && !joins.has(id))).toEqual([]);
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
