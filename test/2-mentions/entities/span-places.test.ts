// Stage 2 (src/2-mentions/entities/span-places.ts): names the tagger typed as organisations or people
// that the words around them make places: a court's town, a building after a part of it, a site's town after a possessive ("the union's Moss Vale office"), a Romance place name after "the", a saint's name after "St.", with its "'s" and a place's word. Sentences written for this test; each row fails without its rule.
import { describe } from 'vitest';
import type { TagSpan } from '../../../src/2-mentions/entities/tagger.js';
import { spanRuleCases } from './_hand-spans.js';

const HAND_ROWS: [string, string, [string, TagSpan['type']][], string[]][] = [
  ['possessive-place-name', "Protesters gathered outside Queen's Park on Monday.", [['Park', 'LOC']], ["Queen's Park/LOC"]],
  ['possessive-place-name', "Ferries to Tilda's Vineyard were cancelled.", [['Tilda', 'PER'], ['Vineyard', 'LOC']], ["Tilda's Vineyard/LOC"]],
  ['possessive-place-name', "The premier told Queen's Park that the bill would pass.", [["Queen's Park", 'ORG']], ["Queen's Park/LOC"]],
  ['feature-named-like-company', 'Fires in the Amazon rose by a third.', [['Amazon', 'ORG']], ['Amazon/LOC']],
  ['feature-named-like-company', 'Loggers cleared parts of the Amazon basin.', [['Amazon', 'ORG']], ['Amazon/LOC']],
  ['town-before-court', 'A clerk told the Tarvin district court that the files were lost.', [['Tarvin', 'ORG']], ['Tarvin/LOC']],
  ['town-before-court', "The driver appeared before the Tarvin magistrates' court on Monday.", [['Tarvin', 'ORG']], ['Tarvin/LOC']],
  ['town-before-court', 'A clerk told the Lisbon court that the files were lost.', [['Lisbon', 'ORG']], ['Lisbon/LOC']],
  ['building-part-place', 'She spoke to reporters on the steps of Kapuaiwa Hale.', [['Kapuaiwa Hale', 'PER']], ['Kapuaiwa Hale/LOC']],
  ['building-part-place', 'Crowds waited in front of Tarvo Hale on Monday.', [['Tarvo Hale', 'PER']], ['Tarvo Hale/LOC']],
  ['possessive-site-place', "Staff gathered outside the union's Moss Vale office on Friday.", [['Moss Vale', 'PER']], ['Moss Vale/LOC']],
  ['possessive-site-place', 'The lender said its Kelso Rise branch would close in June.', [['Kelso Rise', 'PER']], ['Kelso Rise/LOC']],
  ['possessive-site-place', "Pickets stood at the carmakers' Ashby Vale plant.", [['Ashby Vale', 'PER']], ['Ashby Vale/LOC']],
  ['foreign-place-word', 'Fishermen on the Petite Côte said the catch had fallen.', [['Petite Côte', 'ORG']], ['Petite Côte/LOC']],
  ['foreign-place-word', 'Farmers in the Sierra Alta said the rains were late.', [['Sierra Alta', 'ORG']], ['Sierra Alta/LOC']],
  ['foreign-place-word', 'Hotels along the Costa Verde were full.', [['Costa Verde', 'PER']], ['Costa Verde/LOC']],
  ['saint-possessive-place', "Pilgrims filled St. Anselm's Square on Sunday.", [['St. Anselm', 'LOC'], ['Square', 'LOC']], ["St. Anselm's Square/LOC"]],
  ['saint-possessive-place', "Bells rang at St Oswin's Cathedral at noon.", [['Cathedral', 'LOC']], ["St Oswin's Cathedral/LOC"]],
  ['saint-possessive-place', "She trained at St. Kilian's Hospital in Cork.", [['St. Kilian', 'LOC'], ['Hospital', 'ORG'], ['Cork', 'LOC']], ["St. Kilian's Hospital/ORG", 'Cork/LOC']],
  ['saint-place-name', 'Residents of St. Paul said the river had risen.', [['St.', 'LOC'], ['Paul', 'PER']], ['St. Paul/LOC']],
  ['saint-place-name', "Ferries to St. Anne's were cancelled.", [['St.', 'LOC'], ['Anne', 'PER']], ["St. Anne's/LOC"]],
  ['saint-place-name', "He visited St. Bride's on Monday.", [['Bride', 'PER']], ["St. Bride's/LOC"]],
];

const KEPT_ROWS: [string, string, [string, TagSpan['type']][]][] = [
  ['possessive-place-name: a capitalised word goes on after the head', "Queen's Park Rangers won again.", [["Queen's Park Rangers", 'ORG']]],
  ['possessive-place-name: a person\'s full name owns it', "Ana Ruiz's Park was sold.", [["Ana Ruiz", 'PER'], ['Park', 'LOC']]],
  ['possessive-place-name: a place the gazetteer knows owns it', "Kenya's Park rangers went on strike.", [['Kenya', 'LOC'], ['Park', 'LOC']]],
  ['feature-named-like-company: a noun after the company, a premodifier', 'She worked in the Amazon warehouse for a year.', [['Amazon', 'ORG']]],
  ['feature-named-like-company: a gerund modifier after the company', 'It runs on a version of the Apple operating system.', [['Apple', 'ORG']]],
  ['feature-named-like-company: no "the" before the company', 'Shares in Amazon fell.', [['Amazon', 'ORG']]],
  ['feature-named-like-company: a possessive after the company', "He knew little of the Boeing's limits.", [['Boeing', 'ORG']]],
  ['feature-named-like-company: "of", after which the company is as often meant', 'He is the founder of the Amazon.', [['Amazon', 'ORG']]],
  ['a court named after a judge, no town the gazetteer knows, right before it', 'Five versions of the Harlan court have sat since 2005.', [['Harlan', 'ORG']]],
  ['an acronym before the court', 'He told the FIFA ethics court that he was innocent.', [['FIFA', 'ORG']]],
  ['a court with its own capitalised name', 'He told the Tarvin Crown Court that he was sorry.', [['Tarvin Crown Court', 'ORG']]],
  ['no article before the name', 'Tarvin district court staff went on strike.', [['Tarvin', 'ORG']]],
  ['a person after "in front of": a given name opens the name', 'He stood in front of Ana Ruiz and smiled.', [['Ana Ruiz', 'PER']]],
  ['a person who owns the building', "They met on the steps of Tarvo Hale's house.", [['Tarvo Hale', 'PER']]],
  ['a part of no building', 'He spoke on the side of Tarvo Hale.', [['Tarvo Hale', 'PER']]],
  ['possessive-site-place: a service before "base", no town', "Crews at the port's Tarvo Guard base were told to stay.", [['Tarvo Guard', 'PER']]],
  ['possessive-site-place: no possessive before the name', 'Tarvo Hale office staff went home early.', [['Tarvo Hale', 'PER']]],
  ['possessive-site-place: a person after the possessive, no site after the name', "The union's Ana Ruiz said the office would close.", [['Ana Ruiz', 'PER']]],
  ['a body\'s word closes the name', 'The Sierra Club said the permit was unlawful.', [['Sierra Club', 'ORG']]],
  ['a company noun follows the name', 'The Costa Verde chain said sales rose.', [['Costa Verde', 'ORG']]],
  ['a given name opens it', 'The Diego Costa goal stood.', [['Diego Costa', 'PER']]],
  ['no "the" before it', 'Costa Verde said sales rose.', [['Costa Verde', 'ORG']]],
  ['a name not right after "St."', 'St. Anne and Paul Ruiz met.', [['St. Anne', 'LOC'], ['Paul Ruiz', 'PER']]],
  ['saint-possessive-place: a feast\'s word after the "\'s"', "Crowds marched on St. Brigid's Day.", [['St. Brigid', 'LOC'], ['Day', 'MISC']]],
  ['saint-possessive-place: a name the tagger read whole', "Bells rang at St Oswin's Cathedral.", [["St Oswin's Cathedral", 'ORG']]],
];

const ROWS: [string, string, string[]][] = [
  ['feature-named-like-company', 'Fires in the Amazon rose by a third, scientists said.', ['Place/Amazon']],
  ['town-before-court', 'A witness told the Larnaca criminal court that he had warned the board.', ['Place/Larnaca']],
  ['building-part-place', 'She told reporters on the steps of Kapuaiwa Hale that the ruling was overdue.', ['Place/Kapuaiwa Hale']],
  ['foreign-place-word', 'Hotels on the Costa Brava were full.', ['Place/Costa Brava']],
  ['saint-place-name', 'Residents of St. Paul said the river had risen.', ['Place/St. Paul']],
  ['saint-place-name', "Flights to St. John's were cancelled on Monday.", ["Place/St. John's"]],
  ['saint-possessive-place', "Thousands gathered in St. Matthias's Square for the vigil.", ["Place/St. Matthias's Square"]],
];

describe('span rules that make places', () => {
  spanRuleCases({ rows: ROWS, handRows: HAND_ROWS, keptRows: KEPT_ROWS });
});
