// Stage 3, about whom (src/3-statements/context/about.ts): entities the content names or refers to
// by pronoun, infinitive subject or description; places that only describe someone left out.
// Every sentence is written for this test.
import { describe, expect, it } from 'vitest';
import { holding, read } from './_read.js';

describe('statement about', () => {
  it.each([
    ['"it" opening reported content: the organisation speaking', 'Siemens said that it would close two plants.', 'it would close two plants', ['Siemens'], []],
    ['"they" opening reported content: a company agreed in the plural', 'Siemens have announced that they will close two plants.', 'they will close two plants', ['Siemens'], []],
    ['"they" of people speaking is not an organisation', 'Siemens cut jobs in May.\n\nUnion leaders said that they would strike.', 'they would strike', [], ['Siemens']],
    ['"he" opening reported content: the person speaking', 'Mayor Tom Hale said that he would not run again.', 'he would not run again', ['Tom Hale'], []],
    ['"she" after a man speaking: the last woman named', 'Maria Costa has died aged 81.\n\nMayor Tom Hale said that she had shown the town what art could do.', 'she had shown the town', ['Maria Costa'], ['Tom Hale']],
    ['an infinitive content with a possessive for its subject: the speaker', 'Mayor Tom Hale vowed to defend his record on parking.', 'to defend his record', ['Tom Hale'], []],
    ['a bare infinitive content: about its object, not the speaker', 'Mayor Tom Hale vowed to cut the parking fee.', 'to cut the parking fee', [], ['Tom Hale']],
    ['"its" refers back to the organisation named last', 'Siemens opened a plant in Ohio last year.\n\nThe governor praised its safety record.', 'its safety record', ['Siemens'], []],
    ['"the company" refers back to the organisation named last', 'Siemens opened a plant in Ohio last year.\n\nAnalysts said that the company would need new funds.', 'the company would need', ['Siemens'], []],
    ['"the union" is no building the words were said at', 'Transport minister Ana Ruiz told reporters at the Harbour Terminal in Dunmore on Sunday afternoon that she was ready to meet the union.', 'ready to meet the union', ['Ana Ruiz'], ['Harbour Terminal']],
    ['"it" of "the ministry" speaking is no university a previous speaker worked at', 'Economist Tom Hale of the University of Dunmore said that rents would fall.\n\nThe ministry said it would publish the bill next month.', 'it would publish the bill', [], ['University of Dunmore']],
    ['(guard) "it" of "the ministry" speaking is the ministry named before', 'The Ministry of Housing drafted a rent bill.\n\nEconomist Tom Hale of the University of Dunmore said that rents would fall.\n\nThe ministry said it would publish the bill next month.', 'it would publish the bill', ['Ministry of Housing'], ['University of Dunmore']],
    ['"its" after "the government" in the words is no organisation named in the paragraph before', 'The boats were seized off the Grande Plage in May, the ministry said.\n\nMinister Ana Ruiz told reporters that the government would stop closing its eyes.', 'the government would stop', [], ['Grande Plage']],
    ['(guard) "its" after "the court" in the words is the court named before', 'The High Court struck down the fishing ban in March.\n\n“This term the court lost its way,” said Senator Tom Hale.', 'the court lost its way', ['High Court'], []],
    ['"the company" is no party named by a party tag', 'Northwind Foods closed a plant.\n\nRep. Ann Lee, D-Calif., asked whether the company would pay.', 'the company would pay', ['Northwind Foods'], ['Democratic Party']],
    ['"the company" is no creditor named as "its largest creditor"', 'Calloway Outdoor Inc. filed for bankruptcy on Friday. Its largest creditor, Ferreira Textiles SA, is owed $18 million. Lawyers for two banks said that the company had missed a payment.', 'the company had missed', ['Calloway Outdoor'], ['Ferreira Textiles']],
    ['"the company" is no supplier named as "its main supplier"', 'Nordvik Grocers Ltd. closed 40 stores in Norway. Its main supplier, Baltic Dairy Oy, stopped deliveries. Analysts said that the company could not pay its bills.', 'the company could not pay', ['Nordvik Grocers'], ['Baltic Dairy']],
    ['"the party" is the party a party tag names', 'Sen. Tom Hale (R) said that the party would decide.', 'the party would decide', ['Republican Party'], []],
    ['"the team" with a restrictive participle is a new team', 'Siemens opened a plant in Ohio last year.\n\nThe governor said that the team formed to run it had been dissolved.', 'the team formed to run it', [], ['Siemens']],
    ['"it" after "she" speaking is no body stage 2 made of her name', 'Lead author Professor Mei Tanaka said the trial would widen next year. She cautioned that it was no cure for asthma.', 'it was no cure', [], ['Professor Mei Tanaka']],
    ['(guard) "it" after "it" speaking is the organisation', 'Harbor Foods said it would close a plant. It added that it expected sales to fall.', 'it expected sales', ['Harbor Foods'], []],
    ['an expletive "it" of a person speaking refers to no one', 'Mayor Tom Hale said that it was too early to tell.', 'it was too early', [], ['Tom Hale']],
    ['a place in a title before a name describes the person', 'The senator said that U.S. President Joe Biden would veto the bill.', 'would veto the bill', ['Joe Biden'], ['United States']],
    ['a place in a title of office before the holder\'s name describes the person', 'The union said that the Governor of Lagos, Ana Ruiz, would resign.', 'would resign', ['Ana Ruiz'], ['Lagos']],
    ['an indigenous people is no organisation', 'The court said that the water belonged to Native Hawaiian farmers.', 'the water belonged', [], ['Native Hawaiian', 'Native']],
    ['a place in an appositive describes the company', 'The union said that Siemens, a German engineering group, would buy the plant.', 'would buy the plant', ['Siemens'], ['Germany']],
    ['a speaker named between the parts of a quotation is not what it is about', '“The tolls will fall,” said Lyon mayor Carla Diaz, “and the bridge will stay open.”', 'the bridge will stay open', [], ['Carla Diaz', 'Lyon']],
    ['the hearer and the place of the frame between the parts of a quotation are not what it is about', '“The tolls will fall,” the mayor told Radio Tarvo in Dunmore. “The bridge will stay open.”', 'The bridge will stay open', [], ['Radio Tarvo', 'Dunmore']],
    ['"its" of the frame between the parts of a quotation is not what it is about', '“We will win,” Ana Ruiz told the Harbour Workers Union at its congress. “The port will stay open.”', 'The port will stay open', [], ['Harbour Workers Union']],
    ['a place naming the currency of an amount', 'The minister said that the deal was worth 40 million Swiss francs.', 'the deal was worth', [], ['Switzerland']],
    ['a currency without an amount keeps its place', 'The bank said that the Canadian dollar would weaken.', 'the Canadian dollar would weaken', ['Canada'], []],
    ['"the company" is not the outlet a person told', 'Chief executive Ana Ruiz told Radio Tarvo that the company\'s new games had failed.', 'the company\'s new games', [], ['Radio Tarvo']],
    ['"its" is not the outlet a person told earlier', 'Northwind Foods cut 200 jobs.\n\nChief executive Ana Ruiz told Radio Tarvo that sales fell. She added that the firm would focus on its pies.', 'the firm would focus', ['Northwind Foods'], ['Radio Tarvo']],
    ['(guard) "the company" may be the company another body told', 'The regulator told Northwind Foods that the company must recall the pies.', 'the company must recall', ['Northwind Foods'], []],
    ['"the ministry" is no agency named last', 'The Harbour Protection Agency said it had opened an inquiry.\n\nEnvironment Minister Ana Ruiz said the ministry would send a bill to parliament.', 'the ministry would send', [], ['Harbour Protection Agency']],
    ['"the ministry" is the body named before whose name holds it', 'The Ministry of Fisheries banned the nets. The Harbour Protection Agency said it had opened an inquiry.\n\nAna Ruiz said the ministry would send a bill.', 'the ministry would send', ['Ministry of Fisheries'], ['Harbour Protection Agency']],
    ['"the company" is no union the words after its name call so', 'Siemens cut 180 jobs in Ohio.\n\nThe Tarvo trade union criticised the plan. Union representative Ana Ruiz said the company had hired too fast.', 'the company had hired', ['Siemens'], ['Tarvo']],
    ['"the bank" is no central bank', 'Harlow Trust Bank collapsed in May. The Central Bank of Norland fined it.\n\nProsecutors said the bank had lent millions to one shipowner.', 'the bank had lent', ['Harlow Trust Bank'], ['Central Bank of Norland']],
    ['(guard) "the organization" is any body named last', 'The Harlow Foundation gave 2 million dollars.\n\nA spokesman said the organization would give more.', 'the organization would give', ['Harlow Foundation'], []],
    ['"it" of an owned body speaking is no platform a person posted on', 'In an Instagram post, cyclist Ana Ruiz wrote that she had broken her wrist. Norland\'s cycling federation said it would pay for her surgery.', 'it would pay for', [], ['Instagram']],
    ['"she" in a son\'s report is the woman the story is about, not the son', 'Efua Mensah, a painter, has died aged 91, her gallery said. Her son, Kwabena Mensah, said she had painted every day until last spring.', 'she had painted every day', ['Efua Mensah'], ['Kwabena Mensah']],
    ['"she" in a man\'s report is the story\'s subject before one named in passing', 'Efua Boateng opened the shelter in 2019.\n\nMayor Tom Hale, who toured it with Ekow Sarpong on Monday, said she had worked there every night.', 'she had worked there', ['Efua Boateng'], ['Ekow Sarpong', 'Tom Hale']],
    ['a place the content is about stays', 'The minister said that Germany would buy more gas.', 'Germany would buy', ['Germany'], []],
  ])('%s', (_name, text, words, included, excluded) => {
    const about = holding(read(text), words)?.about ?? null;
    expect(about).not.toBeNull();
    for (const name of included) expect(about).toContain(name);
    for (const name of excluded) expect(about).not.toContain(name);
  });
});
