// Stage 3, statement place (src/3-statements/context/place.ts and the occasion in index.ts): the place
// of the occasion of speaking, carried to the statements made there; never a place that describes
// the speaker or a publication. Every sentence is written for this test.
// legislatureNames: the legislatures a text names, read again only for a new text.
import { describe, expect, it } from 'vitest';
import { legislatureNames, PLACE_RULES, placeRule } from '../../../src/3-statements/context/place.js';
import { wordsOf } from '../../../src/3-statements/context/words.js';
import { holding, read } from './_read.js';

describe('statement place', () => {
  it.each([
    ['after an occasion', 'At a rally in Denver, the senator said that taxes would fall.', 'taxes would fall', 'Denver'],
    ['after a verb of speaking', 'Speaking in Ottawa, the minister said that the deal was close.', 'the deal was close', 'Ottawa'],
    ['not the hearer after "speaking to"', 'Speaking to Dunmore, the resident said that the water rose quickly.', 'the water rose quickly', null],
    ['after a conference addressed', 'Addressing a conference in Nairobi, the governor said that growth would slow.', 'growth would slow', 'Nairobi'],
    ['"in" after the cue', 'The minister told reporters in Lisbon that the deal was close.', 'the deal was close', 'Lisbon'],
    ['not the speaker\'s description', 'Maria Lopez, a lawyer in Boston, said that the ruling was unfair.', 'the ruling was unfair', null],
    ['(guard) not the description with an article after an inverted cue and an age', '“The ruling was unfair,” said Maria Lopez, 44, a partner at Lopez Kerr in Boston.', 'The ruling was unfair', null],
    ['not the description with no article after an inverted cue and an age', '“The ruling was unfair,” said Maria Lopez, 44, senior partner at Lopez Kerr in Boston.', 'The ruling was unfair', null],
    ['(guard) an adjunct of the saying after an inverted cue and an age', '“The ruling was unfair,” said Maria Lopez, 44, after a hearing in Boston.', 'The ruling was unfair', 'Boston'],
    ['not a place in the question put before the answer', 'Asked about the stalled harbour project in Dunmore, the minister said she had asked for advice.', 'she had asked for advice', null],
    ['not the place in a journal\'s name', 'The new drug cut deaths by a third, researchers reported in The Harbour Valley Journal of Medicine on Thursday.', 'The new drug cut deaths by a third', null],
    ['outside an owner\'s premises named by their place', '“Nurses are leaving,” the union leader said outside the federation\'s Newtown office.', 'Nurses are leaving', 'Newtown'],
    ['(guard) an owner\'s premises after "near", no position of the speaker', '“Nurses are leaving,” the union leader said near the federation\'s Newtown office.', 'Nurses are leaving', null],
    ['outside premises named by a suburb of two words whatever its type', '“Drivers are quitting,” union secretary Kate Mullins said outside the union\'s Kelvin Grove office on Tuesday.', 'Drivers are quitting', 'Kelvin Grove'],
    ['inside headquarters named by a suburb of one word', '“We will not sell,” the founder said inside the company\'s Footscray headquarters.', 'We will not sell', 'Footscray'],
    ['(guard) a suburb before a noun of no premises', '“Drivers are quitting,” the union secretary said outside the union\'s Kelvin Grove rally.', 'Drivers are quitting', null],
    ['not a place inside the speaker phrase', 'Farmers in Iowa said that the rain came too late.', 'the rain came too late', null],
    ['after a participle of speaking in the speaker\'s description', 'Ana Ruiz, speaking at a news conference in Lisbon on Monday, said that the talks would go on.', 'the talks would go on', 'Lisbon'],
    ['after "meeting with" someone in the speaker\'s description', 'Premier Ana Ruiz, meeting with the Norland president in Lisbon on Monday, said that trade would grow.', 'trade would grow', 'Lisbon'],
    ['not an occasion the main clause names before a participle cue', 'The president has postponed a visit to Lisbon, citing the strike as his reason.', 'the strike as his reason', null],
    ['between two quoted parts, past a title\'s full stop and an appositive', '“The signal is clear,” said Dr. Ana Ruiz, the project\'s chief scientist, at a briefing in Dunmore, Norland. “We are sure of it.”', 'The signal is clear', 'Dunmore'],
    ['(guard) not a clause after the speaker between two quoted parts', '“I loved her,” he said, as he traced her early work in Dunmore. “She was brave.”', 'I loved her', null],
    ['(guard) not the description between two quoted parts', '“I vote,” says Ana Ruiz, 27, a nurse attending school in Dunmore. “I always have.”', 'I vote', null],
    ['an occasion after the last comma of an object content the cue\'s adjunct ran into', 'Archbishop Tomas Varga urged parishioners to welcome refugees, in his Christmas sermon in Dunmore Cathedral Square.', 'to welcome refugees', 'Dunmore Cathedral Square'],
    ['(guard) not an occasion inside words before the cue, which they report', 'The row grew so bitter that the mayor warned the governor, during their meeting in Dunmore not to cut the grant, said an aide who was briefed on the talks.', 'the mayor warned the governor', null],
    ['(guard) not an occasion still to come in words with a modal', 'The envoy said talks would resume next month, at a summit in Lisbon.', 'talks would resume', null],
    ['a cue inside the content frames its own phrase', 'The plant, the minister said during a visit to Lisbon, will close.', 'will close', 'Lisbon'],
    ['after a description of the place', 'Addressing farmers in the northern city of Dunmore, the minister said that the subsidy would stay.', 'the subsidy would stay', 'Dunmore'],
    ['after a description of the place without "of"', 'The minister told reporters in the capital Lisbon that the talks were over.', 'the talks were over', 'Lisbon'],
    ['not a place in a description that has no article', 'The minister, who grew up in coastal city Dunmore, said that the subsidy would stay.', 'the subsidy would stay', null],
    ['not a place inside the content', 'The minister said that the talks in Lisbon were over.', 'the talks in Lisbon', null],
    ['a court named by its town, told', 'A former clerk told the Kisumu district court on Monday that the loans were never repaid.', 'the loans were never repaid', 'Kisumu'],
    ['(guard) a court named by its town after "in the", read by the locative rule', 'She said in the Tarvin district court that the loans were never repaid.', 'the loans were never repaid', 'Tarvin'],
    ['not a court\'s record named by its town', 'The engineer said in a Denver court filing that the bridge was unsafe.', 'the bridge was unsafe', null],
    ['a building after a part of it', 'She told reporters on the steps of Kapuaiwa Hale that the ruling was overdue.', 'the ruling was overdue', 'Kapuaiwa Hale'],
    ['an organisation\'s building after a part of it', 'She told reporters on the steps of the Supreme Court that the ruling was overdue.', 'the ruling was overdue', 'Supreme Court'],
    ['(guard) the city named after the building', 'She told reporters on the steps of the Supreme Court in Dunmore that the ruling was overdue.', 'the ruling was overdue', 'Dunmore'],
    ['(guard) not a body "in front of" which one speaks', 'The senator said in front of the Judiciary Committee that the nominee was qualified.', 'the nominee was qualified', null],
    ['a legislature stage 2 leaves untagged, after a verb of speaking', 'Speaking in Parliament last week, the minister said that the levy would stay.', 'the levy would stay', 'Parliament'],
    ['a legislature typed an organisation, after a verb of speaking', 'Speaking in the Senate on Monday, the senator said that the levy would stay.', 'the levy would stay', 'Senate'],
    ['after a verb of speaking in a relative clause on the speaker', 'Ana Ruiz, who spoke at a news conference in Lisbon on Monday, said that the talks would go on.', 'the talks would go on', 'Lisbon'],
    ['(guard) not a place in a relative clause of another verb on the speaker', 'Ana Ruiz, who studied at a college in Lisbon, said that the talks would go on.', 'the talks would go on', null],
    ['the Commons, the short name of a chamber, after a verb of speaking', 'Speaking in the Commons, the minister said that the levy would stay.', 'the levy would stay', 'House of Commons'],
    ['a legislature with its nation\'s adjective', 'Speaking in the Norwegian Parliament, the minister said that the levy would stay.', 'the levy would stay', 'Norwegian Parliament'],
    ['a legislature after "in" right after the cue and its hearers', 'The minister told MPs in Parliament that the levy would stay.', 'the levy would stay', 'Parliament'],
    ['a legislature addressed right after the cue', 'The minister told Parliament on Monday that the levy would stay.', 'the levy would stay', 'Parliament'],
    ['a chamber by its short name addressed after the cue and "the"', 'The chancellor told the Commons that the levy would stay.', 'the levy would stay', 'House of Commons'],
    ['(guard) not a legislature written to', 'The agency told Congress in a letter on Monday that the levy would stay.', 'the levy would stay', null],
    ['a legislature before a part of its building', 'Speaking on the Senate floor, the senator said that the levy would stay.', 'the levy would stay', 'Senate'],
    ['a legislature after an occasion', 'During question period in the House of Commons, the minister said that the levy would stay.', 'the levy would stay', 'House of Commons'],
    ['(guard) not a legislature after any "in" of the clause (membership)', 'The levy will stay, Ana Ruiz said, a view that many in Congress share.', 'The levy will stay', null],
    ['not a place in a clause coordinated after the cue', '“Follow me,” the guide said, and the children, curious, walked on to the square in Dunmore.', 'Follow me', null],
    ['"outside" a place right after the cue', '“It was a great night,” Ana Ruiz said outside Dunmore Stadium.', 'It was a great night', 'Dunmore Stadium'],
    ['"outside" a place after the cue and its hearers', 'The coach told reporters outside Dunmore Stadium that the team had played well.', 'the team had played well', 'Dunmore Stadium'],
    ['(guard) not "outside" a place in the speaker\'s description', 'Ana Ruiz, a farmer from outside Dunmore, said that the river had flooded.', 'the river had flooded', null],
    ['not a place in a participle clause after the object', 'The governor vetoed the bill, setting up an override fight in the Legislature.', 'the bill', null],
    ['not a place in a participle clause after the words', '“The bridge will close,” the mayor said, prompting protests in Dunmore.', 'The bridge will close', null],
    ['(guard) a participle of speaking after the words', '“The bridge will close,” the mayor said, speaking at a rally in Dunmore.', 'The bridge will close', 'Dunmore'],
    ['(guard) a participle of position after the cue', '“The bridge will close,” the mayor told reporters, standing outside the town hall in Dunmore.', 'The bridge will close', 'Dunmore'],
  ])('%s', (_name, text, words, place) => {
    expect(holding(read(text), words)?.place).toBe(place);
  });

  it.each([
    ['in', 'Ana Ruiz, 58, who lives in Dunmore, says she knew little about the mayor before he announced his bid.'],
    ['outside', 'Ana Ruiz, 58, who lives outside Dunmore, says she knew little about the mayor before he announced his bid.'],
  ])('no place "%s" the description of the speaker whose words hold a nested report', (_prep, text) => {
    expect(read(text).find((s) => s.content === 'his bid')?.place).toBeNull();
  });

  it.each([
    ['carried to the quotation in the next paragraph', 'At a press conference in Nairobi, the minister said that the border would reopen.\n\n“We are ready for it,” she said.', 'We are ready for it', 'Nairobi'],
    ['not carried to another named speaker in the same paragraph', 'At a press conference in Nairobi, Minister Ana Ruiz said that the border would reopen. The opposition leader Tom Okafor said that the plan was a gamble.', 'the plan was a gamble', null],
    ['not carried from a statement with its occasion in its clause to another named speaker', 'Minister Ana Ruiz said at a briefing in Nairobi that the border would reopen. Police chief Tom Okafor told reporters that the threat was empty.', 'the threat was empty', null],
    ['not carried from an unnamed speaker to a named one\'s report in the same paragraph', 'The harbour master told reporters at the port town of Dunmore that the ferries would run. Ana Ruiz said the fares were too high.', 'the fares were too high', null],
    ['(guard) carried from an unnamed speaker to a named one\'s quotation in the same paragraph', 'At a press conference in Nairobi, an official said that the border would reopen. “We are ready for it,” said Ana Ruiz, head of the customs office.', 'We are ready for it', 'Nairobi'],
    ['carried to an unnamed source in the same paragraph', 'At a press conference in Nairobi, Minister Ana Ruiz said that the border would reopen. An aide said that trucks would cross first.', 'trucks would cross first', 'Nairobi'],
    ['carried to a quotation whose speaker is named after an unnamed one', 'At a press conference in Nairobi, an official said that the border would reopen.\n\n“We are ready for it,” said Ana Ruiz, head of the customs office.', 'We are ready for it', 'Nairobi'],
    ['not carried to a quotation whose speaker\'s description is placed elsewhere', 'Ana Ruiz told investors at a conference in Dunmore that orders had slowed.\n\n“The pound is weak,” a trader at a bank in Lisbon said.', 'The pound is weak', null],
    ['(guard) carried to a quotation whose speaker\'s relative clause names another place', 'At a rally in Dunmore, the senator said that taxes would fall.\n\n“He speaks for us,” said Ana Ruiz, who was born in Lisbon.', 'He speaks for us', 'Dunmore'],
    ['(guard) carried to a quotation whose speaker comes from elsewhere', 'At a rally in Dunmore, the senator said that taxes would fall.\n\n“He speaks for us,” said Ana Ruiz, a retiree from Lisbon.', 'He speaks for us', 'Dunmore'],
    ['not carried to another speaker\'s report', 'At a press conference in Nairobi, the minister said that the border would reopen.\n\nThe opposition leader said that the plan was rushed.', 'the plan was rushed', null],
    ['a sentence naming where it was said', 'The minister said that the border would reopen.\n\nThe announcement was made at a news conference in Nairobi.\n\nThe minister told reporters that trade would resume.', 'trade would resume', 'Nairobi'],
    ['back from the same speaker placed in the next paragraph', 'The governor said that growth would slow.\n\nAddressing a conference in Denver, the governor said that prices would rise.', 'growth would slow', 'Denver'],
    ['not carried to the same speaker\'s words its own clause dates on another day', 'At a rally in Dunmore on Tuesday, the senator said that the tax was a theft.\n\nOn Wednesday, the senator said that the tax must go.', 'the tax must go', null],
    ['(guard) carried to the same speaker\'s undated words', 'At a rally in Dunmore on Tuesday, the senator said that the tax was a theft.\n\nThe senator said that the tax must go.', 'the tax must go', 'Dunmore'],
    ['(guard) carried to a cue in the present tense that goes on with the scene', 'At a rally in Dunmore on Tuesday, the senator said that the tax was a theft.\n\nHe says that the governor is weak.', 'the governor is weak', 'Dunmore'],
    ['(guard) a hearing\'s place carried to the same witness\'s next words', 'Ana Ruiz told the Kisumu district court on Monday that she had warned the board.\n\nShe said that the chairman had ignored her.', 'the chairman had ignored her', 'Kisumu'],
    ['carried to the lead\'s described speaker named in the next paragraph', 'A witness told the court in Dunmore on Monday that she had warned the board.\n\nThe witness, Ana Ruiz, said that the board had ignored her.', 'the board had ignored her', 'Dunmore'],
    ['(guard) not carried to another speaker the same noun describes', 'A witness told the court in Dunmore on Monday that she had warned the board.\n\nAnother witness, Ana Ruiz, said that the board had ignored her.', 'the board had ignored her', null],
    ['the same named speaker\'s undated words after another\'s, back at their last place', '“The levy is unlawful,” Commissioner Ilse Maartens said at a briefing in Vilnius.\n\nThe regulator found that Torvik had hidden fees. Maartens said the firm had 60 days to repay customers.', 'the firm had 60 days', 'Vilnius'],
    ['the same named speaker two paragraphs on, an answer after another speaker', 'Mayor Joaquim Serrano said at a news conference in Braga on Monday that the floods had peaked.\n\nThe weather service warned that more rain was due.\n\nAsked about the dams, Serrano said they were safe.', 'they were safe', 'Braga'],
    ['(guard) not to the same speaker\'s words another day', '“The levy is unlawful,” Commissioner Ilse Maartens said at a briefing in Vilnius on Monday.\n\nThe regulator found that Torvik had hidden fees. On Wednesday, Maartens said the firm had 60 days to repay customers.', 'the firm had 60 days', null],
    ['(guard) not three paragraphs on', '“The levy is unlawful,” Commissioner Ilse Maartens said at a briefing in Vilnius.\n\nThe regulator found that Torvik had hidden fees.\n\nTorvik said it would appeal.\n\nMaartens said the firm had 60 days to repay customers.', 'the firm had 60 days', null],
    ['(guard) not to the same speaker\'s words in the present tense after another\'s', '“The levy is unlawful,” Commissioner Ilse Maartens said at a briefing in Vilnius.\n\nThe regulator found that Torvik had hidden fees. Maartens says the firm has 60 days to repay customers.', 'the firm has 60 days', null],
    ['(guard) not to the same speaker\'s written words', '“The levy is unlawful,” Commissioner Ilse Maartens said at a briefing in Vilnius.\n\nThe regulator found that Torvik had hidden fees. Maartens wrote on her blog that the firm had 60 days to repay customers.', 'the firm had 60 days', null],
    ['(guard) the reach counts from the placed words, not from words the place was carried to', '“The levy is unlawful,” Commissioner Ilse Maartens said at a briefing in Vilnius.\n\nThe regulator found that Torvik had hidden fees. Maartens said the firm had 60 days to repay customers.\n\nTorvik said it would appeal.\n\nMaartens said the fine would double after that.', 'the fine would double', null],
    ['not carried from a participle clause\'s place to the same speaker', 'The governor vetoed the bill, setting up an override fight in the Legislature.\n\nIn a veto message to lawmakers, she wrote that the bill would raise taxes.', 'the bill would raise taxes', null],
    ['back from the same speaker placed in the next sentence of the paragraph', 'Governor Ines Baptista said on Monday that prices had peaked. Speaking at a forum in Porto, she said that rates would stay high.', 'prices had peaked', 'Porto'],
    ['back to the same speaker\'s undated words, both on the day of publication', 'Governor Ines Baptista said that prices had peaked. Addressing a forum in Porto, she said that rates would stay high.', 'prices had peaked', 'Porto'],
    ['(guard) not back past a turn of the story', 'Governor Ines Baptista said on Monday that prices had peaked. Later, speaking at a forum in Porto, she said that rates would stay high.', 'prices had peaked', null],
    ['(guard) not back to written words', 'Governor Ines Baptista wrote in a blog post that prices had peaked. Speaking at a forum in Porto, she said that rates would stay high.', 'prices had peaked', null],
    ['(guard) not back to words whose clause names a written medium', 'The senator hit back on Saturday, saying in a tweet that more suits would be filed. At a rally in Dunmore, she said the banks owned her rival.', 'more suits would be filed', null],
    ['(guard) not back to words issued in a statement', 'Mayor Ana Ruiz said in a statement that the pipes had burst. Speaking at a briefing in Dunmore, she said the repairs would take a week.', 'the pipes had burst', null],
    ['(guard) not back to a view', 'The senator considers the governor untrustworthy. At a rally in Dunmore, she said the banks owned her rival.', 'the governor untrustworthy', null],
    ['(guard) not back to another speaker', 'Governor Ines Baptista said on Monday that prices had peaked. Speaking at a forum in Porto, Tomas Varga said that rates would stay high.', 'prices had peaked', null],
    ['not back when the next paragraph is another day', 'The governor said that growth would slow.\n\nOn Monday, addressing a conference in Denver, the governor said that prices would rise.', 'growth would slow', null],
    ['"here" is the dateline\'s place', 'BERLIN (AP) — The minister told reporters here that the talks had failed.', 'the talks had failed', 'Berlin'],
    ['no "here": the dateline is not the place', 'BERLIN (AP) — The minister said that the talks had failed.', 'the talks had failed', null],
    ['a court after the cue is in the dateline\'s town', 'LISBON (AP) — The defence lawyer told reporters outside the court that the verdict would be appealed.', 'the verdict would be appealed', 'Lisbon'],
    ['"said in court" under a dateline', 'LISBON (AP) — The witness said in court that the van had been stolen.', 'the van had been stolen', 'Lisbon'],
    ['a legislature after the cue is in the dateline\'s town', 'OTTAWA — “The levy will not rise,” Finance Minister Ana Vetter told reporters in the legislature.', 'The levy will not rise', 'Ottawa'],
    ['"speaking in parliament" under a dateline', 'OTTAWA — Speaking in parliament, the finance minister said that the levy would not rise.', 'the levy would not rise', 'Ottawa'],
    ['(guard) no dateline: a legislature gives no town', 'The finance minister told reporters in the legislature that the levy would not rise.', 'the levy would not rise', null],
    ['(guard) a building is no venue of the dateline\'s town', 'OTTAWA — A clinic in the town of Varby closed its wards. “Care comes first,” the director told reporters outside the main building.', 'Care comes first', null],
    ['(guard) a court in a later phrase of the sentence is not where the words were said', 'LISBON (AP) — The farmer says he saw the van on the road - noting that, contrary to the owner\'s claims in court, it had no plates.', 'he saw the van on the road', null],
    ['(guard) a court named after its noun is no court of the dateline\'s town', 'LISBON (AP) — The lawyer said outside the Court of Appeal that the case would go on.', 'the case would go on', null],
    ['not a place in a phrase that sums the words up after the cue', 'Families who came from Norland would be treated as refugees, Ruiz said, a policy that could make it easier for them to remain in Lisbon.', 'Families who came from Norland', null],
    ['an occasion in the clause takes the place where the sentence before put the speaker', 'Hundreds of guests, among them Prime Minister Ana Ruiz, waited at the new terminal of Lisbon Airport.\n\nIn her speech, Ruiz said that the airport would double its traffic.', 'the airport would double', 'Lisbon Airport'],
    ['a court by its name said in', 'Judge Ana Ruiz said in the High Court that the loans had been hidden.', 'the loans had been hidden', 'High Court'],
    ['(guard) not a court in the speaker\'s description', 'Tomas Varga, a lawyer who has argued in the High Court, said that the loans had been hidden.', 'the loans had been hidden', null],
    ['a building by its name the words were said at', 'The rector told staff at a town hall meeting at the Kingsley Hall on Monday that no posts would be cut.', 'no posts would be cut', 'Kingsley Hall'],
    ['(guard) not a building where the speaker works', 'A guard at the Harbour Terminal said that the gates had been left open.', 'the gates had been left open', null],
    ['"from" a place after a noun for what was said', '“The fleet is ready,” harbour master Ana Ruiz said in a statement from Lisbon.', 'The fleet is ready', 'Lisbon'],
    ['"from" a place after a noun for what was said, set off between the speaker and the cue', 'The harbour board, in a brief statement from Lisbon, said that the fleet was ready.', 'the fleet was ready', 'Lisbon'],
    ['(guard) not a place in the speaker\'s description with no noun for what was said', 'The harbour board, a body from Lisbon, said that the fleet was ready.', 'the fleet was ready', null],
    ['no place of a later occasion carried back to words in the present tense', 'In his new book, published on Monday, Tomas Varga writes that the harbour was mismanaged.\n\nHe also claims that the mayor ignored his warnings.\n\nVarga told reporters at the book\'s launch in Lisbon that he had kept notes for years.', 'the mayor ignored his warnings', null],
    ['(guard) the later occasion itself', 'In his new book, published on Monday, Tomas Varga writes that the harbour was mismanaged.\n\nHe also claims that the mayor ignored his warnings.\n\nVarga told reporters at the book\'s launch in Lisbon that he had kept notes for years.', 'he had kept notes for years', 'Lisbon'],
    ['an occasion in the clause: not a place inside the words the sentence before reported', 'Kalvik Rovers manager Tomas Varga insists his side can win at Dunmore Park on Saturday.\n\nSpeaking at his pre-match press conference, Varga said: “Nobody expects anything from us.”', 'Nobody expects anything', null],
    ['no occasion in the clause: no place from the sentence before', 'Hundreds of guests, among them Prime Minister Ana Ruiz, waited at the new terminal of Lisbon Airport.\n\nRuiz said later that the airport would double its traffic.', 'the airport would double', null],
  ])('%s', (_name, text, words, place) => {
    expect(holding(read(text), words)?.place).toBe(place);
  });

  it.each([
    ['told the', ' district court on Monday that', 'town-court'],
    ['before a', ' court that', 'town-court'],
    ['appeared before the', ' magistrates\' court', 'town-court'],
    ['told the', ' court case was', null],
    ['said in a', ' court filing that', null],
    ['told the', ' city council that', null],
  ])('the words "%s" before a place and "%s" after it: %s', (before, after, rule) => {
    expect(placeRule(wordsOf(before), after)).toBe(rule);
  });

  it.each([
    ['at a rally in', 'occasion-place'],
    ['told reporters on the steps of', 'building-part'],
    ['speaking outside the gates of the', 'building-part'],
    ['said in front of', 'building-part'],
    ['said on the steps and in', 'locative'],
    ['during a visit to', 'occasion-place'],
    ['at a joint press conference with the vice president in', 'occasion-place'],
    ['speaking in', 'speaking-place'],
    ['visiting', 'speaking-place'],
    ['told reporters in', 'locative'],
    ['said outside', 'outside-place'],
    ['told reporters inside the', 'outside-place'],
    ['according to a report in', null],
    ['wrote in', null],
    ['said in an op-ed published in', null],
    ['a professor from', null],
    ['said in a statement from', 'issued-from'],
    ['(guard) a delegation from', null],
  ])('the words "%s" before a place: %s', (before, rule) => {
    expect(placeRule(wordsOf(before))).toBe(rule);
  });

  it.each(PLACE_RULES.map((r) => [r.id, r]))('rule %s has a reason and an example', (_id, rule) => {
    expect(rule.reason.length).toBeGreaterThan(10);
    expect(rule.example).toMatch(/\p{Lu}/u);
  });
});

describe('legislatureNames', () => {
  it('finds the names in any case, and answers the same text again and a new text anew', () => {
    const a = 'Speaking in Parliament, she told the house of Commons and the Senate-led panel.';
    const b = 'The Dáil met; the Bundestag did not.';
    const spans = (t: string) => legislatureNames(t).map(([s, e]) => t.slice(s, e));
    expect(spans(a)).toEqual(['Parliament', 'house of Commons', 'Senate']);
    expect(spans(a)).toEqual(['Parliament', 'house of Commons', 'Senate']);
    expect(spans(b)).toEqual(['Dáil', 'Bundestag']);
    expect(spans(`${a} `)).toEqual(['Parliament', 'house of Commons', 'Senate']);
  });
});
