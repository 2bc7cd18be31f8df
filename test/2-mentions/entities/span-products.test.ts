// Stage 2 (src/2-mentions/entities/span-products.ts): products and market indices the tagger typed as
// actors become MISC by named rules. Sentences written for this test, with the tagger's spans given by
// hand (the model makes these mistakes in long articles, rarely in one sentence); each row fails without its rule.
// Session 34: a brand's product ("Millbrook Greek Yoghurt") and its brand alone.
import { describe, expect, it } from 'vitest';
import { SPAN_PRODUCT_RULES } from '../../../src/2-mentions/entities/span-products.js';
import type { TagSpan } from '../../../src/2-mentions/entities/tagger.js';
import { spanRuleCases } from './_hand-spans.js';

const HAND_ROWS: [string, string, [string, TagSpan['type']][], string[]][] = [
  ['medicine-name', 'Patients took the weight-loss drug Velmexa for a year.', [['Velmexa', 'PER']], ['Velmexa/MISC']],
  ['medicine-name', 'Sales of Dravotin pills doubled last year.', [['Dravotin', 'LOC']], ['Dravotin/MISC']],
  ['medicine-name', 'Doctors said Ozembral, a diabetes drug, caused nausea. Ozembral is sold in 30 countries.', [['Ozembral', 'PER'], ['Ozembral', 'PER']], ['Ozembral/MISC', 'Ozembral/MISC']],
  ['currency-before-amount', 'The clinics will cost Rs 48 crore, officials said.', [['Rs', 'ORG']], []],
  ['currency-before-amount', 'Fares rose to Sh 200 after Harbour Lines raised them.', [['Sh', 'ORG'], ['Harbour Lines', 'ORG']], ['Harbour Lines/ORG']],
  ['amount-after-name', 'The regulator fined Harbour Mobile JD2.5 million.', [['Harbour Mobile JD2.5', 'ORG']], ['Harbour Mobile/ORG']],
  ['amount-after-name', 'The court fined Orbit Mobile Rs 40 crore.', [['Orbit Mobile Rs', 'PER']], ['Orbit Mobile/PER']],
  ['amount-after-name', 'Vista Telecom KD3 billion bid failed.', [['Vista Telecom KD3', 'ORG']], ['Vista Telecom/ORG']],
  ['amount-after-name, then name-before-company-head on the name it leaves', 'The watchdog fined Kestrel Communications KD3.5 million.', [['Kestrel', 'PER'], ['Communications KD3.5', 'ORG']], ['Kestrel Communications/ORG']],
  ['i-prefixed-product', 'Sales of the iWidget Mini doubled after the iTrack Music Store opened.', [['iWidget Mini', 'PER'], ['iTrack Music Store', 'ORG']], ['iWidget Mini/MISC', 'iTrack Music Store/MISC']],
  ['i-prefixed-product', 'The maker said iVault would ship in May.', [['iVault', 'ORG']], ['iVault/MISC']],
  ['model-number-name', 'The airline ordered ten Larkwing L450 jets.', [['Larkwing', 'ORG']], ['Larkwing L450/MISC']],
  ['model-number-name', 'The Corvane 747-400 landed in Lagos.', [['Corvane', 'PER'], ['Lagos', 'LOC']], ['Corvane 747-400/MISC', 'Lagos/LOC']],
  ['model-number-name', 'Two of the Korvan 900 engines failed.', [['Korvan', 'ORG']], ['Korvan 900/MISC']],
  ["model-number-name", "The Halden & Voss's 400 index fell 2%.", [['Halden & Voss', 'ORG']], ["Halden & Voss's 400/MISC"]],
  ['bracketed-acronym-of-product', 'The Harlow Composite Index (HCI) fell 2%.', [['Harlow Composite Index', 'MISC'], ['HCI', 'ORG']], ['Harlow Composite Index/MISC', 'HCI/MISC']],
  ['bracketed-acronym-of-product', 'Crowds came to the Harbour Developers Conference (HDC) in May.', [['Harbour Developers Conference', 'ORG'], ['HDC', 'ORG']], ['Harbour Developers Conference/MISC', 'HDC/MISC']],
  ['bracketed-acronym-of-product', 'The Harlow composite average (HCA) rose.', [['Harlow', 'MISC'], ['HCA', 'ORG']], ['Harlow/MISC', 'HCA/MISC']],
  ['i-prefixed-product', 'Each 30GB iWidget holds 75 hours of video.', [['30GB iWidget', 'ORG']], ['30GB iWidget/MISC']],
  ['numbered-model-name', 'The carrier will take delivery of its first 360 Skyrunner in May.', [['Skyrunner', 'ORG']], ['360 Skyrunner/MISC']],
  ['model-number-name', 'Two Corvane 360 Skyrunners were delivered.', [['Corvane', 'ORG'], ['Skyrunners', 'ORG']], ['Corvane 360 Skyrunners/MISC']],
  ['eponymous-disease', "Shares rose after Tarvin Bio said its Crohn's drug worked.", [['Tarvin Bio', 'ORG'], ['Crohn', 'ORG']], ['Tarvin Bio/ORG', 'Crohn/MISC']],
  ['eponymous-disease', "The charity funds research into Huntington's disease.", [['Huntington', 'PER']], ['Huntington/MISC']],
  ['eponymous-disease', 'Children with Down syndrome joined the race.', [['Down', 'LOC']], ['Down/MISC']],
  ['named-product', 'The pill, called Norvatin, will go on sale in March.', [['Norvatin', 'LOC']], ['Norvatin/MISC']],
  ['named-product', 'Engineers built an app named Tallo Scan to map leaks.', [['Tallo Scan', 'PER']], ['Tallo Scan/MISC']],
  ['brand-product-name', 'The recall covers Millbrook Greek Yoghurt sold in two states.', [['Millbrook Greek Yoghurt', 'PER']], ['Millbrook Greek Yoghurt/MISC']],
  ['brand-product-name', 'Shops in Lagos withdrew Tarvo Baby Formula on Monday.', [['Lagos', 'LOC'], ['Tarvo Baby Formula', 'LOC']], ['Lagos/LOC', 'Tarvo Baby Formula/MISC']],
  ['brand-alone', 'Stores pulled Larkfield Tomato Soup. Larkfield said it would refund buyers.', [['Larkfield Tomato Soup', 'PER'], ['Larkfield', 'PER']], ['Larkfield Tomato Soup/MISC', 'Larkfield/ORG']],
  ['brand-alone', 'Orvane said its Orvane Oat Milk was safe.', [['Orvane', 'LOC'], ['Orvane Oat Milk', 'PER']], ['Orvane/ORG', 'Orvane Oat Milk/MISC']],
];

// Spans the product rules must leave as they are.
const KEPT_ROWS: [string, string, [string, TagSpan['type']][]][] = [
  ['medicine-name: a maker after the appositive\'s noun', 'Shares of Norvale, a drug maker, fell.', [['Norvale', 'ORG']]],
  ['medicine-name: "the" opens a clause, no appositive', 'According to Tomas Varga, the injection will help.', [['Tomas Varga', 'PER']]],
  ['medicine-name: a verb after the name, a relative clause', 'He praised the vaccine Norvale developed.', [['Norvale', 'ORG']]],
  ['medicine-name: a common given name', 'The drug Megan took was not approved.', [['Megan', 'PER']]],
  ['a currency word with no amount after it', 'RM said it would appeal.', [['RM', 'ORG']]],
  ['a company word after a name with a small "i"', 'Shares of iKestrel Systems rose.', [['iKestrel Systems', 'ORG']]],
  ['a bare number after a team in a results line', 'Harlow 24 Tarvin 17', [['Harlow', 'ORG'], ['Tarvin', 'ORG']]],
  ['a set score after a place', 'Ruiz of Scotland 15-10 8-15 won.', [['Ruiz', 'PER'], ['Scotland', 'LOC']]],
  ['a count before a noun that is no product', 'Harlow 250 workers were laid off.', [['Harlow', 'ORG']]],
  ['an acronym after a name that is no product\'s', 'The Tarvin League for Fairness (TLF) won.', [['Tarvin League for Fairness', 'MISC'], ['TLF', 'ORG']]],
  ['an acronym after a body whose head word opens it', 'The Organisation of Coastal Conference (OCC) met.', [['Organisation of Coastal Conference', 'ORG'], ['OCC', 'ORG']]],
  ['a count of people before a company', 'About 300 Harlow employees marched.', [['Harlow', 'ORG']]],
  ['a year before a name', 'In 1994 Harlow bought Tarvin.', [['Harlow', 'ORG'], ['Tarvin', 'ORG']]],
  ['a results line', 'Melrose 107 Tarvin County 9', [['Melrose', 'ORG'], ['Tarvin County', 'ORG']]],
  ['a model\'s code after a maker (guard)', 'Two Larkwing A380 jets landed.', [['Larkwing A380', 'ORG']]],
  ['a person after a number on a scorecard', 'Ruiz 113 Ana Halvorsen 46', [['Ruiz', 'PER'], ['Ana Halvorsen', 'PER']]],
  ["a surname of the disease list that ends a person's fuller name", "Ana Wilson spoke. Wilson's plan was praised.", [['Ana Wilson', 'PER'], ['Wilson', 'PER']]],
  ['named-product: a group, not a product', 'A group called Harrow Watch said so.', [['Harrow Watch', 'ORG']]],
  ['brand-product-name: a given name opens the name', 'Police said Megan Pasta was released on bail.', [['Megan Pasta', 'PER']]],
  ['brand-product-name: a company the tagger read as one', 'Harbour Coffee said sales rose.', [['Harbour Coffee', 'ORG']]],
  ['brand-product-name: a name that owns something is the company', "Tarvo Chocolate's chief executive resigned.", [['Tarvo Chocolate', 'PER']]],
  ['brand-alone: no product of that brand in the article', 'Larkfield said it would refund buyers.', [['Larkfield', 'PER']]],
  ['named-product: "named" a verb of choosing', 'The board named Ana Ruiz chief executive.', [['Ana Ruiz', 'PER']]],
  ['named-product: a programme, as often a body\'s scheme', 'He helps lead a program called Harbour Promise.', [['Harbour Promise', 'ORG']]],
];

describe('SPAN_PRODUCT_RULES', () => {
  spanRuleCases({ rows: [], handRows: HAND_ROWS, keptRows: KEPT_ROWS });

  it('has a row for every rule', () => {
    const ids = HAND_ROWS.map((row) => row[0]);
    expect(SPAN_PRODUCT_RULES.map((r) => r.id).filter((id) => !ids.includes(id))).toEqual([]);
  });
});
