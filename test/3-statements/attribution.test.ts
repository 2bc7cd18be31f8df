// Stage 3: who said what — content, speaker mention, cue and form, in the orders news uses.
// Every sentence here is written for this test, not taken from any corpus.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';

// The rules' reading, before the confidence model's threshold (tested in confidence.test.ts) drops any.
function candidates(text: string) {
  return statements(text, 0);
}

function statements(text: string, minConfidence?: number) {
  const a = analyze({ id: 't', text, published: '2024-05-06' }, { today: '2024-06-01', ...(minConfidence === undefined ? {} : { minConfidence }) });
  const name = (k: string | null) => (k ? (a.mentions.entities.find((e) => e.key === k)?.name ?? k) : null);
  return a.statements.map((s) => ({
    content: s.content.text,
    speaker: s.speaker?.text ?? null,
    who: name(s.speakerEntity),
    cue: s.cue?.text ?? null,
    form: s.form,
    kind: s.kind,
    parent: s.parent,
  }));
}

describe('attribution', () => {
  it.each([
    ['a relative clause after the object', 'The mayor said something to the builder that upset the crowd.', 'that upset the crowd'],
    ['a relative clause after a prepositional phrase', 'The coach spoke at length with a player that missed the bus.', 'that missed the bus'],
  ])('does not take a relative clause for a content clause: %s', (_name, text, notContent) => {
    expect(candidates(text).map((s) => s.content)).not.toContain(notContent);
  });

  it.each([
    ['an object, then a semicolon and a clause with its own report', 'The harbour board has not confirmed the fees; it said a decision would come in May.', 'a decision would come in May'],
  ])('ends a content at a semicolon before another clause\'s verb: %s', (_name, text, content) => {
    const read = candidates(text);
    expect(read.map((s) => s.content)).toContain(content);
    expect(read.some((s) => s.content.includes(';'))).toBe(false);
  });

  it.each([
    ['indirect speech with "that"', 'Mayor Carla Diaz said that the bridge would reopen in June.', 'that the bridge would reopen in June', 'Mayor Carla Diaz', 'said', 'indirect'],
    ['indirect speech without "that"', 'The minister said the talks had failed.', 'the talks had failed', 'The minister', 'said', 'indirect'],
    ['a trailing cue after a quotation', '“We will not give up,” the coach said.', '“We will not give up,”', 'the coach', 'said', 'direct'],
    ['an inverted speaker with an appositive', '“The bridge is safe,” said Maria Lopez, the city engineer.', '“The bridge is safe,”', 'Maria Lopez, the city engineer', 'said', 'direct'],
    ['a colon lead-in', 'Jonas Berg said: “We are ready for the vote.”', '“We are ready for the vote.”', 'Jonas Berg', 'said', 'direct'],
    ['a hyphenated given name whose last syllable reads as an adjective', 'Governor Lin Shu-tai urged voters to stay calm.', 'voters to stay calm', 'Governor Lin Shu-tai', 'urged', 'indirect'],
    ['"told" with its hearer', 'Ruth Okafor told reporters on Monday that the budget was balanced.', 'that the budget was balanced', 'Ruth Okafor', 'told', 'indirect'],
    ['adjuncts between cue and content', 'The company said in a statement on Friday that profits fell.', 'that profits fell', 'The company', 'said', 'indirect'],
    ['a mixed quotation', 'Elena Park said the plan was “a gift to polluters” and would fail.', 'the plan was “a gift to polluters” and would fail', 'Elena Park', 'said', 'mixed'],
    ['"according to" at the start', 'According to the fire department, the blaze started in a kitchen.', 'the blaze started in a kitchen', 'the fire department', 'According to', 'indirect'],
    ['"according to" at the end', 'The blaze started in a kitchen, according to the fire department.', 'The blaze started in a kitchen', 'the fire department', 'according to', 'indirect'],
    ['an interrupting cue', 'The budget, the governor said, is balanced for the first time.', 'The budget, the governor said, is balanced for the first time', 'the governor', 'said', 'indirect'],
    ['a dash-signed quotation', '“Nobody asked us about the tower.” ― Tom Reyes', '“Nobody asked us about the tower.”', 'Tom Reyes', '―', 'direct'],
    ['a party tag after the name', 'Sen. Ann Lee (D-Ore.) said the bill would pass.', 'the bill would pass', 'Sen. Ann Lee (D-Ore.)', 'said', 'indirect'],
    ['a question closing its own sentence', '“Is the bridge safe?” Vitter asked.', '“Is the bridge safe?”', 'Vitter', 'asked', 'direct'],
    ['a leading subordinate clause', 'When the storm hit, the mayor said that crews were ready.', 'that crews were ready', 'the mayor', 'said', 'indirect'],
    ['a progressive cue and a role ending in an adjective', 'The attorney general is confirming that the charity is not registered.', 'that the charity is not registered', 'The attorney general', 'confirming', 'indirect'],
    ['an inverted cue opening the sentence', 'Said Ellis: “I doubt it will pass.”', '“I doubt it will pass.”', 'Ellis', 'Said', 'direct'],
    ['an "according to" source the tagger misreads', 'According to exit polls, the senator won easily.', 'the senator won easily', 'exit polls', 'According to', 'indirect'],
    ['a hearer and the act asked of them', 'The city warned residents to boil their water.', 'residents to boil their water', 'The city', 'warned', 'indirect'],
    ['a Title Case headline', 'Senator Jane Doe Calls Budget Plan A Disgrace', 'Budget Plan A Disgrace', 'Senator Jane Doe', 'Calls', 'indirect'],
    ['an object that is a single name', 'The teachers union endorses Martinez.', 'Martinez', 'The teachers union', 'endorses', 'indirect'],
    ['a report continued after "and"', '“Prices will rise,” Diaz said, and “wages will follow.”', '“Prices will rise,” Diaz said, and “wages will follow.”', 'Diaz', 'said', 'direct'],
    ['an age, a home town and a relative clause between speaker and cue', 'Tomas Vidal, 64, of Rivermead, who followed the vote on the radio, said the result surprised his neighbours.', 'the result surprised his neighbours', 'Tomas Vidal, 64, of Rivermead, who followed the vote on the radio', 'said', 'indirect'],
    ['a comma-set adjunct between speaker and cue', 'The harbour master, at a later press briefing, said, “The channel stays closed.”', '“The channel stays closed.”', 'The harbour master, at a later press briefing', 'said', 'direct'],
    ['a dashed appositive', 'Lena Ortiz -- author of a study on ferry fares -- said the operator tended to raise prices in winter.', 'the operator tended to raise prices in winter', 'Lena Ortiz -- author of a study on ferry fares', 'said', 'indirect'],
    ['a party tag the sentence splitter cut', 'Rep. Dana Whitfield (R-S.D.) said that proposal favoured insiders.', 'that proposal favoured insiders', 'Rep. Dana Whitfield (R-S.D.)', 'said', 'indirect'],
    ['a possessive source the tagger reads as an adjective', 'Marta Kovac\'s brief said that was never her position.', 'that was never her position', 'Marta Kovac\'s brief', 'said', 'indirect'],
    ['"many of whom" as the speaker of a relative clause', 'Residents, many of whom say the plan is unfair, gathered outside.', 'the plan is unfair', 'many of whom', 'say', 'indirect'],
    ['a colon after the cue, with narration before it', 'The board will probably decide on Monday, Ruiz said: “I expect a close vote.”', '“I expect a close vote.”', 'Ruiz', 'said', 'direct'],
    ['a participial opener that sets the scene', 'Asked about the fault that caused the outage, Chief Adeyemi said, “We will know more tomorrow.”', '“We will know more tomorrow.”', 'Chief Adeyemi', 'said', 'direct'],
    ['an interruption whose adjunct ends in a place', '“I think the referee will be fair,” Okafor said at a rally in Dunmore, Pa., “but many people are watching.”', '“I think the referee will be fair,” Okafor said at a rally in Dunmore, Pa., “but many people are watching.”', 'Okafor', 'said', 'direct'],
    ['a quantified subject ("some of …")', 'Some of the mayor’s oldest allies said they now support the budget.', 'they now support the budget', 'Some of the mayor’s oldest allies', 'said', 'indirect'],
    ['a fraction with a percentage appositive', 'A quarter of the tenants, 25%, say they will move out.', 'they will move out', 'A quarter of the tenants, 25%', 'say', 'indirect'],
    ['a hyphenated role the tagger reads as adjectives', 'The self-described fiscal conservative said she would cut the levy.', 'she would cut the levy', 'The self-described fiscal conservative', 'said', 'indirect'],
    ['an adjective-tagged noun after a determiner', 'Another ranking says the firm is not even profitable.', 'the firm is not even profitable', 'Another ranking', 'says', 'indirect'],
    ['"a source close to her" after the content', 'The coach will change the lineup, a source close to her said.', 'The coach will change the lineup', 'a source close to her', 'said', 'indirect'],
    ['a subject with a relative clause and no commas', 'Farmers who want to sell their land said the decision will make it harder.', 'the decision will make it harder', 'Farmers who want to sell their land', 'said', 'indirect'],
    ['a subject with a participial clause', 'Tenants trying to win back the courtyard say they have new evidence.', 'they have new evidence', 'Tenants trying to win back the courtyard', 'say', 'indirect'],
    ['a party tag split off by the sentence splitter, then an appositive', 'Sen. Ruth Calloway (R-Ga.), one of the few co-sponsors still in office, said she remembers the vote.', 'she remembers the vote', 'Sen. Ruth Calloway (R-Ga.), one of the few co-sponsors still in office', 'said', 'indirect'],
    ['a one-word answer after a participial opener', 'Asked if the bridge was ever inspected, the engineer said no.', 'no', 'the engineer', 'said', 'indirect'],
    ['a day name that is a possessive, not an adjunct', 'The union said Monday\'s ruling will delay the strike.', 'Monday\'s ruling will delay the strike', 'The union', 'said', 'indirect'],
    ['a relative report ("who he said were …")', 'He proposed a ban on the groups, which he said were a threat, and left.', 'were a threat', 'he', 'said', 'indirect'],
    ['"As reported by X, C"', 'As reported by the Gazette, the council was warned twice about the flooding.', 'the council was warned twice about the flooding', 'the Gazette', 'reported', 'indirect'],
    ['a passive with an adverb before the participle', 'Word of the closure was first reported by the Valley Gazette.', 'Word of the closure', 'the Valley Gazette', 'reported', 'indirect'],
    ['a participle after the object of the main verb', 'The mayor emailed volunteers saying: “We keep going.”', '“We keep going.”', 'The mayor', 'saying', 'direct'],
    ['a gerund subject', 'Internal polling shows she leads among renters.', 'she leads among renters', 'Internal polling', 'shows', 'indirect'],
    ['a poll named after "In" with no reporting verb', 'In the latest Harbor Institute survey, 71 percent of voters approved of the mayor.', '71 percent of voters approved of the mayor', 'the latest Harbor Institute survey', 'In', 'indirect'],
    ['a poll named at the end with no reporting verb', 'The mayor led her rival 2-1 in a new Harbor Institute poll.', 'The mayor led her rival 2-1', 'a new Harbor Institute poll', 'in', 'indirect'],
    ['"polls show" with the verb tagged as a noun', 'Polls show the incumbent quietly gaining ground.', 'the incumbent quietly gaining ground', 'Polls', 'show', 'indirect'],
    ['a day with "on" between subject and cue', 'The governor on Friday endorsed the re-election of the mayor.', 'the re-election of the mayor', 'The governor', 'endorsed', 'indirect'],
    ['a quotation closed by doubled apostrophes before the speaker', "''It's a setback,'' Ms. Varga said.", "''It's a setback,''", 'Ms. Varga', 'said', 'direct'],
    ['a one-word quotation', '"Sandbags," Ines said.', '"Sandbags,"', 'Ines', 'said', 'direct'],
    ['a hyphenated adjective before a name', 'A red-faced Moreno says she regrets nothing about the vote.', 'she regrets nothing about the vote', 'A red-faced Moreno', 'says', 'indirect'],
    ['a gerund clause as the content', 'She says losing the first race taught her patience.', 'losing the first race taught her patience', 'She', 'says', 'indirect'],
    ['"put out a statement saying"', 'Her office put out a statement saying the port cannot take more ships.', 'the port cannot take more ships', 'Her office', 'saying', 'indirect'],
    ['a quotation after a colon, with its own speaker', 'He stressed the need for patience: “Plant now, harvest later,” he said.', '“Plant now, harvest later,”', 'he', 'said', 'direct'],
    ['an opening mark typed where the quotation closes', '“It is unusual,“ said Carla Brandt, an attorney.', '“It is unusual,“', 'Carla Brandt, an attorney', 'said', 'direct'],
    ['a participial appositive with verbs of its own', 'An aide, speaking on condition of anonymity to discuss the talks, said Wednesday that the deal was close.', 'that the deal was close', 'An aide, speaking on condition of anonymity to discuss the talks', 'said', 'indirect'],
    ['an appositive between spaced hyphens', 'The challenger - who once said she would sell the stadium - said at a rally that she would win.', 'that she would win', 'The challenger - who once said she would sell the stadium', 'said', 'indirect'],
    ['a quotation with its cue inside parentheses', "Some fear decline (''This is less a reform than a retreat,'' Ana Pires wrote in the Courier) and others do not.", "''This is less a reform than a retreat,''", 'Ana Pires', 'wrote', 'direct'],
    ['an appositive whose closing comma is missing', 'Sen. Nora Blake (D-NY), a supporter of the mayor said the party would win.', 'the party would win', 'Sen. Nora Blake (D-NY), a supporter of the mayor', 'said', 'indirect'],
    ['an -s possessive in an appositive', '“We are ahead,” Rosa Delgado, the Jenkins’ family lawyer, said.', '“We are ahead,”', 'Rosa Delgado, the Jenkins’ family lawyer', 'said', 'direct'],
    ['a quantifier of an object pronoun as the subject', 'Most of them said the ferry was always late.', 'the ferry was always late', 'Most of them', 'said', 'indirect'],
    ['a quotation whose nested quotation ends its sentence', '“His answer was, ‘Wait and see.’” Ortega told reporters after the vote.', '“His answer was, ‘Wait and see.’”', 'Ortega', 'told', 'direct'],
    ['a participle after a dash', 'Lia Park changed her vote – saying the new draft protected renters.', 'the new draft protected renters', 'Lia Park', 'saying', 'indirect'],
    ['a participle after a comparison with "than expected"', 'The Reserve Bank of Fiji raised rates more than expected, saying prices were climbing.', 'prices were climbing', 'The Reserve Bank of Fiji', 'saying', 'indirect'],
    ['a participle after "than" with its own subject', 'Kestrel Mining cut its output goal, a deeper cut than traders had expected, saying copper demand had eased.', 'copper demand had eased', 'Kestrel Mining', 'saying', 'indirect'],
    ['a participle whose clause is an agentless passive', 'The port authority rejected the report, saying the figures were released in error.', 'the figures were released in error', 'The port authority', 'saying', 'indirect'],
    ['a dashed aside that lists', 'Several farmers at the hearing — including two from Ashby — said the dam had dried their wells.', 'the dam had dried their wells', 'Several farmers at the hearing — including two from Ashby', 'said', 'indirect'],
    ['a surname that is also a time word', 'Day said the audit found nothing.', 'the audit found nothing', 'Day', 'said', 'indirect'],
    ['"then" coordinating a second verb', 'Moreau thanked the crew, then said the mission had been a success.', 'the mission had been a success', 'Moreau', 'said', 'indirect'],
    ['a prepositional opener holding a clause of its own', 'In a letter sent after the board met, Ruiz said the school would stay open.', 'the school would stay open', 'Ruiz', 'said', 'indirect'],
    ['a poll showing a standing, with no verb of its own', 'Two new polls show the mayor with a narrow lead over her rival.', 'the mayor with a narrow lead over her rival', 'Two new polls', 'show', 'indirect'],
    ['"show" mis-tagged as a noun before a pronoun', 'Tax records from the 2019 cycle show she paid nothing.', 'she paid nothing', 'Tax records from the 2019 cycle', 'show', 'indirect'],
    ['a participle subject with a prepositional phrase', 'Workers marching through the town chanted “Fair pay now!”', '“Fair pay now!”', 'Workers marching through the town', 'chanted', 'direct'],
    ['a year between a relative pronoun and the cue', 'The senator, who in 2012 said the mine was safe, has changed her mind.', 'the mine was safe', 'who', 'said', 'indirect'],
    ['a second verb inside the first report’s content', 'Vance said she had lost two elections and called them lessons in patience.', 'them lessons in patience', 'Vance', 'called', 'indirect'],
    ['an opener with a clause before a cue that has its own complement', 'Minutes after the polls closed, the clerk announced a recount in two wards.', 'a recount in two wards', 'the clerk', 'announced', 'indirect'],
    ['a content-first report followed by ", adding that …"', 'The plant will close in May, Ortiz said Tuesday, adding that no one would be laid off.', 'The plant will close in May', 'Ortiz', 'said', 'indirect'],
    // (A phrase of occasion after "in", set off by commas, is no part of the speaker's span: session 34.)
    ['an adjunct of occasion ending with a date', 'Ina Berg, in a letter sent by her lawyer on Monday, said she would appeal.', 'she would appeal', 'Ina Berg', 'said', 'indirect'],
    ['"while commenting on X," before the speaker', 'While commenting on the flood, the mayor said the levees had held.', 'the levees had held', 'the mayor', 'said', 'indirect'],
    ['a speech cue closing a sentence whose clause holds a plan', 'The museum plans to reopen the east wing in June, a spokeswoman announced.', 'The museum plans to reopen the east wing in June', 'a spokeswoman', 'announced', 'indirect'],
    ['a surname the tagger reads as an adverb', 'Jolly said the levy would pass easily.', 'the levy would pass easily', 'Jolly', 'said', 'indirect'],
    ['a hyphenated compound mis-tagged as verbs in an appositive', 'Ada Reyes, a fellow at the center-left think tank Civic Lab, said rents would rise.', 'rents would rise', 'Ada Reyes, a fellow at the center-left think tank Civic Lab', 'said', 'indirect'],
    ['a clause opening with a hyphenated compound', 'Okoro said down-ballot races would decide the session.', 'down-ballot races would decide the session', 'Okoro', 'said', 'indirect'],
    ['a coordinated cue after a relative clause', 'Lind praised the crew that rebuilt the pier and said the town owed them a debt.', 'the town owed them a debt', 'Lind', 'said', 'indirect'],
    ['a date between subject and cue, closed by a comma', 'Mayor Ona Reyes on Friday, March 3, said that the bridge would reopen.', 'that the bridge would reopen', 'Mayor Ona Reyes', 'said', 'indirect'],
    ['a participial appositive ending with a date', 'Governor Lia Moss, opening the new library on Monday, said it would stay open late.', 'it would stay open late', 'Governor Lia Moss, opening the new library on Monday', 'said', 'indirect'],
    ['an appositive whose noun the tagger reads as a verb', 'Norway, the town’s only ally and its main lender, said the loan was safe.', 'the loan was safe', 'Norway, the town’s only ally and its main lender', 'said', 'indirect'],
    ['a subject with a relative clause without "that"', 'All the farmers I met said the rain came too late.', 'the rain came too late', 'All the farmers I met', 'said', 'indirect'],
    ['a participial subject ending with "in late <month>"', 'A Harbor Institute survey released in late May found that most tenants favored the plan.', 'that most tenants favored the plan', 'A Harbor Institute survey released in late May', 'found', 'indirect'],
    ['"in late <month>" between subject and cue', 'Ruiz in late May said the plan was dead.', 'the plan was dead', 'Ruiz', 'said', 'indirect'],
    ['a participle after a day name', 'Vance posted a string of messages late Sunday saying that the count was rigged.', 'that the count was rigged', 'Vance', 'saying', 'indirect'],
    ['a coordinated cue inside a non-restrictive relative clause', 'The video angered residents, who marched downtown and called for an inquiry.', 'an inquiry', 'who', 'called for', 'indirect'],
    ['a quotation then narration joined by "and"', '“It was never safe,” the fisherman said last spring, and a big reason for his doubt was the storm.', '“It was never safe,”', 'the fisherman', 'said', 'direct'],
    ['a quantifier floated after the subject', 'The two farmers both said the dam had failed.', 'the dam had failed', 'The two farmers', 'said', 'indirect'],
    ['a list of names with party tags', 'Rep. Ana Lee (D-Ore.), Tom Park (R-Ohio) and Eva Diaz (D-N.M.) all argued that the rule was unlawful.', 'that the rule was unlawful', 'Rep. Ana Lee (D-Ore.), Tom Park (R-Ohio) and Eva Diaz (D-N.M.)', 'argued', 'indirect'],
    ['a dashed appositive with a comma of its own', 'Ray Holt -- author of Tidewater, a history of the port -- said the docks would close.', 'the docks would close', 'Ray Holt -- author of Tidewater, a history of the port', 'said', 'indirect'],
    ['a verbless answer before a closing cue', 'Someone with experience, she said.', 'Someone with experience', 'she', 'said', 'indirect'],
    ['a repeated one-word answer', 'The crowd said yes, yes, yes, until the band came back.', 'yes, yes, yes', 'The crowd', 'said', 'indirect'],
    ['a multiword cue that takes an object', 'The governor warned against cuts to the school budget.', 'cuts to the school budget', 'The governor', 'warned against', 'indirect'],
    ['a phrasal cue with an inflected verb', 'The mayor laid out her plan to widen the harbor road.', 'her plan to widen the harbor road', 'The mayor', 'laid out', 'indirect'],
    ['"want" with a noun phrase', 'Most tenants want a rent freeze this winter.', 'a rent freeze this winter', 'Most tenants', 'want', 'indirect'],
    ['"see X as Y"', 'Many anglers see the new quota as a death sentence.', 'the new quota as a death sentence', 'Many anglers', 'see', 'indirect'],
    ['an object cue the tagger reads as a noun after a plural subject', 'Farmers support the levy on imports.', 'the levy on imports', 'Farmers', 'support', 'indirect'],
    ['a stance in a restrictive relative clause', 'Most of the tenants who support Okafor live downtown.', 'Okafor', 'who', 'support', 'indirect'],
    ['a stance participle after a noun', 'A group backing Mayor Lind raised a million dollars.', 'Mayor Lind', 'A group', 'backing', 'indirect'],
    ['"this" opening the reported clause (not "this week")', 'Critics say this is only a pause.', 'this is only a pause', 'Critics', 'say', 'indirect'],
    ['a possessive before an amount', 'The magazine said her $2 million stake was now worthless.', 'her $2 million stake was now worthless', 'The magazine', 'said', 'indirect'],
    ['a participle closing the subject', 'Most renters surveyed said they would move.', 'they would move', 'Most renters surveyed', 'said', 'indirect'],
    ['an emphatic reflexive after the subject', 'Lind herself said that the vote was close.', 'that the vote was close', 'Lind', 'said', 'indirect'],
    ['a relative clause appositive ending with a date', 'Okoro, who visited the mine on Friday, said the shafts were flooded.', 'the shafts were flooded', 'Okoro, who visited the mine on Friday', 'said', 'indirect'],
    ['a subject with an irregular participle and "by"', 'A copy of the audit seen by the Courier said two ledgers were missing.', 'two ledgers were missing', 'A copy of the audit seen by the Courier', 'said', 'indirect'],
    ['an interrupting cue with a modifier the tagger reads as a preposition', 'The plan, an inside source said, is to sell the ferry.', 'The plan, an inside source said, is to sell the ferry', 'an inside source', 'said', 'indirect'],
    ['a dashed aside opening with "and"', 'Most council members — and two of the three judges — said that the map was fair.', 'that the map was fair', 'Most council members — and two of the three judges', 'said', 'indirect'],
    ['a count before a bare reporting verb', 'About one in five say they will not vote.', 'they will not vote', 'one in five', 'say', 'indirect'],
    ['a quotation ending its sentence, then "X said to Y"', '“We need our coffee!” Lind said to reporters.', '“We need our coffee!”', 'Lind', 'said', 'direct'],
    ['a quoted one-word answer', "Vance shook her head and said, ''No.''", "''No.''", 'Vance', 'said', 'direct'],
    ['an inverted speaker with an -ed modifier', '“It is over,” said one unaligned county official.', '“It is over,”', 'one unaligned county official', 'said', 'direct'],
    ['a quantifier of a possessive phrase', 'Many of her longtime supporters say they feel betrayed.', 'they feel betrayed', 'Many of her longtime supporters', 'say', 'indirect'],
    ['a determiner standing alone as the subject', 'Some say they hear the old arguments again.', 'they hear the old arguments again', 'Some', 'say', 'indirect'],
    ['a percentage as the subject', 'On housing, 42% say they favor rent control.', 'they favor rent control', '42%', 'say', 'indirect'],
    ['a coordinated cue after a name with a party tag', 'Rep. Ann Holt (R) criticized the budget and said the state had overspent.', 'the state had overspent', 'Rep. Ann Holt (R)', 'said', 'indirect'],
    ['an inverted speaker described by a participle with "as"', '"There was no order," said the station chief known as Bob.', '"There was no order,"', 'the station chief', 'said', 'direct'],
    ['a title in quotation marks before "that"', 'Lee said on the radio show "Morning Notes" that he would run again.', 'that he would run again', 'Lee', 'said', 'indirect'],
    ['a closing mark typed as an opening one after a question', '“Do you want to be the next one?“ she asked.', '“Do you want to be the next one?“', 'she', 'asked', 'direct'],
    ['an object opening with a possessive', 'She announced her support for the harbor plan on Friday.', 'her support for the harbor plan on Friday', 'She', 'announced', 'indirect'],
    ['a subject with "by" inside it', 'The statement by the two unions suggested both would strike.', 'both would strike', 'The statement by the two unions', 'suggested', 'indirect'],
    ['a role noun read as an adjective before an appositive name', 'The chief, Nora Lind, argued that the rules were clear.', 'that the rules were clear', 'The chief, Nora Lind', 'argued', 'indirect'],
    ['an order with "told X to"', 'The referee told both coaches to calm down.', 'both coaches to calm down', 'The referee', 'told', 'indirect'],
    ['a negated progressive with a curly apostrophe', 'The prosecutor isn’t saying if the charity broke any laws.', 'if the charity broke any laws', 'The prosecutor', 'saying', 'indirect'],
    ['a coordinated cue after an object with a participle', 'Governor Lena Ruiz met survivors of the flood and relatives of the people killed on Monday and said the state must act.', 'the state must act', 'Governor Lena Ruiz', 'said', 'indirect'],
    ['a coordinated cue after a dated verb', 'Sen. Omar Haddad on Wednesday played down the dispute and said it was minor.', 'it was minor', 'Sen. Omar Haddad', 'said', 'indirect'],
    ['a coordinated cue after a subordinate clause', 'The mayor was quick to praise the coach after he won the final and said the city was proud.', 'the city was proud', 'The mayor', 'said', 'indirect'],
    ['a cue with its preposition, the object being the content', 'The senator railed against the new trade deal on Tuesday.', 'the new trade deal on Tuesday', 'The senator', 'railed against', 'indirect'],
    ['a want in a relative clause', 'Residents who want a new bridge packed the hall.', 'a new bridge', 'who', 'want', 'indirect'],
    ['a short infinitive after a wish', 'The owners are acting as though they want to lose.', 'to lose', 'they', 'want', 'indirect'],
    ['"neither" standing alone as the subject', 'Neither wanted to share a name with the reporter.', 'to share a name with the reporter', 'Neither', 'wanted', 'indirect'],
    ['an object ending where the main clause begins', 'Ever since she endorsed Lena Ruiz in May, Warren has been a loyal ally.', 'Lena Ruiz in May', 'she', 'endorsed', 'indirect'],
    ['an object running on past a relative clause', 'He compared the plan with the schemes of the old regime, which failed twice.', 'the plan with the schemes of the old regime, which failed twice', 'He', 'compared', 'indirect'],
    ['a participle after "with" and a share', 'The council closed the survey with 30 percent of tenants saying they felt unsafe.', 'they felt unsafe', '30 percent of tenants', 'saying', 'indirect'],
    ['an inverted age standing for the speaker', '“The pier will hold,” said the 71-year-old.', '“The pier will hold,”', 'the 71-year-old', 'said', 'direct'],
    ['an object before a later relative "that"', 'The mayor criticized the harbor levy, a charge that hits fishermen hardest.', 'the harbor levy, a charge that hits fishermen hardest', 'The mayor', 'criticized', 'indirect'],
    ['an infinitive before a later relative "that"', 'The senator has vowed to repeal the toll rule, a measure that drivers hate.', 'to repeal the toll rule, a measure that drivers hate', 'The senator', 'vowed', 'indirect'],
    ['a vote as a stance', 'Most union members voted against the merger.', 'the merger', 'Most union members', 'voted against', 'indirect'],
  ])('reads %s', (_case, text, content, speaker, cue, form) => {
    const found = candidates(text);
    expect(found.find((s) => s.cue === cue && s.speaker === speaker) ?? found[0]).toMatchObject({ content, speaker, cue, form });
  });

  it.each([
    ['The harbour master said in a radio address that the pier would reopen.', 'that the pier would reopen', 'The harbour master'],
    ['Mayor Ana Ruiz said in her evening address that the dam was safe.', 'that the dam was safe', 'Mayor Ana Ruiz'],
    ['Halden Corp. said in a news release that the dam would close.', 'that the dam would close', 'Halden Corp.'],
    ['The union wrote in a press release that the strike was over.', 'that the strike was over', 'The union'],
  ])('reads a noun after "said in a …" as the medium, not a cue of its own: "%s"', (text, content, speaker) => {
    expect(candidates(text).map((s) => [s.content, s.speaker, s.cue])).toEqual([[content, speaker, text.includes('wrote') ? 'wrote' : 'said']]);
  });

  it.each([
    ['Halden Corp. said that work on the dam, begun two years ago, would stop.', 'begun'],
    ['The union has announced that the strike, started three weeks ago, is over.', 'started'],
  ])('takes no time expression for an inverted speaker: "%s"', (text, participle) => {
    expect(candidates(text).filter((s) => s.cue === participle)).toEqual([]);
  });

  it.each([
    ['The ferry seemed to run late every Friday.', 'The ferry seemed to run late every Friday'],
    ['By noon, the crowd appeared to be thinning out.', 'the crowd appeared to be thinning out'],
    ['The new bridge is expected to open in May.', 'The new bridge is expected to open in May'],
    ['The coach isn’t expected to attend, though he sent a note.', 'The coach isn’t expected to attend'],
    ['The final, which is expected to draw crowds, starts at noon.', 'which is expected to draw crowds'],
    ['The brewery has reportedly hired a new chef from Lyon.', 'The brewery has reportedly hired a new chef from Lyon'],
    ['After the storm passed, the harbor crew appeared exhausted.', 'the harbor crew appeared exhausted'],
    ['Reportedly, the two owners stopped speaking in March.', 'the two owners stopped speaking in March'],
    ['The harbor master is widely seen as a cautious man.', 'The harbor master is widely seen as a cautious man'],
    ['The ferry company was criticized for its long delays.', 'The ferry company was criticized for its long delays'],
  ])('attributes an appearance or hearsay ("%s") to no source, subject included', (text, content) => {
    const found = statements(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ content, speaker: null, who: null });
  });

  it.each([
    ['Asked whether the dam was safe, most residents said no.', 'whether the dam was safe', 'Asked', 'no', 'most residents'],
    ['When asked about the fares, Oduya said they would fall.', 'the fares', 'asked about', 'they would fall', 'Oduya'],
    ['Asked if she had “any doubts,” Lind said no.', 'if she had “any doubts,”', 'Asked', 'no', 'Lind'],
  ])('reads "%s" as an unsourced question and the answer', (text, question, cue, answer, speaker) => {
    const found = statements(text);
    expect(found).toContainEqual(expect.objectContaining({ content: question, cue, speaker: null }));
    expect(found).toContainEqual(expect.objectContaining({ content: answer, speaker, cue: 'said' }));
  });

  it.each([
    ['an adjunct before the question', 'Asked at a hearing in May why the ferry ran late, the director blamed the weather.', 'why the ferry ran late', 'Asked'],
    ['an adjunct before "about"', 'When asked at the briefing about the tolls, the minister smiled.', 'the tolls', 'asked at the briefing about'],
    ['a question closing the sentence', 'The coach spoke to reporters after practice when asked which striker she would start.', 'which striker she would start', 'asked'],
  ])('reads an unsourced question past %s', (_case, text, question, cue) => {
    expect(candidates(text)).toContainEqual(expect.objectContaining({ content: question, cue, speaker: null }));
  });

  it.each([
    ['The coach was asked whether the team would stay.', 'whether the team would stay', 'asked'],
    ['The mayor has been asked to publish the contracts.', 'to publish the contracts', 'asked'],
    ['The minister was asked about the ferry fares.', 'the ferry fares', 'asked about'],
  ])('reads a question put by no named asker in "%s"', (text, content, cue) => {
    const found = candidates(text);
    expect(found).toContainEqual(expect.objectContaining({ content, cue, speaker: null }));
    expect(found.some((s) => s.cue?.startsWith('asked') && s.speaker !== null)).toBe(false);
  });

  it.each([
    ['The governor is continuing to insist the dam is safe.', 'the dam is safe', 'The governor', 'insist'],
    ['Rivera was quick to note that the vote had passed.', 'that the vote had passed', 'Rivera', 'note'],
    ['Tenants were more likely to say they wanted repairs.', 'they wanted repairs', 'Tenants', 'say'],
    ['The chef used to boast that he had never closed early.', 'that he had never closed early', 'The chef', 'boast'],
  ])('gives a cue after "continued to", "quick to", "likely to" to the subject: %s', (text, content, speaker, cue) => {
    expect(statements(text)).toContainEqual(expect.objectContaining({ content, speaker, cue }));
  });

  it.each([
    ['Cook: No outside pressure on the harbor inquiry.\n\nThe minister spoke on Monday.', 'Cook', 'No outside pressure on the harbor inquiry'],
    ['Mayor Ruiz to Tenants: The rent freeze will stay.\n\nThe mayor spoke on Monday.', 'Mayor Ruiz', 'The rent freeze will stay'],
  ])('reads a headline "Name: words" as the name\'s statement (%s)', (text, speaker, content) => {
    expect(candidates(text)).toContainEqual(expect.objectContaining({ speaker, content, cue: ':' }));
  });

  it('reads no inverted speaker after a verb that takes its content as object ("…, attacked Rubio")', () => {
    const found = candidates('But the governor, eager all evening to jab the senators, attacked Lena Ruiz for the backlog.');
    expect(found.some((s) => s.speaker === 'Lena Ruiz')).toBe(false);
  });

  it.each([
    ['"in written evidence"', 'The ferry company, in written evidence to the committee, said fares had doubled.', 'The ferry company'],
    ['"in prepared remarks"', 'The port director, in prepared remarks to the board, said dredging would start in May.', 'The port director'],
  ])('reads no cue from a participle between a preposition and its noun: %s', (_name, text, speaker) => {
    const found = candidates(text);
    expect(found.map((s) => s.cue)).not.toContain(text.includes('written') ? 'written' : 'prepared');
    expect(found.some((s) => s.cue === 'said' && s.speaker?.startsWith(speaker))).toBe(true);
  });

  it('reads no report in "show up"', () => {
    expect(candidates('The party has not seen its coalition of students, young workers and retirees reliably show up for it.').some((s) => s.cue === 'show')).toBe(false);
  });

  it('reads no report in "declined to say"', () => {
    expect(candidates('The mayor declined to say whether she would run.').some((s) => s.cue === 'say')).toBe(false);
  });

  // Statements with a speaker or a cue: quotations nobody is found to have said stay in the graph
  // as unattributed quotations, with neither.
  const said = (text: string) => statements(text).filter((s) => s.speaker !== null || s.cue !== null);

  it('gives quoted words no cue claims to the subject of their clause', () => {
    const found = said('In a long interview, the mayor waved off the audit as “a fishing expedition by people who lost the vote.”');
    expect(found).toEqual([expect.objectContaining({ content: '“a fishing expedition by people who lost the vote.”', speaker: 'the mayor', cue: null, form: 'direct' })]);
  });

  it('gives quoted words to the subject of the nearest clause before them, past an opening clause', () => {
    const found = said('When the driver turned around, Ines rolled her eyes at his “scenic route that costs twice as much.”');
    expect(found).toEqual([expect.objectContaining({ content: '“scenic route that costs twice as much.”', speaker: 'Ines', cue: null })]);
  });

  it.each([
    ['a scare quote of fewer than four words', 'The council passed a bill to curb “nuisance” bars.'],
    ['a quotation with no subject before it', 'Under a banner reading “Jobs for all, not just some,” the march set off.'],
    ['a light verb and noun before the event where the words were given', 'The mayor made the pledge at a harbour conference in Leith on Monday.'],
    ['"assume office" (take up a post, not suppose)', 'The harbour master would assume office in January, run in a special election in May and then run again the next year.'],
    ['"assumed a … role"', 'Ines Duarte assumed a newly created role as harbour counsellor.'],
    ['"posted a … rise in profit" (company results)', 'Halden Ferries posted a 15 percent rise in quarterly profit on Tuesday.'],
    ['"posted record earnings" (company results)', 'Norvik Bank posted record earnings for the third year running.'],
    ['"kept … hopes alive" (chances in a contest)', 'Ireland kept their Grand Slam hopes alive with a 22-19 win over Scotland at the Aviva Stadium on Saturday, with out-half Ciarán Fitzgerald kicking the decisive penalty.'],
  ])('makes no statement of %s', (_case, text) => {
    expect(said(text)).toEqual([]);
  });

  it.each([
    ['a participle after a document\'s noun ("published last year")', 'A harbour study published last year found that the pier was sinking.', 'published', 'found'],
    ['a participle after documents held by a paper ("seen by")', 'Internal documents seen by this newspaper show that the pier was sinking.', 'seen', 'show'],
    ['a participle set off by commas after a document\'s phrase', 'An analysis by the harbour board, published last month, found that fares had risen.', 'published', 'found'],
    ['a participle describing the object of a preposition', '“The vote was fair,” said Tomas Berg, 41, in a video posted on Facebook on Monday evening.', 'posted', 'said'],
    ['a participle modifying the noun of an appositive', 'Halden Group, the country\'s largest listed ferry operator, said fares would rise.', 'listed', 'said'],
    ['a participle before a hyphenated author\'s name', 'A harbour study published last year by the Nord-Data institute found that the pier was sinking.', 'published', 'found'],
    ['a participle after data a participle of finding follows', 'Harbour traders pointed to data released last week showing that exports fell.', 'released', 'showing'],
    ['a compound written with a hyphen ("think-tank")', 'A harbour institute, a Leith think-tank, said the fees were too high.', 'think', 'said'],
  ])('reads no cue in %s, only the verb that reports', (_name, text, notCue, cue) => {
    const cues = statements(text, 0).map((s) => s.cue);
    expect(cues).not.toContain(notCue);
    expect(cues).toContain(cue);
  });

  it('reads the verb after a partitive "of" phrase, whose noun heads the subject ("half of the voters voted against")', () => {
    expect(statements('Some 54 percent of the electorate voted against joining the harbour union.', 0).map((s) => s.cue)).toContain('voted against');
  });

  it('reads no vow in "sworn in" (installed in office), so the closing report keeps its words', () => {
    const found = statements('The new harbour board will be sworn in on Thursday, the mayor said.', 0);
    expect(found.map((s) => s.cue)).not.toContain('sworn');
    expect(found.find((s) => s.speaker === 'the mayor')?.content).toBe('The new harbour board will be sworn in on Thursday');
  });

  it('ends the words before a closing report that a noun phrase summing them up follows ("…, its chairman said, a plan that …")', () => {
    const found = statements('The harbour board wants a new landing fee, its chairman said on Monday, a plan that has angered ferry operators.');
    expect(found.find((s) => s.speaker === 'its chairman')?.content).toBe('The harbour board wants a new landing fee');
  });

  it('does not repeat quoted words a reporting cue already holds', () => {
    const found = statements('The mayor said the audit was “a fishing expedition by people who lost the vote.”');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ cue: 'said', speaker: 'The mayor' });
  });

  it('reads no statement in a closing cue after a time adverbial ("Last week, he said.")', () => {
    expect(statements('Last week, he said.')).toEqual([]);
  });

  it('reads no view in "saw" with an object and no "as"', () => {
    expect(statements('The inspectors saw the damage on Monday.')).toEqual([]);
  });

  it('reads a dashed aside holding a relative clause with verbs of its own', () => {
    const found = statements('Ada Voss, the head of Tern Media -- the studio that owns the show, which also streams online -- told me, “We only make news.”');
    expect(found.find((s) => s.cue === 'told')).toMatchObject({ content: '“We only make news.”' });
    expect(found.find((s) => s.cue === 'told')!.speaker).toMatch(/^Ada Voss, the head of Tern Media/);
  });


  it('keeps the subject as speaker when "seems to" governs a reporting verb', () => {
    const found = statements('Okafor seemed to blame the council for the delay.');
    expect(found[0]).toMatchObject({ speaker: 'Okafor', content: 'to blame the council for the delay' });
  });

  it('spans a quotation interrupted by its attribution and continued in the next sentence', () => {
    const [s] = statements('“Prices will rise,” she said. “There is no other way.”');
    expect(s!.content).toBe('“Prices will rise,” she said. “There is no other way.”');
    expect(s!.form).toBe('direct');
  });

  it('spans a question, its attribution in a sentence of its own and the quotation that continues it', () => {
    const [s] = statements('“Why is he attacking me?” Lopez said. “He has to beat seven others first.”');
    expect(s!.content).toBe('“Why is he attacking me?” Lopez said. “He has to beat seven others first.”');
  });

  it('attributes a participial report to the subject of the main clause', () => {
    const found = statements('Senator Amy Holt criticized the bill, saying it would cost jobs.');
    expect(found.some((s) => s.cue === 'saying' && s.content === 'it would cost jobs' && s.who === 'Amy Holt')).toBe(true);
  });

  it.each([
    ['a pronoun', 'Even Norway, the bloc\'s closest partner, said it was opposed to the tariff.', 'it was opposed to the tariff', 'Norway, the bloc\'s closest partner'],
    ['a common noun', 'Rep. Omar Ellis (D-N.Y.), chairman of the caucus, said members will help him raise funds.', 'members will help him raise funds', 'Rep. Omar Ellis (D-N.Y.), chairman of the caucus'],
  ])('does not read the subject of the reported clause after "…, said" (%s) as an inverted speaker', (_case, text, content, speaker) => {
    expect(statements(text)[0]).toMatchObject({ content, speaker, cue: 'said' });
  });

  it('ends an object at a second verb of the same subject and reads that verb\'s report', () => {
    const found = statements('Paul Meyer, her main opponent, bemoaned the delays and said he thought the budget was too small.');
    expect(found.find((s) => s.cue === 'bemoaned')?.content ?? 'the delays').toBe('the delays');
    expect(found.find((s) => s.cue === 'said')).toMatchObject({ content: 'he thought the budget was too small', who: 'Paul Meyer' });
  });

  it('reads "…, each touting X and saying C" as the subject\'s report', () => {
    const found = statements('The two finalists clashed on Friday, each praising their record and saying the other lacks vision.');
    expect(found.find((s) => s.cue === 'saying')).toMatchObject({ content: 'the other lacks vision', speaker: 'The two finalists' });
  });

  it('ends a report before a coordinated clause with a report of its own', () => {
    const found = statements('Most tenants said they would renew their leases, while 12 percent said the rents were too high.');
    expect(found.find((s) => s.speaker === 'Most tenants')?.content).toBe('they would renew their leases');
    expect(found.find((s) => s.speaker === '12 percent')).toMatchObject({ content: 'the rents were too high', parent: null });
  });

  it.each([
    ['a relative clause of anonymity', 'A neighbour who asked not to be named said the family had moved in last year.', 'the family had moved in last year'],
    ['a wish not to be identified', 'A crew member who did not want to be identified said the ferry had left late.', 'the ferry had left late'],
  ])('keeps the report of a source described by %s, top-level and dated', (_case, text, content) => {
    const a = analyze({ id: 't', text, published: '2024-05-06' }, { today: '2024-06-01' });
    expect(a.statements.find((s) => s.content.text === content)).toMatchObject({ parent: null, date: '2024-05-06' });
  });

  it('runs a report over a coordinated plan\'s infinitive, which reports nothing of its own', () => {
    const found = candidates('No final decision has been made, and the harbour board could decide to keep the pier, the people said.');
    expect(found.find((s) => s.speaker === 'the people')?.content).toBe('No final decision has been made, and the harbour board could decide to keep the pier');
  });

  it('reads no report from a participle set off inside the subject', () => {
    const found = statements('An aide, speaking on condition of anonymity, said the talks had failed.');
    expect(found.map((s) => s.cue)).toEqual(['said']);
  });

  it('ends a relative report at the dash that closes it', () => {
    const found = statements('The challenger - who once said she would sell the stadium - said at a rally that she would win.');
    expect(found.find((s) => s.speaker === 'who')?.content).toBe('she would sell the stadium');
  });

  it('leaves the quotation of the previous sentence to its speaker in "“C1.” He added, “C2.”"', () => {
    const found = statements('“It is over,” Duarte said. “The delay in this case is unusual.” He added, “Nobody expected the ruling.”');
    expect(found.find((s) => s.cue === 'added')?.content).toBe('“Nobody expected the ruling.”');
    expect(found.find((s) => s.cue === 'said')?.content).toContain('The delay in this case is unusual');
  });

  it.each([
    ['the main clause after a sentence-initial "After saying …,"', 'After saying she had waited an hour, the nurse asked about parking.', 'she had waited an hour', 'the nurse'],
    ['the main clause, past a subordinate clause, before ", saying …"', 'Judge Ortiz apologized for the columns after they came out, saying they were old.', 'they were old', 'Judge Ortiz'],
    ['the nearest clause before ", calling …"', 'The quarrel began a week after the developer joined the board, calling his critics naive.', 'his critics naive', 'the developer'],
  ])('gives a participle report to the subject of %s', (_case, text, content, speaker) => {
    expect(statements(text).find((s) => /ing$/.test(s.cue ?? ''))).toMatchObject({ content, speaker });
  });

  it('resolves a speaker with an unclosed appositive to the name, not the appositive', () => {
    expect(statements('Sen. Nora Blake (D-NY), a supporter of the mayor said the party would win.')[0]!.who).toBe('Nora Blake');
  });

  it('does not take a place in an opening adjunct for a name before an appositive', () => {
    expect(statements('At a press conference in Oslo, the head of the Norwegian Fisheries Ministry said that talks would resume.')[0]!.speaker).toBe('the head of the Norwegian Fisheries Ministry');
  });

  it('reads a passive report with its agent', () => {
    const found = statements('The deal was announced by Harbor Energy on Tuesday.');
    expect(found.some((s) => s.who === 'Harbor Energy')).toBe(true);
  });

  it.each([
    ['a plain event', 'The bridge collapsed on Monday.'],
    ['an infinitive of a cue', 'It is too early to say what comes next.'],
    ['a "so-called" modifier', 'The so-called reform package passed the senate.'],
    ['a negated cue with no content', 'He said nothing.'],
    ['a medium someone spoke in', 'The mayor spoke in a video.'],
  ])('finds no statement in %s', (_case, text) => {
    expect(statements(text)).toEqual([]);
  });

  it('takes a quoted paragraph with no cue as spoken by the last speaker', () => {
    const text = 'Coach Lena Ortiz said the team had trained hard all winter.\n\n“We deserved to win this one. The players gave everything.”';
    const found = candidates(text);
    expect(found).toHaveLength(2);
    expect(found[1]).toMatchObject({ form: 'direct', who: 'Lena Ortiz', cue: null });
  });

  it('keeps a statement reported inside another as a nested statement', () => {
    const text = '“Inspector Dana Reyes told me that the wiring was unsafe,” the landlord said.';
    const found = statements(text);
    const outer = found.find((s) => s.speaker === 'the landlord');
    const inner = found.find((s) => s.speaker === 'Inspector Dana Reyes');
    expect(outer).toBeDefined();
    expect(inner?.content).toBe('that the wiring was unsafe');
    expect(inner?.parent).not.toBeNull();
  });

  it.each([
    ['a third party after a bare "said"', 'The skipper said a harbour pilot had told him that the pier was unsafe.'],
    ['a third party after "said that"', 'The skipper said that a harbour pilot had told him that the pier was unsafe.'],
  ])('keeps an earlier report in the past perfect inside another, whoever makes it: %s', (_name, text) => {
    const found = statements(text);
    const inner = found.find((s) => s.speaker === 'a harbour pilot');
    expect(inner?.content).toBe('that the pier was unsafe');
    expect(inner?.parent).not.toBeNull();
  });

  it.each([
    ['"had advised" with a time before the clause', 'The skipper said the harbour board had advised him in March that the pier was unsafe.', 'the harbour board', 'that the pier was unsafe'],
    ['"had promised"', 'The skipper said a council official had promised him on Monday that the pier would reopen.', 'a council official', 'that the pier would reopen'],
    ['passive "had been told by"', 'The skipper said he had been told by a council official that the pier would reopen.', 'a council official', 'that the pier would reopen'],
    ['passive "had been told" with a time and "that"', 'The skipper said that the crew had been told by the harbour board on Monday that the pier was unsafe.', 'the harbour board', 'that the pier was unsafe'],
    ['passive "had been informed by", a participle wink reads as an adjective', 'The skipper said he had been informed by the harbour board that the pier was unsafe.', 'the harbour board', 'that the pier was unsafe'],
    ['passive "had once been told by", an adverb before "been"', 'The skipper said he had once been told by a council official that the pier would reopen.', 'a council official', 'that the pier would reopen'],
  ])('keeps a third party\'s earlier words after "had" and any verb of speech, whatever their score: %s', (_name, text, speaker, content) => {
    const inner = statements(text).find((s) => s.speaker === speaker);
    expect(inner?.content).toBe(content);
    expect(inner?.parent).not.toBeNull();
  });

  it.each([
    ['"had assured"', 'The skipper said the harbour master had assured him that the pier was safe.', 'the harbour master', 'that the pier was safe'],
    ['"had had assured", two perfect auxiliaries in a row', 'The skipper said the harbour master had had assured him that the pier was safe.', 'the harbour master', 'that the pier was safe'],
  ])('reads a third party\'s earlier words after a bare "said" with any verb of speech after "had": %s', (_name, text, speaker, content) => {
    const inner = statements(text, 0).find((s) => s.speaker === speaker);
    expect(inner?.content).toBe(content);
    expect(inner?.parent).not.toBeNull();
  });

  it.each([
    ['a participle after a noun', 'The statistics office estimated in a note released in July that rents had doubled.'],
    ['a participle after a noun and a time', 'The harbour board said in a report published on Monday that the pier was unsafe.'],
  ])('reads no second statement from a participle between a cue and its content (%s)', (_name, text) => {
    const found = statements(text, 0);
    expect(found).toHaveLength(1);
    expect(found[0]!.content).toMatch(/^that /);
  });

  it('ends an object phrase inside a report where the report\'s second that-clause begins', () => {
    const text = 'The skipper told the inquiry that he had asked for a tug at noon but that a harbour pilot had told him that the channel was closed.';
    const found = analyze({ id: 't', text, published: '2024-05-06' }, { today: '2024-06-01', minConfidence: 0 }).statements;
    const outer = found.find((s) => s.speaker?.text === 'The skipper');
    const inner = found.find((s) => s.speaker?.text === 'a harbour pilot');
    for (const s of found.filter((f) => f.cue?.text === 'asked for')) expect(s.content.text).toBe('a tug at noon');
    expect(inner?.content.text).toBe('that the channel was closed');
    expect(inner?.parent).toBe(outer?.id);
  });

  it.each([
    ['a memo inside according to', 'According to the union, an internal memo at the port showed the ferry would stop.', 'an internal memo at the port', 'the ferry would stop'],
    ['records after "that"', 'The auditor said that tax records revealed the council had overspent.', 'tax records', 'the council had overspent'],
    ['a poll inside according to', 'According to the paper, a new poll found that most voters opposed the plan.', 'a new poll', 'that most voters opposed the plan'],
  ])('keeps a document\'s finding inside another report: %s', (_name, text, speaker, content) => {
    const inner = statements(text).find((s) => s.speaker === speaker);
    expect(inner?.content).toBe(content);
    expect(inner?.kind).toBe('finding');
    expect(inner?.parent).not.toBeNull();
  });

  it.each([
    ['a bare "said", then "believe"', 'The ferry firm said its engineers believe the hull is sound.', 'its engineers', 'the hull is sound'],
    ['"said that", then "fear"', 'The union said that many dockers fear the port will close.', 'many dockers', 'the port will close'],
    ['a named third party who "thinks"', 'Ana Ruiz said Tomas Varga thinks the deal is dead.', 'Tomas Varga', 'the deal is dead'],
    ['"had doubts over whether"', 'The ferry firm announced that its auditors had serious doubts over whether it could keep sailing.', 'its auditors', 'whether it could keep sailing'],
  ])('keeps a third party\'s view inside someone\'s words: %s', (_name, text, speaker, content) => {
    const inner = statements(text).find((s) => s.speaker === speaker);
    expect(inner?.content).toBe(content);
    expect(inner?.kind).toBe('thought');
    expect(inner?.parent).not.toBeNull();
  });

  it.each([
    ['the speaker\'s own view', 'The skipper said he believes the pier is unsafe.'],
    ['a view inside a quotation', '“Our engineers believe the hull is sound,” the ferry firm said.'],
    ['a plan, not a view', 'The ferry firm said its engineers plan to inspect the hull.'],
  ])('(guard) leaves other views inside a report to the model: %s', (_name, text) => {
    expect(statements(text).map((s) => s.speaker)).toEqual([expect.stringMatching(/skipper|ferry firm/)]);
  });

  it.each([
    ['a participle', 'According to the union, a memo showing the ferry would stop had leaked.'],
    ['a lawsuit, which alleges', 'According to the union, a lawsuit claimed the ferry would stop.'],
  ])('(guard) leaves a document that does not show or find a clause to the model: %s', (_name, text) => {
    expect(statements(text).map((s) => s.speaker)).toEqual(['the union']);
  });

  it('reads a participle after an opening phrase\'s noun as no cue when a subject of its own follows the comma ("In a decision released Monday, judge X of the tribunal found …")', () => {
    const found = statements('In a 42-page decision released Monday, judge Ana Ruiz of the labour tribunal found that the union had bargained in bad faith.');
    expect(found.map((s) => s.speaker)).toEqual(['judge Ana Ruiz of the labour tribunal']);
  });

  // (Since nest33 "said he had told the board that …" is kept nested: nested-reports.test.ts.)
  it('(guard) leaves a report of the speaker\'s own earlier words to the model when more than the hearer stands before "that"', () => {
    expect(statements('The skipper said he had told the board at its meeting that the pier was unsafe.').map((s) => s.speaker)).toEqual(['The skipper']);
  });

  it('drops first-person hedges inside a quotation ("I think")', () => {
    const found = statements('“I think the vote was fair,” the senator said.');
    expect(found).toHaveLength(1);
    expect(found[0]!.speaker).toBe('the senator');
  });

  it('never throws on odd text', () => {
    for (const text of ['', '“', '” said', ':::', 'said said said', '“a” “b” “c”', '\u0000\u0001', 'According to']) {
      expect(() => statements(text)).not.toThrow();
    }
  });
});

describe('contents a later report trims', () => {
  it('drops a report whose content would start after its end, and keeps the others', () => {
    const text = 'In June, the senator called on fellow lawmakers to drop the bill after the mayor claimed that a judge was unfit to serve.';
    const found = analyze({ id: 't', text, published: '2024-05-06' }, { today: '2024-06-01', minConfidence: 0 }).statements;
    expect(found.filter((s) => s.content.end <= s.content.start).map((s) => s.content)).toEqual([]);
    expect(found.map((s) => s.content.text)).toContain('that a judge was unfit to serve');
  });
});

describe('a text that opens with a link word', () => {
  it('reads "But …" at the very start, and the quotation after it, as two reports', () => {
    const text = 'But councillors accused the board of caving in. “This is a gift,” said Ines Duarte.';
    const found = statements(text);
    expect(found.map((s) => [s.speaker, s.content])).toEqual([
      ['councillors', 'the board of caving in'],
      ['Ines Duarte', '“This is a gift,”'],
    ]);
  });
});

describe('a statement issued with a participle of saying', () => {
  it.each([
    ['The harbour board issued a statement saying it supported the plan.', 'it supported the plan'],
    ['The union released a statement saying the strike would go ahead.', 'the strike would go ahead'],
  ])('reads what the participle says, not the statement as an object: %s', (text, content) => {
    const found = statements(text);
    expect(found.map((s) => s.content)).toContain(content);
    expect(found.filter((s) => s.content.startsWith('a statement'))).toEqual([]);
  });
});

describe('quotations no speaker is found for', () => {
  const text = 'The harbour reopened on Monday.\n\nThe words “closed for repairs until further notice” hung on the gate of Port Elm for weeks.';

  it('keeps them as unattributed statements, with what they name', () => {
    const a = analyze({ id: 'u', text, published: '2024-05-06' }, { today: '2024-06-01' });
    const q = a.statements.filter((s) => s.unattributed);
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ id: 'q1', speakerEntity: null, cue: null, form: 'direct', content: { text: '“closed for repairs until further notice”' } });
  });

  it('writes them as ng:UnattributedQuotation statements', async () => {
    const { buildArticle } = await import('../../src/build.js');
    const b = buildArticle({ id: 'u', text, published: '2024-05-06' }, { today: '2024-06-01' });
    expect(b.turtle).toMatch(/ng:UnattributedQuotation/);
    expect(b.summary).toMatchObject({ quotations: 1, attributedQuotations: 0, unattributedQuotations: 1 });
  });
});

// Readings made broadly on purpose: each yields many candidates, only some of them reports, and the
// confidence model (trained on PolNeAR train) keeps the likely ones. These tables test the rules'
// reading, before the threshold.
describe('broad readings weighed by the confidence model', () => {
  it.each([
    ['a purpose infinitive after a verb with an object', 'The senator flew to Ohio to criticize the new tariffs.', 'the new tariffs', 'The senator', 'criticize'],
    ['a gerund after a preposition', 'The campaign took the unusual step of criticizing the moderators.', 'the moderators', 'The campaign', 'criticizing'],
    ['a participle coordinated with an earlier report', 'Lee said the vote was rigged and asking, “Who counted the ballots?”', '“Who counted the ballots?”', 'Lee', 'asking'],
    ['an object after an adverb and a preposition', 'The governor spoke briefly about the flooding in the valley.', 'the flooding in the valley', 'The governor', 'spoke'],
    ['an object after a particle and a preposition', 'Ortiz backed away from the pledge to cut fares.', 'the pledge to cut fares', 'Ortiz', 'backed'],
    ['an object after "in favor of"', 'The council voted in favor of the new park.', 'the new park', 'The council', 'voted'],
    ['a subject with an appositive and a date the noun phrase rules stop at', 'Dana Alvarez, the party treasurer, this past week announced a new website for volunteers.', 'a new website for volunteers', 'Dana Alvarez, the party treasurer', 'announced'],
    ['a gerund object', 'Mr. Hale reported having two million dollars in cash.', 'having two million dollars in cash', 'Mr. Hale', 'reported'],
    ['a clause opened by "it" after a verb that may take a hearer', 'Local businesses warn it could hurt tourism.', 'it could hurt tourism', 'Local businesses', 'warn'],
    ['a subject with an appositive after a verbless opener', 'By contrast, Nadia Ferro, an economist at the central bank, predicted that rents would fall.', 'that rents would fall', 'Nadia Ferro, an economist at the central bank', 'predicted'],
    ['a subject with a participial appositive holding "and"', 'The memo, sent to the board and copied to the mayor, called the audit a whitewash.', 'the audit a whitewash', 'The memo, sent to the board and copied to the mayor', 'called'],
    ['a participle the tagger reads as a noun', 'The pilots rejected the offer, warning that flights would be cancelled.', 'that flights would be cancelled', 'The pilots', 'warning'],
  ])('reads %s', (_case, text, content, speaker, cue) => {
    expect(candidates(text)).toContainEqual(expect.objectContaining({ content, speaker, cue }));
  });

  it('ends a report before a second cue of the same speaker coordinated by "and"', () => {
    const found = candidates('Ines Moreau said she would vote for the levy and considers the plan fair.');
    expect(found).toContainEqual(expect.objectContaining({ cue: 'said', content: 'she would vote for the levy' }));
    expect(found).toContainEqual(expect.objectContaining({ cue: 'considers', content: 'the plan fair', speaker: 'Ines Moreau' }));
  });

  it.each([
    ['"has since"', 'The mayor has since said she would reopen the pool.', 'she would reopen the pool', 'The mayor', 'said'],
    ['a count opened by an adverb', 'About four out of 10 tenants said the rent was too high.', 'the rent was too high', 'About four out of 10 tenants', 'said'],
    ['a quantifier after a semicolon', 'Tenants were asked about the heating; most said it had failed twice.', 'it had failed twice', 'most', 'said'],
    ['a relative clause with auxiliaries', 'The county clerks whose rules have been struck down say the judges have changed.', 'the judges have changed', 'The county clerks whose rules have been struck down', 'say'],
    ['an adjunct set off by commas', 'The director, after the leak came to light in March, initially said that no files were lost.', 'that no files were lost', 'The director', 'said'],
    ['a noun the tagger reads as a verb', 'For instance, some analyses suggest that the harbor will flood by 2040.', 'that the harbor will flood by 2040', 'some analyses', 'suggest'],
    ['a role noun the tagger reads as an adjective', 'Ortiz will back the levy, his former rival says.', 'Ortiz will back the levy', 'his former rival', 'says'],
    ['a quoted title', 'Ines Duarte, the author of “Quiet Harbors,” a book about ferries, said the old port is gone.', 'the old port is gone', 'Ines Duarte, the author of “Quiet Harbors,” a book about ferries', 'said'],
  ])('finds the subject of a report past %s', (_case, text, content, speaker, cue) => {
    expect(candidates(text)).toContainEqual(expect.objectContaining({ content, speaker, cue }));
  });

  it.each([
    ['a noun of a title ("advocate") before a name and "told"', 'Leith city councillor and tenants advocate Mara Velden told Harbour Radio the rents were too high.', 'advocate'],
    ['a light verb and noun before "at the same time"', 'Both harbour unions are issuing similar accusations at the same time as they promise calm talks.', 'issuing similar accusations at'],
  ])('reads no cue in %s', (_case, text, word) => {
    expect(candidates(text).map((s) => s.cue)).not.toContain(word);
    expect(candidates(text).length).toBeGreaterThan(0);
  });

  it.each([
    ['a vote count', "Ms Ruiz took 9,418 votes to Mr Varga's 9,106."],
    ['a tally of seats', 'The Harbour Party took 42 seats to the Greens\' 17.'],
  ])('reads no statement in %s', (_case, text) => {
    expect(candidates(text)).toEqual([]);
  });

  it.each([
    ['a preposition after a speech verb', 'She argued against a bailout.', 'a bailout', 'argued'],
    ['an amount', 'For instance, she is proposing $40 million in new spending on ferries.', '$40 million in new spending on ferries', 'proposing'],
    ['a light verb and a noun of speech before "that"', 'The senator made the case that the tax cut would pay for itself.', 'that the tax cut would pay for itself', 'made the case'],
    ['a light verb and a noun of stance before a preposition', 'The governor threw her support behind the mayor.', 'the mayor', 'threw her support behind'],
    ['"took aim at"', 'Moreau took aim at Vance in the debate.', 'Vance in the debate', 'took aim at'],
    ['a negated infinitive', 'The mayor vows not to sign the budget.', 'not to sign the budget', 'vows'],
  ])('reads the object of %s', (_case, text, content, cue) => {
    expect(candidates(text)).toContainEqual(expect.objectContaining({ content, cue }));
  });

  it.each([
    ['a name', "Voters doubted Lopez's promise to cut taxes.", 'to cut taxes', 'Lopez', 'promise'],
    ['a possessive pronoun', 'Few were moved by her criticism of the budget.', 'the budget', 'her', 'criticism'],
  ])('reads a noun of stance with %s as its possessor\'s report', (_case, text, content, speaker, cue) => {
    expect(candidates(text)).toContainEqual(expect.objectContaining({ content, speaker, cue }));
  });

  it.each([
    ['a name', 'For months, Okafor had warmly praised Lindqvist.', 'Lindqvist', 'praised'],
    ['a pronoun', 'The union has endorsed him.', 'him', 'endorsed'],
  ])('reads a one-word object (%s) of a cue that takes its content as object', (_case, text, content, cue) => {
    expect(candidates(text)).toContainEqual(expect.objectContaining({ content, cue }));
  });

  it('looks for no "that" past a second verb coordinated with the cue', () => {
    const found = candidates('The coach continued to stress his doubts about the referee and made clear that he would appeal.');
    expect(found.find((s) => s.cue === 'stress')?.content).not.toMatch(/^that/);
  });

  it('ends a report before a second speaker\'s report coordinated by "and" or ", while"', () => {
    const found = candidates('Most nurses say they would back the contract, while only half of doctors say the same.');
    expect(found).toContainEqual(expect.objectContaining({ speaker: 'Most nurses', content: 'they would back the contract' }));
    expect(found).toContainEqual(expect.objectContaining({ speaker: 'half of doctors', content: 'the same' }));
    expect(candidates('Forty percent said the party ignores them and one in four said it was hostile.')).toContainEqual(expect.objectContaining({ speaker: 'Forty percent', content: 'the party ignores them' }));
  });

  it('does not end a report at an "and" that joins the nouns of its content\'s subject', () => {
    const found = candidates('Tomas Varga, a pollster, said his focus groups and other surveys show that voters like the ferry plan.');
    expect(found).toContainEqual(expect.objectContaining({ speaker: 'Tomas Varga, a pollster', content: 'his focus groups and other surveys show that voters like the ferry plan' }));
  });

  it('ends an object before a participle that reports for the same speaker', () => {
    expect(candidates('The pilots rejected the offer, warning that flights would be cancelled.')).toContainEqual(expect.objectContaining({ cue: 'rejected', content: 'the offer' }));
  });

  it.each([
    ['a that-clause', 'The mayor is confident that the bridge will reopen.', 'that the bridge will reopen', 'The mayor', 'confident'],
    ['a preposition after "has been"', 'The senator has been critical of the trade deal.', 'the trade deal', 'The senator', 'critical of'],
    ['a copula verb and an adverb', 'Union leaders remain deeply skeptical of the offer.', 'the offer', 'Union leaders', 'skeptical of'],
    ['an infinitive', 'The governor is eager to sign the bill.', 'to sign the bill', 'The governor', 'eager'],
    ['a bare clause', 'Ms. Ortega is sure the vote will pass.', 'the vote will pass', 'Ms. Ortega', 'sure'],
    ['"be against"', 'Most farmers were against the new levy.', 'the new levy', 'Most farmers', 'against'],
    ['an "if" question', 'The mayor is unsure if the bridge will open.', 'if the bridge will open', 'The mayor', 'unsure'],
    ['a participle of a state of mind', 'Local farmers are worried that the drought will last.', 'that the drought will last', 'Local farmers', 'worried'],
  ])('reads an attitude after a copula as its subject\'s view: %s', (_case, text, content, speaker, cue) => {
    expect(candidates(text)).toContainEqual(expect.objectContaining({ content, speaker, cue }));
  });

  it('reads a condition after an attitude ("angry if …") as no report', () => {
    expect(candidates('Tenants are angry if repairs are late.').some((s) => s.cue === 'angry')).toBe(false);
  });

  it('gives "it is clear that" no source', () => {
    expect(candidates('It is clear that the plan has failed.')).toContainEqual(expect.objectContaining({ content: 'that the plan has failed', speaker: null, cue: 'clear' }));
  });

  it('reads an agentless passive of a cue as a report with no source, its subject what was spoken of', () => {
    expect(candidates('The price of the sale was not disclosed.')).toContainEqual(expect.objectContaining({ speaker: null, cue: 'disclosed', content: expect.stringMatching(/^The price of the sale/) }));
  });

  it.each([
    ['a negative implicative verb', 'The mayor refused to say whether she would run.', 'say'],
    ['a time after the verb', 'The hearing began a week after the vote.', 'began'],
    ['"saw" with a plain object', 'The inspectors saw the damage on Monday.', 'saw'],
    ['"went on" with a medium', 'The mayor went on television to criticize the council.', 'went on'],
  ])('reads no report after %s', (_case, text, cue) => {
    expect(candidates(text).some((s) => s.cue === cue)).toBe(false);
  });
});
