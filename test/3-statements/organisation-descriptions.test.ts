// Stage 3, step 3 (organisation-descriptions.ts): what "the company", "the club", "the agency" stand for.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';

function lastSpeaker(text: string): string | undefined {
  const a = analyze({ id: 'art', text, published: '2024-05-06' }, { today: '2024-06-01' });
  const byKey = new Map(a.mentions.entities.map((e) => [e.key, e]));
  // (The last top-level statement: a report's content may hold a nested one.)
  const s = a.statements.filter((x) => !x.parent).at(-1);
  return s?.speakerEntity ? byKey.get(s.speakerEntity)?.name : undefined;
}

function firstSpeaker(text: string): string | undefined {
  const a = analyze({ id: 'art', text, published: '2024-05-06' }, { today: '2024-06-01' });
  const byKey = new Map(a.mentions.entities.map((e) => [e.key, e]));
  const s = a.statements.find((x) => !x.parent);
  return s?.speakerEntity ? byKey.get(s.speakerEntity)?.name : undefined;
}

describe('definite organisation descriptions', () => {
  it.each([
    ['a mining company named next', 'The grant will pay for six rural clinics, the foundation said.\n\nHallam Mining said two workers had been hurt at its shaft.', 'foundation'],
    ['a holding company named next', 'The prize will go to three young poets, the association said. Brightwater Holdings said it would sponsor the evening.', 'association'],
    ['(kept) a body of no known kind named next', 'The grant will pay for six rural clinics, the foundation said.\n\nThe Elgin Foundation said it had given the money in March.', 'Elgin Foundation'],
  ])('never reads "the foundation", "the association" as a company a company word closes (%s)', (_name, text, who) => {
    expect(firstSpeaker(text)).toBe(who);
  });

  it.each([
    ['a creditor', 'Calloway Outdoor Inc. filed for bankruptcy on Friday. Its largest creditor, Ferreira Textiles SA, is owed $18 million. The company said it would keep its stores open.', 'Calloway Outdoor'],
    ['a supplier', 'Nordvik Grocers Ltd. closed 40 stores in Norway. Its main supplier, Baltic Dairy Oy, stopped deliveries. The company said it would reopen ten of them.', 'Nordvik Grocers'],
  ])('reads "the company" past a party named as the company\'s "its …" (%s)', (_name, text, who) => {
    expect(lastSpeaker(text)).toBe(who);
  });

  it.each([
    ['"the newspaper" for the paper named before', 'The Harbour Gazette reported that the mayor had resigned. The newspaper said she had been ill.', 'Harbour Gazette'],
    ['"the broadcaster" for an outlet that quoted someone', 'Radio Dunmore quoted the minister as saying the talks had failed. The broadcaster said the minister had since resigned.', 'Radio Dunmore'],
    ['(guard) "the paper" of a study, no outlet named', 'The study was published in the journal Harbour Medicine. The paper found that sleep improved memory.', 'paper'],
  ])('reads "the newspaper", "the broadcaster" as the news outlet named last (%s)', (_name, text, who) => {
    expect(lastSpeaker(text)).toBe(who);
  });

  it.each([
    ['a place-based carrier', 'Kestrel Airways has grounded four jets, the airline said. The Dubai-based carrier said no passengers had been hurt.', 'Kestrel Airways'],
    ['a place-based bank closing the report', 'Harbourside Bank reported a jump in profit.\n\nNet profit rose 12%, the Frankfurt-based bank said.', 'Harbourside Bank'],
    ['a place-listed company', 'Dunmore Mining cut its forecast on Monday. The London-listed company said output had fallen.', 'Dunmore Mining'],
    ['a place-based club', 'Dunmore Rovers rejected a third offer for the midfielder. The Leeds-based club said the player was not for sale.', 'Dunmore Rovers'],
    ['a place-based think tank', 'A report by the Harbour Policy Institute found rents had doubled. The London-based think tank recommends that the city build more homes.', 'Harbour Policy Institute'],
  ])('reads a place and a participle before the noun as a description (%s)', (_name, text, who) => {
    expect(lastSpeaker(text)).toBe(who);
  });

  it.each([
    ['a company named after another trade\'s noun', 'The Norvia Savings Bank cut its loan rate on Monday. Tomas Berg, an economist at the brokerage Halden Securities, called the cut a surprise. The bank said demand for loans had fallen.', 'Norvia Savings Bank'],
    ['a company described by another trade\'s noun after it', 'The Norvia Savings Bank cut its loan rate on Monday. Halden Capital, a brokerage, called the cut a surprise. The bank said demand for loans had fallen.', 'Norvia Savings Bank'],
    ['a party named with its noun after the name ("the Harbour party")', 'Members of the opposition Harbour party accused the minister of hiding the figures. The bank said it would appeal.', 'bank'],
    ['"the company" for a party named with its noun', 'Members of the opposition NRP party accused the minister of hiding the figures. The company said it would appeal.', 'company'],
    // (Guard: "the company" fits any company, whatever trade introduced it.)
    ['"the company" after a trade\'s noun (guard)', 'Halden Capital, a brokerage, cut its fees on Monday. The company said clients had asked for it.', 'Halden Capital'],
  ])('does not take up a company introduced as another trade, nor a body the word after its name calls another kind (%s)', (_name, text, who) => {
    expect(lastSpeaker(text)).toBe(who);
  });

  it.each([
    ['"the regulator" in the lead for the authority the next paragraph names', 'Harbour banks were fined for late reports, the regulator said on Tuesday.\n\nThe Harbour Conduct Authority said two banks had ignored its warnings. The regulator said the fines would rise.', 'Harbour Conduct Authority', 0],
    ['"the company" in the lead for the company the next paragraph names', 'Prices of its flour will rise next year, the company said on Monday.\n\nHalden Foods said the cost of wheat had doubled.', 'Halden Foods', 0],
    // (Guards: another body named first, or a description past the lead, takes up nothing named later.)
    ['(guard) another body named first', 'Prices of flour will rise next year, the company said on Monday.\n\nThe Harbour Millers Union warned that bakeries would close. Halden Foods said wheat had doubled.', 'company', 0],
    ['(guard) past the lead', 'Flour sales fell.\n\nBakers were worried.\n\nMills cut shifts.\n\nPrices will rise next year, the company said on Monday.\n\nHalden Foods said wheat had doubled.', 'company', 0],
    ['(guard) a body named in the description\'s own words', 'The company said it would sell its stake in Halden Foods next year.', 'company', 0],
  ])('reads a description in the lead as the body named next when it fits (%s)', (_name, text, who, index) => {
    const a = analyze({ id: 'art', text, published: '2024-05-06' }, { today: '2024-06-01' });
    const byKey = new Map(a.mentions.entities.map((e) => [e.key, e]));
    const s = a.statements.filter((x) => !x.parent)[index]!;
    expect(s.speakerEntity ? byKey.get(s.speakerEntity)?.name : undefined).toBe(who);
  });

  it.each([
    ['after an office of no audit word', 'The National Audit Office is considering an inquiry. The watchdog found in a report last year that costs had doubled.', 'National Audit Office'],
    ['after an authority that spoke', 'The Harbour Standards Authority said the pier would close. The watchdog said fees would rise.', 'Harbour Standards Authority'],
  ])('reads "the watchdog" as the public body named before (%s)', (_name, text, who) => {
    expect(lastSpeaker(text)).toBe(who);
  });

  it.each([
    ['closing the report whose subject is the club', 'Kumasi Royals have rejected a second offer from Belgian side KV Oostmalle for striker Kwabena Asante-Darko, the club said on Tuesday.', 'Kumasi Royals'],
    ['in the next sentence', 'Kumasi Royals have rejected a second offer from Belgian side KV Oostmalle for their striker. The club said the offer was too low.', 'Kumasi Royals'],
    ['a team after a game against another', 'Dunmore Rovers beat FC Harbourside 2-0 on Saturday. The team said the captain was injured.', 'Dunmore Rovers'],
    ['a league\'s name before the noun', 'Dunmore Rovers have rejected a bid for their captain, the Premier League club said on Monday.', 'Dunmore Rovers'],
  ])('reads "the club" as the subject of the sentence that named the nearest one (%s)', (_name, text, who) => {
    expect(lastSpeaker(text)).toBe(who);
  });

  it.each([
    ['a possessive description and a place-based name', 'His team, Belgium-based Vantor-Lux, said it had suspended him.', 'Vantor-Lux'],
    ['a possessive description and a name alone', 'His team, Vantor-Lux, said it had suspended him.', 'Vantor-Lux'],
    ['an appositive that holds the kind of body', 'His employer, the Belgian team Vantor-Lux, said it had suspended him.', 'Vantor-Lux'],
  ])('gives the organisation an appositive names after a description of a body (%s)', (_name, text, who) => {
    expect(lastSpeaker(text)).toBe(who);
  });

  it.each([
    ['a bank "of" a country', 'The Bank of Moravia raised its key rate on Tuesday.\n\nThe central bank said inflation was too high.', 'Bank of Moravia'],
    ['a bank named with the modifier', 'The Reserve Bank of Tonga held its rate. In a statement, the reserve bank said prices had eased.', 'Reserve Bank of Tonga'],
    ['not a company bank of no public name (guard)', 'Harbour Savings Bank cut its mortgage rate. The central bank said inflation was too high.', undefined],
  ])('reads "the central bank" as a public bank named before (%s)', (_name, text, who) => {
    const found = lastSpeaker(text);
    if (who) expect(found).toBe(who);
    else expect(found).not.toBe('Harbour Savings Bank');
  });

  it.each([
    ['a union named for its members', 'Harrow Seafoods Ltd said the boat was safe.\n\nThe United Dockworkers said crews had complained in May.\n\nThe company said it had acted.', 'Harrow Seafoods'],
    ['a union by its head noun', 'Harrow Seafoods Ltd said the boat was safe. The Dunmore Fishermen\'s Union said crews had complained. The company said it had acted.', 'Harrow Seafoods'],
    ['a university with an "of" phrase', 'Harrow Seafoods Ltd said the catch was safe. The University of Dunmore said the samples were clean. The company said sales would recover.', 'Harrow Seafoods'],
  ])('does not take a body of another kind for "the company" (%s)', (_name, text, who) => {
    expect(lastSpeaker(text)).toBe(who);
  });

  it.each([
    ['a page the company owns in its sentence', 'Harrow Seafoods Ltd denied the charge. In a statement posted on its Facebook page, the company said it would appeal.', 'Harrow Seafoods'],
    ['an outlet a person spoke to before', 'Harrow Seafoods Ltd said the boat was safe.\n\nEngineer Ana Ruiz believes the hull failed. Speaking to CBC\'s Morning Edition on Tuesday, she said the welds were old.\n\nThe company said the boat would sail again.', 'Harrow Seafoods'],
    ['an outlet a person told (a guard: the gazetteer knows it for an outlet)', 'Harrow Seafoods Ltd said the boat was safe.\n\nEngineer Ana Ruiz told the BBC the hull failed.\n\nThe company said the boat would sail again.', 'Harrow Seafoods'],
  ])('does not take an outlet heard or a thing owned for "the company" (%s)', (_name, text, who) => {
    expect(lastSpeaker(text)).toBe(who);
  });

  it('reads the body that wrote a document by its description ("results posted by the commission")', () => {
    const text = 'The Harbour Electoral Commission said 4,000 ballots were left.\n\nRuiz led by 900 votes, according to results posted by the commission.';
    expect(lastSpeaker(text)).toBe('Harbour Electoral Commission');
  });

  it('leaves a time closing the phrase out of a document\'s author ("issued by the commission on Sunday")', () => {
    const text = 'The Harbour Electoral Commission said 4,000 ballots were left.\n\nRuiz led by 900 votes, according to a statement issued by the commission on Sunday.';
    expect(lastSpeaker(text)).toBe('Harbour Electoral Commission');
  });

  it.each([
    ['a Spanish university', 'The Universidad de Moravia cut 40 posts.\n\nThe university said the cuts were temporary.', 'Universidad de Moravia'],
    ['a French observatory', 'Rents rose, according to figures published by the Observatoire du Logement.\n\nThe observatory said demand had doubled.', 'Observatoire du Logement'],
  ])('reads "the N" for a body whose untranslated name holds N in its own language (%s)', (_name, text, who) => {
    expect(lastSpeaker(text)).toBe(who);
  });

  it('does not take a body whose relative clause ends in the same noun for "the ministry"', () => {
    const text = 'The Harbour Institute, which tests samples for the ministry, said the water was clean.\n\nThe ministry rejected the finding.';
    expect(lastSpeaker(text)).not.toBe('Harbour Institute');
  });

  it('leaves a relative clause after a person\'s role to the role (guard)', () => {
    expect(lastSpeaker('The head of the dockers union, who spoke on Monday, said the strike would go on.')).toBe('head of the dockers union');
  });

  it.each([
    ['after a speaker the noun closed', 'Workers will strike next week, the Dunmore Dockers union said on Tuesday. The union wants a 7% pay rise.', 'Dunmore Dockers'],
    ['after an acronym the noun closed', 'Workers will strike next week, the FNV union said on Tuesday. The union wants a 7% pay rise.', 'FNV'],
    ['after a name the noun opened', 'Workers will strike next week, the union Dockwise said on Tuesday.\n\nThe union said the port had refused to talk.', 'Dockwise'],
  ])('reads "the union" as the body an earlier speaker named before that noun (%s)', (_name, text, who) => {
    expect(lastSpeaker(text)).toBe(who);
  });

  it.each([
    ['a service named so', 'The Harbour Ambulance Service said crews had been delayed. The service said it had added staff.', 'Harbour Ambulance Service'],
    ['a confederation named so', 'The Dunmore Sports Confederation said the swimmer had tested positive. The confederation said it was shocked.', 'Dunmore Sports Confederation'],
    ['a police force', 'Cardiff Police acknowledged that training had lapsed. The force said it had since retrained 400 drivers.', 'Cardiff Police'],
  ])('reads "the N" as the nearest organisation whose name ends in N or in the kind N names (%s)', (_name, text, who) => {
    expect(lastSpeaker(text)).toBe(who);
  });
});

describe('"the company" after the name of a law', () => {
  it.each([
    ['an act named since the company', 'Regulators fined Varnholt Logistics in March and opened a second case under the Harbour Markets Act. The company said it would appeal.', 'Varnholt Logistics'],
    ['a treaty named since the company', 'Brakemoor Shipping lost its licence under the Coastal Waters Agreement. The company said it would fight the ruling.', 'Brakemoor Shipping'],
  ])('never takes up the law (%s)', (_name, text, who) => {
    expect(lastSpeaker(text)).toBe(who);
  });
});

describe('"the club" after a headline naming two clubs', () => {
  it.each([
    ['the club that opens the headline', 'Harlow Athletic sign Avery from Brookfield Albion\n\nThe club announced on Friday that Tom Avery had signed a three-year deal.', 'Harlow Athletic'],
  ])('is the headline\'s subject (%s)', (_name, text, who) => {
    expect(lastSpeaker(text)).toBe(who);
  });
});

describe('a public body taken up by its kind or its own words', () => {
  it.each([
    ['"the agency" for a ministry named "Ministry of …"', 'The Ministry of Fisheries said a trawler had sunk off Tema. The agency urged boats to stay in port.', 'Ministry of Fisheries'],
    ['"the agency" for a state\'s "Department of …"', 'The Kansas Department of Agriculture said two farms had been quarantined. The agency urged farmers to report sick cattle.', 'Kansas Department of Agriculture'],
    ['lower-case words of a service\'s name', 'The National Avalanche Service raised its warning on Sunday. Slopes above 2,000 metres could give way, according to the avalanche service.', 'National Avalanche Service'],
    ['"the agency" for a national service of no known kind', 'The Caribbean Hurricane Service issued a storm warning for Barbados. Waves could reach six metres, the agency said.', 'Caribbean Hurricane Service'],
    ['"the agency" for a geological survey', 'The U.S. Geological Survey recorded a quake near Reno on Monday. No damage was reported, the agency said.', 'U.S. Geological Survey'],
    ['lower-case words of a name four paragraphs back', 'The National Avalanche Service raised its warning for the Alps on Sunday.\n\nHotels in Chamonix were full, said Marc Dubois, who runs a ski school.\n\nThe mayor said the roads were open.\n\nTrains ran late on Monday, said a railway spokesman.\n\nMore snow is expected by Friday, according to the avalanche service.', 'National Avalanche Service'],
  ])('is that body (%s)', (_name, text, who) => {
    expect(lastSpeaker(text)).toBe(who);
  });

  it.each([
    ['words of no body named before stay as written', 'Rivers in the north rose overnight. Roads could flood by noon, according to the avalanche service.', 'avalanche service'],
  ])('(guard) %s', (_name, text, who) => {
    expect(lastSpeaker(text)).toBe(who);
  });
});
