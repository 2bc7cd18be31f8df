// Stage 2 (src/2-mentions/entities/span-joins.ts): names the tagger cut at punctuation inside them —
// bracketed town letters in a results line, a plural's apostrophe before an organisation's head word,
// hyphenated given names — and at a lower-case connector (span-connectors.ts: "More in | Common",
// "Save | the | Children") are joined by named rules. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { SPAN_JOIN_RULES } from '../../../src/2-mentions/entities/span-joins.js';
import type { TagSpan } from '../../../src/2-mentions/entities/tagger.js';
import { spanRuleCases } from './_hand-spans.js';

// Read through findEntities: the tagger's own spans.
const ROWS: [string, string, string[]][] = [
  ['club-town-letters', 'Sloboda 4 Partizan (K) 0', ['Organization/Sloboda', 'Organization/Partizan (K)']],
  ['club-town-letters', 'Results: Dinamo (Z) 2 Hajduk 1', ['Organization/Dinamo (Z)', 'Organization/Hajduk']],
  ['plural-possessive-organisation', "Leaders of the Harbour Pilots' Association said the port would close.", ["Organization/Harbour Pilots' Association"]],
  ['plural-possessive-organisation', "A spokesman for the Coal Miners' Union said talks failed.", ["Organization/Coal Miners' Union"]],
  ['hyphenated-given-name', '8. Charles-Michael Orbeck (Germany) 16.12', ['Person/Charles-Michael Orbeck', 'Place/Germany']],
  ['hyphenated-given-name', 'Scorers: Joe-Max Harlan (3rd minute), Eric Wynd (60th).', ['Person/Joe-Max Harlan', 'Person/Eric Wynd']],
  ['hyphenated-syllable-name', 'The message went to Choi Young-hoon on Friday.', ['Person/Choi Young-hoon']],
  ['hyphenated-syllable-name', 'He asked for the return of Kim In-so to the North.', ['Person/Kim In-so', 'Place/North']],
  ['hyphenated-syllable-name', 'Chen Chun-yeh told the judge he was sorry.', ['Person/Chen Chun-yeh']],
  ['regnal-number', 'Daughter of Henry VIII, Queen Elizabeth I ruled for 44 years.', ['Person/Henry VIII', 'Person/Elizabeth I']],
  ['regnal-number', 'The town was ceded by Emperor Charles VI in 1714.', ['Person/Charles VI']],
];

// Tagger spans given by hand, as the model cuts them in longer articles.
const HAND_ROWS: [string, string, [string, TagSpan['type']][], string[]][] = [
  ['modifier-before-organisation', 'The Harbourside Farmers Federation said the levy was unfair.', [['Harbourside', 'PER'], ['Farmers Federation', 'ORG']], ['Harbourside Farmers Federation/ORG']],
  ['modifier-before-organisation', 'The Dunmore Resources Council said exports had fallen.', [['Dunmore', 'LOC'], ['Resources Council', 'ORG']], ['Dunmore Resources Council/ORG']],
  ['modifier-before-organisation', 'The Dunmore Police Force said two men were held.', [['Dunmore', 'LOC'], ['Police Force', 'ORG']], ['Dunmore Police Force/ORG']],
  ['modifier-before-organisation', 'The Nordic Harbour Agency said it would review the findings.', [['Nordic', 'MISC'], ['Harbour Agency', 'ORG']], ['Nordic Harbour Agency/ORG']],
  ['gaelic-surname-particle', 'Eoin Ó Broin said the plan had failed.', [['Eoin', 'PER'], ['Ó Broin', 'ORG']], ['Eoin Ó Broin/PER']],
  ['gaelic-surname-particle', 'Máire Ní Bhriain told reporters the vote was close.', [['Máire', 'ORG'], ['Ní Bhriain', 'PER']], ['Máire Ní Bhriain/PER']],
  ['legal-form-after-comma', 'Harlow Mills, Inc. said it would cut 200 jobs.', [['Harlow', 'PER'], ['Mills', 'ORG']], ['Harlow Mills, Inc./ORG']],
  ['coordinated-organisation-name', 'The Nursing and Midwifery Council said the nurse was struck off.', [['Nursing', 'ORG'], ['Midwifery Council', 'ORG']], ['Nursing and Midwifery Council/ORG']],
  ['coordinated-organisation-name', 'The Ministry of Fisheries and Coastal Affairs said the port would close.', [['Ministry of Fisheries', 'ORG'], ['Coastal Affairs', 'ORG']], ['Ministry of Fisheries and Coastal Affairs/ORG']],
  ['event-name-opener', 'Leaders after the opening round of the Greater Milwaukee Open on Thursday.', [['Greater', 'PER'], ['Milwaukee', 'ORG'], ['Open', 'MISC']], ['Greater Milwaukee Open/MISC']],
  ['club-town-letters', 'Vardar 3 Rudnik ( B ) 1', [['Vardar', 'ORG'], ['Rudnik', 'ORG'], ['B', 'ORG']], ['Vardar/ORG', 'Rudnik ( B )/ORG']],
  ['plural-possessive-organisation', "The Lake Farmers' Cooperative Federation met.", [['Lake Farmers', 'ORG'], ['Cooperative Federation', 'ORG']], ["Lake Farmers' Cooperative Federation/ORG"]],
  ['hyphenated-given-name', 'Scorers: Jo-Max Harlan (3rd minute).', [['Max Harlan', 'PER']], ['Jo-Max Harlan/PER']],
  ['hyphenated-given-name', '8. Charles-Michael Orbeck (Germany) 16.12', [['Charles', 'PER'], ['Michael Orbeck', 'PER'], ['Germany', 'LOC']], ['Charles-Michael Orbeck/PER', 'Germany/LOC']],
  ['hyphenated-syllable-name', 'Red Cross president Li Song-ho said so.', [['Red Cross', 'ORG'], ['Li Song', 'PER']], ['Red Cross/ORG', 'Li Song-ho/PER']],
  ['given-name-before-person', 'Mary J. Harlan asked the mayor about the levee.', [['J. Harlan', 'PER']], ['Mary J. Harlan/PER']],
  ['quoted-nickname', 'Rep. Tobias K. “Toby” Marsh said the levee would hold.', [['Tobias K.', 'PER'], ['Toby', 'PER'], ['Marsh', 'PER']], ['Tobias K. “Toby” Marsh/PER']],
  ['given-name-before-person', 'A partner at the firm, Loretta E. Lynch said she was asked to present the case.', [['Loretta', 'LOC'], ['E. Lynch', 'PER']], ['Loretta E. Lynch/PER']],
  ['surname-he', 'Commerce Ministry spokesperson He Yadong said exports rose.', [['Commerce Ministry', 'ORG'], ['Yadong', 'PER']], ['Commerce Ministry/ORG', 'He Yadong/PER']],
  ['adjacent-person-pieces', 'NDP Leader Naheed Shah said the premier was picking fights.', [['NDP', 'ORG'], ['Naheed', 'PER'], ['Shah', 'PER']], ['NDP/ORG', 'Naheed Shah/PER']],
  ['adjacent-person-pieces', 'Tennis great Billie Jean King was honoured.', [['Billie', 'PER'], ['Jean King', 'PER']], ['Billie Jean King/PER']],
  ['lower-case-surname-particle', 'Harbour City manager Erik ten Hag said the team was ready.', [['Harbour City', 'ORG'], ['Erik', 'PER'], ['Hag', 'PER']], ['Harbour City/ORG', 'Erik ten Hag/PER']],
  ['lower-case-surname-particle', 'The goalkeeper Marc ter Stegen saved twice.', [['Marc', 'PER'], ['Stegen', 'PER']], ['Marc ter Stegen/PER']],
  ['lower-case-surname-particle', 'Dr. Omar bin Khalid Al Harbi said the deal would help exporters.', [['Khalid Al Harbi', 'PER']], ['Omar bin Khalid Al Harbi/PER']],
  ['lower-case-surname-particle', 'Crown Prince Faisal bin Nasser said the port would open.', [['Faisal', 'LOC'], ['Nasser', 'PER']], ['Faisal bin Nasser/PER']],
  ['country-led-organisation', 'UK Sport said the review was over.', [['UK', 'LOC'], ['Sport', 'ORG']], ['UK Sport/ORG']],
  ['country-led-organisation', 'According to the Kenya National Bureau of Statistics, maize output rose.', [['Kenya', 'LOC'], ['National Bureau of Statistics', 'ORG']], ['Kenya National Bureau of Statistics/ORG']],
  ['demonym-surname', '"Labour has no bounce," said Patrick English, director of analytics at Harbour Polling.', [['Labour', 'ORG'], ['Patrick', 'PER'], ['English', 'MISC'], ['Harbour Polling', 'ORG']], ['Labour/ORG', 'Patrick English/PER', 'Harbour Polling/ORG']],
  ['demonym-surname', 'Julia German said the show would return.', [['Julia', 'PER'], ['German', 'MISC']], ['Julia German/PER']],
  ['organisation-tail-word', 'The Harlow Independent School District said classes would resume.', [['Harlow Independent School', 'ORG']], ['Harlow Independent School District/ORG']],
  ['organisation-tail-word', 'The Philippine Department of Foreign Affairs rejected the account.', [['Philippine Department of Foreign', 'ORG']], ['Philippine Department of Foreign Affairs/ORG']],
  ['titled-given-name', 'Party Chairman Dorrit Vasquez called the vote a new low.', [['Party', 'ORG'], ['Chairman', 'PER'], ['Dorrit', 'ORG'], ['Vasquez', 'PER']], ['Party/ORG', 'Chairman/PER', 'Dorrit Vasquez/PER']],
  ['modifier-before-organisation', "The Nordic Harbour Pilots' Association welcomed the ruling.", [['Nordic', 'MISC'], ['Harbour Pilots', 'ORG'], ['Association', 'ORG']], ["Nordic Harbour Pilots' Association/ORG"]],
  ['coordinated-name-before-common-person', 'U.S. Harbour and Coastal Protection said arrests were down.', [['U.S. Harbour', 'LOC'], ['Coastal Protection', 'PER']], ['U.S. Harbour and Coastal Protection/ORG']],
  ['coordinated-name-before-common-person', 'Officers of U.S. Fisheries and Wildlife Enforcement seized the catch.', [['U.S.', 'LOC'], ['Fisheries', 'ORG'], ['Wildlife Enforcement', 'PER']], ['U.S. Fisheries and Wildlife Enforcement/ORG']],
  ['title-tail-before-person', 'Leader of the Opposition Maria Okafor said the count was flawed.', [['Opposition Maria Okafor', 'ORG']], ['Maria Okafor/PER']],
  ['title-tail-before-person', 'The session was opened by Speaker of the Assembly Jane Harlan.', [['Assembly Jane Harlan', 'ORG']], ['Jane Harlan/PER']],
  ['coordinated-name-before-common-person', 'Harbour and Coastal Protection said arrests were down.', [['Coastal Protection', 'PER']], ['Harbour and Coastal Protection/ORG']],
  ['connector-inside-name', 'A spokesman for Keepers of the Moorland said the fence was down.', [['Moorland', 'ORG']], ['Keepers of the Moorland/ORG']],
  ['body-of-field-list', 'The Department of Fisheries, Forests and Rivers said the ban would stay.', [['Department of Fisheries', 'ORG'], ['Forests', 'ORG'], ['Rivers', 'ORG']], ['Department of Fisheries, Forests and Rivers/ORG']],
  ['body-of-field-list', 'Agents of the Bureau of Salt, Timber and Harbour Dues seized the cargo.', [['Bureau of Salt', 'ORG'], ['Timber and Harbour Dues', 'ORG']], ['Bureau of Salt, Timber and Harbour Dues/ORG']],
  ['the-inside-name', 'Staff at Rescue the Strays said the shelter was full.', [['Rescue', 'PER'], ['Strays', 'MISC']], ['Rescue the Strays/ORG']],
  ['the-inside-name', 'Rescue the Strays said the shelter was full.', [['Rescue', 'LOC'], ['Strays', 'MISC']], ['Rescue the Strays/ORG']],
  ['connector-inside-name', 'Keepers of the Moorland said the fence was down. A report by Keepers of the Moorland found the same.', [['Moorland', 'ORG'], ['Moorland', 'ORG']], ['Keepers of the Moorland/ORG', 'Keepers of the Moorland/ORG']],
  ['connector-inside-name', 'A poll by Fewer in Harmony found that most voters were unhappy.', [['Harmony', 'LOC']], ['Fewer in Harmony/ORG']],
  ['connector-inside-name', 'The report was written by Keepers of the Moorland for the council.', [['Moorland', 'ORG']], ['Keepers of the Moorland/ORG']],
  ['connector-inside-name', 'Money raised by Rescue the Strays went to shelters.', [['Strays', 'MISC']], ['Rescue the Strays/MISC']],
  ['description-before-name', 'Conservation charity Harbour Trust said the dunes were at risk.', [['Conservation', 'ORG'], ['Harbour Trust', 'ORG']], ['Harbour Trust/ORG']],
  ['description-before-name', 'Technology blog Gadgetry said the phone was late.', [['Technology', 'ORG'], ['Gadgetry', 'ORG']], ['Gadgetry/ORG']],
];

// Spans the rules must leave as they are.
const KEPT_ROWS: [string, string, [string, TagSpan['type']][]][] = [
  ['a known body after a ministry', 'The Ministry of Fisheries and Google signed a deal.', [['Ministry of Fisheries', 'ORG'], ['Google', 'ORG']]],
  ['a club with one bracketed letter before no score', 'Hanover (L) said it would appeal.', [['Hanover', 'ORG'], ['L', 'ORG']]],
  ['a dateline with an agency', 'BOSTON (AP) 12 people died.', [['BOSTON', 'LOC'], ['AP', 'ORG']]],
  ['letters not before a number', 'Partizan (K) won again.', [['Partizan', 'ORG'], ['K', 'ORG']]],
  ['a possessive of a surname in -s', "The Reyes' Family Foundation gave.", [['Reyes', 'PER'], ['Family Foundation', 'ORG']]],
  ['a plural before a word that is no organisation head', "The Nelsons' Union Jack flew.", [['Nelsons', 'ORG'], ['Union Jack', 'MISC']]],
  ['a name before "-era"', 'The Bill Clinton-era rules were debated.', [['Bill Clinton', 'PER']]],
  ['a name before "-backed"', 'A Kim Song-backed plan failed.', [['Kim Song', 'PER']]],
  ['a headline\'s capitals before an event', 'SOCCER - BELARUS BEAT ESTONIA IN WORLD CUP QUALIFIER', [['BELARUS', 'LOC'], ['ESTONIA', 'LOC']]],
  ['a place of the gazetteer that is also an English word', 'From Reading Film Festival winners to newcomers.', [['Reading', 'LOC'], ['Film Festival', 'MISC']]],
  ['a lone "I" after a name with no monarch\'s title', 'When I told John I was leaving, he cried.', [['John', 'PER']]],
  ['"V" after a name in capitals (a headline\'s "versus")', 'CRICKET - ENGLAND V PAKISTAN SCOREBOARD', [['ENGLAND', 'LOC'], ['PAKISTAN', 'LOC']]],
  ['a numeral after a word that is no given name', 'Delegates at Vatican II voted.', [['Vatican', 'LOC']]],
  ['a word that is no given name before the hyphen', 'The Rotterdam-Max Harlan deal fell through.', [['Max Harlan', 'PER']]],
  ['an organisation the lexicon knows between a title and a name', 'Board Chairman Harbour Vasquez resigned.', [['Board', 'ORG'], ['Chairman', 'PER'], ['Harbour', 'ORG'], ['Vasquez', 'PER']]],
  ['a quoted word after a name and before a place', 'Marsh called it “Tobias” Harbour.', [['Marsh', 'PER'], ['Tobias', 'PER'], ['Harbour', 'LOC']]],
  ['a given name that is also a common word, left out before a person', 'Will Harlan said the levee would hold.', [['Harlan', 'PER']]],
  ['a place the gazetteer knows before a person', 'From Victoria Beckham replied that the tour was over.', [['Victoria', 'LOC'], ['Beckham', 'PER']]],
  ['a rare given name read as a place before a person', 'From Ottilie Reyes came the reply.', [['Ottilie', 'LOC'], ['Reyes', 'PER']]],
  ['a particle before a place, not a person', 'Ana Ruiz de Madrid won.', [['Ana Ruiz', 'PER'], ['Madrid', 'LOC']]],
  ['the pronoun before a verb and a name', 'He met Ana Ruiz on Monday.', [['Ana Ruiz', 'PER']]],
  ['two people on two lines of a results column', '1. Jane\nQuigley 2:31', [['Jane', 'PER'], ['Quigley', 'PER']]],
  ['a body\'s word that opens the next sentence', 'He left Harbour Mills. Council members were angry.', [['Harbour Mills', 'ORG']]],
  ['a body\'s word after a place', 'The Harlow District said so.', [['Harlow', 'LOC']]],
  ['an acronym after a country', 'The UK RAF flew two sorties.', [['UK', 'LOC'], ['RAF', 'ORG']]],
  ['a language after a given name, before a preposition', 'She taught Maria English at school.', [['Maria', 'PER'], ['English', 'MISC']]],
  ['a government body after a country', 'The Kenya Treasury said the levy would stay.', [['Kenya', 'LOC'], ['Treasury', 'ORG']]],
  ['a word before "bin" that is in a span of its own', 'Minister Ahmed bin Saleh spoke.', [['Minister Ahmed', 'ORG'], ['Saleh', 'PER']]],
  ['an organisation of two words between a title and a name', 'Chairman Dorrit Holdings Vasquez resigned.', [['Chairman', 'PER'], ['Dorrit Holdings', 'ORG'], ['Vasquez', 'PER']]],
  ['a title\'s "of" phrase before a connector', 'The plan of the Minister of State for Coastal Affairs failed.', [['Coastal Affairs', 'ORG']]],
  ['a nationality before a plural\'s apostrophe and no head word', "The Nordic Harbour Pilots' boats sailed.", [['Nordic', 'MISC'], ['Harbour Pilots', 'ORG']]],
  ['two bodies joined by "and"', 'The U.S. Army and Navy held drills.', [['U.S. Army', 'ORG'], ['Navy', 'ORG']]],
  ['a body and a person with a given name', 'Harbour Trust and Maria Lopez met.', [['Harbour Trust', 'ORG'], ['Maria Lopez', 'PER']]],
  ['a body after a title and "of the"', 'The Leader of the House Rules Committee spoke.', [['House Rules Committee', 'ORG']]],
  ['a given name before "and" and common words read as a person', 'Maria and Harbour Keeper said so.', [['Harbour Keeper', 'PER']]],
  ['a ministry, then a list of bodies', 'The Ministry of Fisheries, Foreign Office and Treasury met.', [['Ministry of Fisheries', 'ORG'], ['Foreign Office', 'ORG'], ['Treasury', 'ORG']]],
  ['a ministry, then a list of people', 'The Ministry of Fisheries, Maria Lopez and Ana Ruiz met.', [['Ministry of Fisheries', 'ORG'], ['Maria Lopez', 'PER'], ['Ana Ruiz', 'PER']]],
  ['a given name before "the"', 'Alexander the Great crossed the river.', [['Alexander', 'PER'], ['Great', 'PER']]],
  ['a day before "the"', 'On Monday the Senate voted.', [['Monday', 'MISC'], ['Senate', 'ORG']]],
  ['a company the gazetteer knows before "the"', 'He told Google the Senate would vote.', [['Google', 'ORG'], ['Senate', 'ORG']]],
  ['a capitalised word at a sentence\'s start before "of the", the name alone elsewhere', 'Critics of the Government said so. The Government denied it.', [['Government', 'ORG'], ['Government', 'ORG']]],
  ['a title before "of the"', 'The motion was tabled by the Leader of the Opposition on Monday.', [['Opposition', 'ORG']]],
  ['a capitalised word at a sentence\'s start before "of the"', 'Critics of the Government said the plan was weak.', [['Government', 'ORG']]],
  ['a day before "in" and a place', 'It happened on Monday in Harlow.', [['Harlow', 'LOC']]],
  ['a capital after a comma before "of"', 'Prices fell, Shares of Harlow Mills slid.', [['Harlow Mills', 'ORG']]],
  ['a company the gazetteer knows before "supplier"', 'Apple supplier Foxconn said orders fell.', [['Apple', 'ORG'], ['Foxconn', 'ORG']]],
  ['a demonym before a company noun', 'German carmaker Volkswagen said sales rose.', [['German', 'MISC'], ['Volkswagen', 'ORG']]],
  ['a party before "group leader"', 'Labour group leader Ann Lee resigned.', [['Labour', 'ORG'], ['Ann Lee', 'PER']]],
];

describe('span joins', () => {
  spanRuleCases({ rows: ROWS, handRows: HAND_ROWS, keptRows: KEPT_ROWS });

  it('has a row for every rule', () => {
    const ids = [...ROWS, ...HAND_ROWS].map((row) => row[0]);
    expect(SPAN_JOIN_RULES.map((r) => r.id).filter((id) => !ids.includes(id))).toEqual([]);
  });
});
