// Stage 2 (src/2-mentions/entities/span-persons.ts): spans the tagger typed as people that name none
// are dropped or retyped by named rules. Sentences written for this test, with the tagger's spans
// given by hand (the model makes these mistakes in long articles); each row fails without its rule.
import { describe, expect, it } from 'vitest';
import { SPAN_PERSON_RULES } from '../../../src/2-mentions/entities/span-persons.js';
import type { TagSpan } from '../../../src/2-mentions/entities/tagger.js';
import { spanRuleCases } from './_hand-spans.js';

const HAND_ROWS: [string, string, [string, TagSpan['type']][], string[]][] = [
  ['given-name-before-organisation', 'Premier Doug Ford toured the plant on Monday.', [['Doug', 'PER'], ['Ford', 'ORG']], ['Doug Ford/PER']],
  ['given-name-before-organisation', 'Analysts said Michael Dell would keep his stake.', [['Dell', 'ORG']], ['Michael Dell/PER']],
  ['weekday-place-name', 'Sunday Creek residents said the road had flooded.', [['Creek', 'PER']], ['Sunday Creek/LOC']],
  ['given-name-rank', 'Shire Council Mayor Col Haines said the road was shut.', [['Shire Council', 'ORG'], ['Col', 'ORG'], ['Haines', 'PER']], ['Shire Council/ORG', 'Col Haines/PER']],
  ['plural-verb-team', 'Carrow Rovers have appointed a new coach.', [['Carrow Rovers', 'PER']], ['Carrow Rovers/ORG']],
  ['plural-verb-team', 'After the draw, Bramley Town are fourth in the table.', [['Bramley Town', 'PER']], ['Bramley Town/ORG']],
  ['town-club-before-staff', 'Bologna coach Luca Ferri refused to comment on the rumours.', [['Bologna', 'LOC'], ['Luca Ferri', 'PER']], ['Bologna/ORG', 'Luca Ferri/PER']],
  ['town-club-before-staff', 'Lyon manager Tom Avery was sacked on Sunday.', [['Lyon', 'LOC'], ['Tom Avery', 'PER']], ['Lyon/ORG', 'Tom Avery/PER']],
  ['post-nominal-letters', 'Opening the case, Sarah Whitlock KC told jurors the fire was deliberate.', [['Sarah Whitlock KC', 'PER']], ['Sarah Whitlock/PER']],
  ['post-nominal-letters', 'Rachel Hopkins MP said the bill was flawed.', [['Rachel Hopkins MP', 'ORG']], ['Rachel Hopkins/PER']],
  ['post-nominal-letters', 'Dana Whitcombe KC, for the defence, said the case was weak.', [['Dana Whitcombe', 'PER'], ['KC', 'LOC']], ['Dana Whitcombe/PER']],
  ['numbered-office', 'Education Minister II Farid Osman said the exams would go ahead.', [['II Farid Osman', 'PER']], ['Farid Osman/PER']],
  ['person-after-named-body', 'Chairman of the Harbour Safety Committee Dara Okafor said the pier was unsafe.', [['Harbour Safety Committee Dara Okafor', 'ORG']], ['Dara Okafor/PER']],
  ['honorific-after-title-field', 'Minister of Fisheries Dato Haji Rahim Osman said the quota would stay.', [['Fisheries Dato Haji Rahim Osman', 'ORG']], ['Dato Haji Rahim Osman/PER']],
  ['honorific-after-title-field', 'Minister of Health Pehin Dato Haji Yusof said clinics would open.', [['Health Pehin Dato Haji Yusof', 'ORG']], ['Pehin Dato Haji Yusof/PER']],
  ['honorific-after-title-field', 'Minister for Harbours Dr Kofi Mensah said the quay would close.', [['Harbours Dr Kofi Mensah', 'PER']], ['Dr Kofi Mensah/PER']],
  ['honorific-after-title-field', 'Minister for Ports and Harbours Dr Kofi Mensah said the quay would close.', [['Harbours Dr Kofi Mensah', 'PER']], ['Dr Kofi Mensah/PER']],
  ['word-between-person-pieces', 'Deputy Minister Pham Quang Vinh said exports rose.', [['Pham', 'PER'], ['Quang', 'ORG'], ['Vinh', 'PER']], ['Pham Quang Vinh/PER']],
  ['word-between-person-pieces', 'Forest Defence Alliance argues the permits were unlawful.', [['Forest', 'PER'], ['Defence', 'ORG'], ['Alliance', 'PER']], ['Forest Defence Alliance/ORG']],
  ['word-between-person-pieces', 'Later, River Watch Network said the spill had spread.', [['River', 'PER'], ['Watch', 'ORG'], ['Network', 'PER']], ['River Watch Network/ORG']],
  ['word-between-person-pieces', 'The Governor, Alhaji Musa Lagos Danjuma, said the road would open.', [['Alhaji Musa', 'PER'], ['Lagos', 'LOC'], ['Danjuma', 'PER']], ['Alhaji Musa Lagos Danjuma/PER']],
  ['unknown-word-before-person', 'On Monday Wahyu Sutrisno said the rupiah would hold.', [['Monday', 'MISC'], ['Wahyu', 'ORG'], ['Sutrisno', 'PER']], ['Monday/MISC', 'Wahyu Sutrisno/PER']],
  ['titled-surname', 'A bench of Justice Tariq Jamal sat. Justice Jamal asked why.', [['Justice Tariq Jamal', 'ORG'], ['Justice Jamal', 'ORG']], ['Tariq Jamal/PER', 'Jamal/PER']],
  ['titled-surname', 'Ana Okafor sat. Later Justice Okafor asked why.', [['Ana Okafor', 'PER'], ['Justice Okafor', 'ORG']], ['Ana Okafor/PER', 'Okafor/PER']],
  ['person-after-title', 'Administrator Ines Carvalho said the queues would shrink.', [['Administrator Ines Carvalho', 'ORG']], ['Ines Carvalho/PER']],
  ['person-after-title', 'Labour MP Rachel Hopkins said the bill was flawed.', [['Labour MP Rachel Hopkins', 'ORG']], ['Rachel Hopkins/PER']],
  ['person-after-title', 'Lead author Professor Mei Okonkwo said the results held.', [['Professor Mei Okonkwo', 'ORG']], ['Mei Okonkwo/PER']],
  ['person-after-title', 'Minister for Health and Sport Low Mei Yen said clinics would open.', [['Health and Sport Low Mei Yen', 'ORG']], ['Low Mei Yen/PER']],
  ['name-after-lower-title', 'Foreign Ministry spokesperson Mao Ning said the visit was private.', [['Foreign Ministry', 'ORG'], ['Mao Ning', 'ORG']], ['Foreign Ministry/ORG', 'Mao Ning/PER']],
  ['name-after-lower-title', 'Harbour Board spokesman Wu Qian, who joined in May, said no.', [['Harbour Board', 'ORG'], ['Wu Qian', 'LOC']], ['Harbour Board/ORG', 'Wu Qian/PER']],
  ['name-after-lower-title', 'A Qatari official Hamad Al-Kuwari said talks would resume.', [['Hamad Al-Kuwari', 'ORG']], ['Hamad Al-Kuwari/PER']],
  ['person-after-title', 'Harbour Party MSP Morag Kerr said the ferry was late.', [['Harbour Party MSP Morag Kerr', 'ORG']], ['Morag Kerr/PER']],
  ['person-after-title', 'Harbour Party TD Seán Byrne said the ferry was late.', [['Harbour Party TD Seán Byrne', 'ORG']], ['Seán Byrne/PER']],
  ['person-after-title', 'City Councilman Frank DeLuca said he welcomed the plan.', [['City Councilman Frank', 'ORG'], ['DeLuca', 'PER']], ['Frank DeLuca/PER']],
  ['person-after-title', 'Minister for Harbours Tomas Varga said the pier would reopen.', [['Harbours Tomas Varga', 'PER']], ['Tomas Varga/PER']],
  ['person-after-title', 'Minister of State for Coastal Affairs Ana Ruiz said the ferries would run.', [['Coastal Affairs Ana Ruiz', 'ORG']], ['Ana Ruiz/PER']],
  ['person-after-title', 'Secretary for Transport Ho Kin-wai said the bus lanes would stay.', [['Transport Ho Kin', 'ORG']], ['Ho Kin-wai/PER']],
  ['given-name-after-title', 'The singer hit back at DJ Tomas Varga on Sunday.', [['Tomas Varga', 'ORG']], ['Tomas Varga/PER']],
  ['given-name-after-title', 'Fans cheered for MC Ana Lopez in Tarvin.', [['Ana Lopez', 'LOC'], ['Tarvin', 'LOC']], ['Ana Lopez/PER', 'Tarvin/LOC']],
  ['initial-after-title', 'Harbour Party spokesperson T Ravindran on Monday said the vote was rigged.', [['Harbour Party', 'ORG'], ['T Ravindran', 'ORG']], ['Harbour Party/ORG', 'T Ravindran/PER']],
  ['initial-after-title', 'Fisheries Minister K Velan said the nets were banned.', [['Fisheries Minister K Velan', 'ORG']], ['K Velan/PER']],
  ['initial-after-title', 'Dr P Annadurai said the ward was full.', [['P Annadurai', 'LOC']], ['P Annadurai/PER']],
  ['employer-before-title', 'Tarvin analyst Ana Ruiz said prices would fall.', [['Tarvin', 'PER'], ['Ana Ruiz', 'PER']], ['Tarvin/ORG', 'Ana Ruiz/PER']],
  ['title-words-only', 'Ana Ruiz, the Vice Chairman of Harlow, resigned.', [['Ana Ruiz', 'PER'], ['Vice', 'ORG'], ['Harlow', 'ORG']], ['Ana Ruiz/PER', 'Harlow/ORG']],
  ['title-words-only', 'Ana Ruiz, the Chief Executive Officer of Harlow, resigned.', [['Ana Ruiz', 'PER'], ['Chief Executive', 'ORG'], ['Harlow', 'ORG']], ['Ana Ruiz/PER', 'Harlow/ORG']],
  ['lone-common-noun', 'Analysts said Upkeep, Refit and Salvage work would grow.', [['Upkeep', 'PER'], ['Refit', 'PER'], ['Salvage', 'PER']], []],
  ['lone-common-noun', 'Prices rose before the Harvest meetings in Tarvin.', [['Harvest', 'PER'], ['Tarvin', 'LOC']], ['Tarvin/LOC']],
  ['coordinated-organisation', 'Shares of Harlow, Tarvin and Kestrel Systems fell.', [['Harlow', 'ORG'], ['Tarvin', 'PER'], ['Kestrel Systems', 'ORG']], ['Harlow/ORG', 'Tarvin/ORG', 'Kestrel Systems/ORG']],
  ['coordinated-organisation', 'Carmakers Harlow and Tarvin cut jobs.', [['Harlow', 'ORG'], ['Tarvin', 'PER']], ['Harlow/ORG', 'Tarvin/ORG']],
  ['coordinated-organisation', 'Harlow and Tarvin cut jobs. Tarvin said sales were weak.', [['Harlow', 'ORG'], ['Tarvin', 'PER'], ['Tarvin', 'PER']], ['Harlow/ORG', 'Tarvin/ORG', 'Tarvin/ORG']],
  ['place-after-direction', 'Ana Ruiz climbs the steps and looks out towards Rathmoy.', [['Ana Ruiz', 'PER'], ['Rathmoy', 'PER']], ['Ana Ruiz/PER', 'Rathmoy/LOC']],
  ['place-after-direction', 'The ferry sank in a storm near Tarvin on Monday.', [['Tarvin', 'PER']], ['Tarvin/LOC']],
  ['word-between-organisation-pieces', 'The audit by Regional Baker Services found that most bakeries had closed.', [['Regional', 'ORG'], ['Baker', 'PER'], ['Services', 'ORG']], ['Regional Baker Services/ORG']],
  ['rank-title-before-person', 'Associate Professor Ana Ruiz said the data were incomplete.', [['Associate Professor', 'ORG'], ['Ana Ruiz', 'PER']], ['Ana Ruiz/PER']],
  ['rank-unit-title', 'Battalion Chief Rosa Imbert said the fire was out by dawn.', [['Battalion', 'ORG'], ['Rosa Imbert', 'PER']], ['Rosa Imbert/PER']],
  ['rank-unit-title', 'The jet was flown by Squadron Leader Tom Avery.', [['Squadron', 'ORG'], ['Tom Avery', 'PER']], ['Tom Avery/PER']],
  ['titled-name-tail', 'Associate Professor Lim Kok Seng said the data were incomplete.', [['Associate Professor', 'ORG'], ['Lim', 'PER'], ['Kok Seng', 'ORG']], ['Lim Kok Seng/PER']],
  ['titled-name-tail', 'The study was led by Professor Ong Kah Hui of the medical school.', [['Ong', 'PER'], ['Kah Hui', 'LOC']], ['Ong Kah Hui/PER']],
  ['feature-opener-place', 'Fishermen near Lake Tarvo said the catch had fallen.', [['Lake Tarvo', 'PER']], ['Lake Tarvo/LOC']],
  ['feature-opener-place', 'Climbers on Mount Orvel said the path was shut.', [['Mount Orvel', 'PER']], ['Mount Orvel/LOC']],
  ['person-after-title', 'Opposition MP Lerato van Rooyen said the plan was late.', [['MP Lerato van Rooyen', 'ORG']], ['Lerato van Rooyen/PER']],
  ['person-after-title', 'Opposition MP Fatima al-Rashid said the plan was late.', [['MP Fatima al-Rashid', 'ORG']], ['Fatima al-Rashid/PER']],
];

// Read through findEntities: the tagger's own spans.
const ROWS: [string, string, string[]][] = [
  ['given-name-before-organisation', 'Doug Ford met the workers on Monday.', ['Person/Doug Ford']],
  ['town-club-before-staff', 'Verona striker Tom Avery was sent off in the second half.', ['Organization/Verona', 'Person/Tom Avery']],
  ['rank-unit-title', 'Battalion Chief Rosa Imbert told reporters the roof had fallen in.', ['Person/Rosa Imbert']],
  ['plural-verb-team', 'Dunmore United have sacked their manager after eight defeats.', ['Organization/Dunmore United']],
  ['plural-verb-team', 'Harbour City are top of the league after five wins.', ['Organization/Harbour City']],
  ['word-between-organisation-pieces', 'A survey by Global Fisher Partners, conducted in May among 1,000 adults, found that trust had fallen.', ['Organization/Global Fisher Partners']],
  ['word-between-organisation-pieces', 'The count by Northern Fisher Associates, carried out in March among 300 boats, found that most had stopped fishing.', ['Organization/Northern Fisher Associates']],
  ['person-after-title', 'Opposition MP Lerato van Rooyen said the plan was late. "It is not," she said.', ['Person/Lerato van Rooyen']],
];

// Spans the person rules must leave as they are.
const KEPT_ROWS: [string, string, [string, TagSpan['type']][]][] = [
  ['a given name written against a hyphen (guard)', 'The Rolls-Royce Trent engine failed.', [['Trent', 'ORG']]],
  ['a given name before a body\'s word (guard)', 'The Brady Campaign welcomed the ruling.', [['Brady', 'PER'], ['Campaign', 'ORG']]],
  ['a given name before a plural noun: a team (guard)', 'Fans of the Denver Broncos cheered.', [['Denver', 'PER'], ['Broncos', 'ORG']]],
  ['a given name after "the": a show named for a person (guard)', 'She appeared on The Kelly File last night.', [['Kelly', 'PER'], ['File', 'ORG']]],
  ['a given name before a company and another capitalised word (guard)', 'Jim Ford Motor dealers met.', [['Ford', 'ORG']]],
  ['a country before a sports role names its national side, a place (town-club-before-staff)', 'Portugal coach Tom Avery named his squad on Friday.', [['Portugal', 'LOC'], ['Tom Avery', 'PER']]],
  ['a city before a role that is no sports role (town-club-before-staff)', 'Leeds councillor Tom Avery said the bins would be collected.', [['Leeds', 'LOC'], ['Tom Avery', 'PER']]],
  ['a unit\'s word before a name, no title head between (rank-unit-title)', 'The Division said Tom Avery had resigned.', [['Division', 'ORG'], ['Tom Avery', 'PER']]],
  ['a person in a list before a plural verb (guard)', 'Tom Brewer and Ann Lockley have married.', [['Tom Brewer', 'PER'], ['Ann Lockley', 'PER']]],
  ['a person after "of" before a plural verb (guard)', 'The parents of Dara Quinlan have spoken.', [['Dara Quinlan', 'PER']]],
  ['a given name before a plural verb (guard)', 'Margaret Quenby were the words on the sign.', [['Margaret Quenby', 'PER']]],
  ['a title before an English word that ends a titled body (guard)', 'General Harbour Motors said so. General Motors agreed.', [['General Harbour Motors', 'ORG'], ['General Motors', 'ORG']]],
  ['an organisation after a lower-case title', 'The spokesman Harbour Council said no.', [['Harbour Council', 'ORG']]],
  ['a surname of the Wikidata table before a job title', 'Trump spokeswoman Ana Ruiz said no.', [['Trump', 'PER'], ['Ana Ruiz', 'PER']]],
  ['a surname the article gave in full before a job title', 'Ana Tarvin spoke. Tarvin spokesman Jon Ruiz said no.', [['Ana Tarvin', 'PER'], ['Tarvin', 'PER'], ['Jon Ruiz', 'PER']]],
  ['a name in a list that holds a person', 'Harlow, Tarvin and Ana Ruiz signed.', [['Harlow', 'ORG'], ['Tarvin', 'PER'], ['Ana Ruiz', 'PER']]],
  ['a common given name in a list of organisations', 'Harlow and Megan signed.', [['Harlow', 'ORG'], ['Megan', 'PER']]],
  ['a comma alone after an organisation', 'After years at Harlow, Tarvin said she was proud.', [['Harlow', 'ORG'], ['Tarvin', 'PER']]],
  ['a surname of a person in the Wikidata table in a list of organisations', 'Bush and Harlow signed.', [['Bush', 'PER'], ['Harlow', 'ORG']]],
  ['a surname the article gave in full, in a list of organisations', 'Ana Tarvin spoke. Tarvin and Harlow signed.', [['Ana Tarvin', 'PER'], ['Tarvin', 'PER'], ['Harlow', 'ORG']]],
  ['an English word that acts elsewhere in the article', 'Aides to Dole met. Later Dole decided to stay.', [['Dole', 'PER'], ['Dole', 'PER']]],
  ['an English word that ends a fuller name in the article', 'Ana Bishop won. Fans cheered for Bishop on Monday.', [['Ana Bishop', 'PER'], ['Bishop', 'PER']]],
  ['an English word that is the surname of a person in the Wikidata table', 'The candidates were Cruz, Kasich, Bush and Rubio.', [['Cruz', 'PER'], ['Kasich', 'PER'], ['Bush', 'PER'], ['Rubio', 'PER']]],
  ['an English word beside a capitalised word', 'He thanked Mossberg Wood for the loan.', [['Wood', 'PER']]],
  ['an English word after a title', 'The talks were led by President Hardy on Monday.', [['Hardy', 'PER']]],
  ['a title word alone, whose title does not go on', 'The Pope said mass on Sunday.', [['Pope', 'PER']]],
  ['a person after a preposition of direction who acts elsewhere', 'She turned towards Tarvin and smiled. Tarvin said nothing.', [['Tarvin', 'PER'], ['Tarvin', 'PER']]],
  ['a given name after a preposition of direction', 'She turned towards Megan and smiled.', [['Megan', 'PER']]],
  ['an English word after a title inside an organisation', 'Harbour Party MP Ferry Council said no.', [['Harbour Party MP Ferry Council', 'ORG']]],
  // Guards for the new rules: a body's name with no given name after its head; an English word between two person pieces after a title; an English word before a person.
  ['a body whose name runs on in English words', 'Chairman of the Harbour Committee Safety Review said no.', [['Harbour Committee Safety Review', 'ORG']]],
  ['a title typed as a person before an organisation and a name', 'Chairman Harbour Vasquez said no.', [['Chairman', 'PER'], ['Harbour', 'ORG'], ['Vasquez', 'PER']]],
  ['an English word before a one-word person', 'Harbour Sutrisno said no.', [['Harbour', 'ORG'], ['Sutrisno', 'PER']]],
  ['a capital letter after a title that opens a body ending in its head word (guard)', 'The spokesman B Harbour Trust said no.', [['B Harbour Trust', 'ORG']]],
  ['a capital letter with no title before it (guard)', 'Shares of Plan B Tarvin rose.', [['Plan B Tarvin', 'ORG']]],
  ['a headline\'s verb between two people', 'Ana Ruiz Hits Tom Lee On Tax', [['Ana Ruiz', 'PER'], ['Hits', 'ORG'], ['Tom Lee', 'PER']]],
  ['a common given name between two organisation pieces (guard)', 'Fleet spokesman Admiralty Maria Harbour Trust said no.', [['Admiralty', 'ORG'], ['Maria', 'PER'], ['Harbour Trust', 'ORG']]],
  ['a title typed as an organisation before a person and an organisation (guard)', 'The letter from Chancellor Otto Harbour Trust arrived.', [['Chancellor', 'ORG'], ['Otto', 'PER'], ['Harbour Trust', 'ORG']]],
  ['a title and a person before an English word read as a company', 'Professor Ana Ruiz Consulting said the fees were fair.', [['Ana Ruiz', 'PER'], ['Consulting', 'ORG']]],
  ['a body\'s word and a title before a person', 'House Minority Leader Ana Ruiz said so.', [['House Minority Leader', 'ORG'], ['Ana Ruiz', 'PER']]],
  ['a title before a given name that opens a body (guard)', 'He studied at King Abdullah University.', [['Abdullah University', 'ORG']]],
  ['a title before a given name that opens a company (guard)', 'He joined President Maria Holdings.', [['Maria Holdings', 'ORG']]],
  ['a body before a person, no title', 'Harbour Council Ana Ruiz said so.', [['Harbour Council', 'ORG'], ['Ana Ruiz', 'PER']]],
  ['a particle that ends the span: no surname after it (guard)', 'Opposition MP Lerato van said it.', [['MP Lerato van', 'ORG']]],
  ['person-after-title: two English words after the title', 'Party Chairman Harbour Valley said so.', [['Party Chairman Harbour Valley', 'ORG']]],
  ['person-after-title: a portfolio of joined fields and no name', 'Minister for Culture and Youth Affairs said so.', [['Culture and Youth Affairs', 'ORG']]],
];

describe('SPAN_PERSON_RULES', () => {
  spanRuleCases({ rows: ROWS, handRows: HAND_ROWS, keptRows: KEPT_ROWS });

  it('has a row for every rule', () => {
    const ids = HAND_ROWS.map((row) => row[0]);
    expect(SPAN_PERSON_RULES.map((r) => r.id).filter((id) => !ids.includes(id))).toEqual([]);
  });
});
