// Stage 2 (src/2-mentions/entities/): names the entity stage cut or polluted on unseen news (issue 19,
// session 26): a name after two apostrophes written as a closing quotation mark (tagger.ts), a country
// before an organisation's common words, an office "General" names, an amount glued to a name, a
// utility's pair of services, a journal's "and", a place before common words read as a person and a
// nationality before a body's "of" phrase (the span rules). Sentences written for this test; names invented.
import { describe, expect, it } from 'vitest';
import { keys } from './_hand-spans.js';

describe('two apostrophes as a closing quotation mark read as one', () => {
  it.each([
    ["The plan drew critics.\n\n''Everyone should pay their share,'' Douglas Roe-Hale, a tax lawyer in Denver, said in an interview.", ['Person/Douglas Roe-Hale', 'Place/Denver']],
    ["The plan drew critics.\n\n''Everyone should pay their share,'' Gregory Hale-Eakin, a tax lawyer in Denver, said in an interview.", ['Person/Gregory Hale-Eakin', 'Place/Denver']],
    ["The plan drew critics.\n\n''Everyone should pay their share,'' Douglas Abner-Voss, a tax lawyer in Denver, said in an interview.", ['Person/Douglas Abner-Voss', 'Place/Denver']],
  ])('%s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it.each([
    // Guard: the same sentence with a double quotation mark.
    ['The plan drew critics.\n\n"Everyone should pay their share," Gregory Hale-Eakin, a tax lawyer in Denver, said in an interview.', ['Person/Gregory Hale-Eakin', 'Place/Denver']],
    // (A possessive's apostrophe and an elision stay apart.)
    ["The plans' critics met. Rock 'n' roll star Ann Vale said no.", ['Person/Ann Vale']],
  ])('guard: %s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });
});

describe('span rules: organisation names cut at a country, a title, an amount, "and" or a head word', () => {
  it.each([
    ['country-led-organisation', 'Oman Oil Company said on Monday that output would rise.', ['Organization/Oman Oil Company']],
    ['country-led-organisation', 'Qatar Ports Authority said the harbour would close for a week.', ['Organization/Qatar Ports Authority']],
    ['country-led-organisation', 'Kenya Cement Company shares fell on Tuesday.', ['Organization/Kenya Cement Company']],
    ['country-led-organisation', 'Sri Lanka Ports Authority said the terminal would open in May.', ['Organization/Sri Lanka Ports Authority']],
    ['country-led-organisation', 'Saudi Electricity Company said demand rose.', ['Organization/Saudi Electricity Company']],
    ['titled-office-body', "The Comptroller General's Office found that the agency had overspent.", ["Organization/Comptroller General's Office"]],
    ['titled-office-body', "The Accountant General's Office said the fund was short.", ["Organization/Accountant General's Office"]],
    ['titled-office-body', "The Surveyor General's Office said on Tuesday that the border map was wrong.", ["Organization/Surveyor General's Office"]],
    ['titled-office-body', "The Attorney General's Office declined to comment.", ["Organization/Attorney General's Office"]],
    ['amount-after-name', 'The regulator fined mobile operator Harbour Mobile JD2.5 million.', ['Organization/Harbour Mobile']],
    ['amount-after-name', 'The regulator fined Vista Telecom KD3 million on Sunday.', ['Organization/Vista Telecom']],
    ['amount-after-name', 'The watchdog fined Kestrel Communications KD3.5 million.', ['Organization/Kestrel Communications']],
    ['amount-after-name', 'The court fined Tarvin Industries Rs 40 crore.', ['Organization/Tarvin Industries']],
    ['utility-pair-name', 'Zia Power and Light said on Monday that rates would rise.', ['Organization/Zia Power and Light']],
    ['utility-pair-name', 'Mesa Gas and Electric said the outage was over.', ['Organization/Mesa Gas and Electric']],
    ['utility-pair-name', 'Harlow Gas and Electric Company said rates would rise.', ['Organization/Harlow Gas and Electric Company']],
    ['journal-and-name', 'The study was published in the journal Sleep and Memory on Tuesday.', ['Organization/Sleep and Memory']],
    ['journal-and-name', 'Loneliness harms health, according to a study in the journal Age and Ageing.', ['Organization/Age and Ageing']],
    ['journal-and-name', 'The findings were published in the journal Science and Public Policy.', ['Organization/Science and Public Policy']],
    ['name-before-common-person', 'Oasis Freight Link said on Tuesday that it would hire 200 drivers.', ['Organization/Oasis Freight Link']],
    ['name-before-common-person', 'Gulf Cargo Link said on Monday that shipments would rise.', ['Organization/Gulf Cargo Link']],
    ['name-before-common-person', 'A spokesman for Gulf Cargo Link said shipments would rise.', ['Organization/Gulf Cargo Link']],
    ['nation-before-body-of', 'The Costa Rican Chamber of Restaurants said in a statement that sales fell.', ['Organization/Costa Rican Chamber of Restaurants']],
    ['a headline verb inside a body\'s name in running text (spans.ts trimHeadlineWords)', 'The Specific Claims Tribunal has ruled that the band was owed compensation.', ['Organization/Specific Claims Tribunal']],
    ['a headline verb inside a body\'s name in running text (spans.ts trimHeadlineWords)', 'The Marlow Land Claims Commission rejected the appeal after a long hearing.', ['Organization/Marlow Land Claims Commission']],
  ])('%s: %s', (_rule, text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it.each([
    ['FactWatch rated the claim false. FactWatch said the ad misled voters. FactWatch Executive Director Mara Quillen said the rating was fair.', ['Organization/FactWatch', 'Organization/FactWatch', 'Organization/FactWatch', 'Person/Mara Quillen']],
    ['Norvik said sales fell. Norvik Managing Director Pia Lund left on Monday.', ['Organization/Norvik', 'Organization/Norvik', 'Person/Pia Lund']],
  ])('an officer\'s title between a name and a person makes every mention of the name an organisation: %s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it.each([
    // Guards: a government body after its country, a model's code, two people, two outlets after a media noun.
    ['The U.S. Treasury said it would sell more bonds.', ['Organization/U.S. Treasury']],
    ['The airline ordered ten Larkwing A380 jets.', []],
    ['Samantha Power and John Kerry met in Geneva.', ['Person/Samantha Power', 'Person/John Kerry', 'Place/Geneva']],
    ['The newspaper Le Monde and Reuters reported the deal.', ['Organization/Le Monde', 'Organization/Reuters']],
    ['The Kenyan Ministry of Health said cases fell.', ['Organization/Kenyan Ministry of Health']],
  ])('guard: %s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });
});
