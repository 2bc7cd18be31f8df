// Stage 3, statement time (src/3-statements/context/time.ts and the occasion in index.ts): the time
// expression of the cue's clause, at its precision; none after publication; past perfect undated;
// inheritance through the quotations of one occasion. Every sentence is written for this test.
import { describe, expect, it } from 'vitest';
import { laterThan } from '../../../src/3-statements/context/time.js';
import { holding, read } from './_read.js';

describe('statement time', () => {
  it.each([
    ['quoted by an outlet as saying', 'Port director Lena Ortiz was quoted by the Harbour Gazette as saying that the ferry would stop.', '2024-05-08'],
    ['an outlet quoting someone as saying, dated before', 'On Monday, the Harbour Gazette quoted port director Lena Ortiz as saying that the ferry would stop.', '2024-05-06'],
  ])('gives words passed on by an outlet (%s) the outlet\'s date', (_name, text, date) => {
    const ortiz = read(text).find((s) => s.speaker === 'Lena Ortiz');
    expect(ortiz?.date).toBe(date);
  });

  it.each([
    ['a weekday in the cue clause', 'At a press conference on Monday, the mayor said the bridge would reopen.', 'the bridge would reopen', '2024-05-06'],
    ['a weekday after the cue', 'The mayor said on Monday that the bridge would reopen.', 'the bridge would reopen', '2024-05-06'],
    ['a cue after "later" with no time in its clause goes on with the day before', 'On Monday, Mayor Lena Ortiz told the council that the bridge would reopen. Councillor Ana Ruiz said the plan was weak. Mayor Lena Ortiz later told councillors that the bridge would be safe.', 'the bridge would be safe', '2024-05-06'],
    ['(guard) a cue after "later" that names no occasion is undated', 'On Monday, Mayor Lena Ortiz told the council that the bridge would reopen. Councillor Ana Ruiz said the plan was weak. Mayor Lena Ortiz later said that she had been joking.', 'she had been joking', null],
    ['(guard) a cue after "later" with a year in its clause is undated', 'Lena Ortiz left the council in 2019, later saying that the work had worn her out.', 'the work had worn her out', null],
    ['not a year in a relative clause on the speaker\'s body after an inverted cue', '“The bridge will reopen,” said Lena Ortiz of the Harbour Trust, which sued the city in 2021.', 'The bridge will reopen', '2024-05-08'],
    ['a weekday between two quoted parts, past an appositive', '“The bridge will reopen,” said Dr. Lena Ortiz, the city engineer, on Monday. “We are ready.”', 'The bridge will reopen', '2024-05-06'],
    ['a dateline above is not the clause', 'Harbor bridge to reopen\nMay 8, 2024\nThe mayor announced Monday that the bridge would reopen.', 'the bridge would reopen', '2024-05-06'],
    ['not a year in the speaker\'s description', 'Ana Ruiz, who joined the council in 2012, said that the dam was unsafe.', 'the dam was unsafe', '2024-05-08'],
    ['not a year in a description after the cue', '“The dam is unsafe,” said Ana Ruiz, who chaired the council from 2010 to 2013.', 'The dam is unsafe', '2024-05-08'],
    ['an adjunct of the saying between commas after the speaker', 'The utility, in a statement on Monday, said that the units would return.', 'the units would return', '2024-05-06'],
    ['a document named before its author, its issue between commas', 'A report by the harbour board\'s audit panel, published in April, found that the fees were too high.', 'that the fees were too high', '2024-04'],
    ['not a year in the second part of an interrupted quotation', '“It was a tough year,” Ana Ruiz said. “Sales fell in 2022 and again last year.”', 'It was a tough year', '2024-05-08'],
    ['not a weekday inside a programme\'s quoted title', 'Speaking on Harbour TV\'s “Monday Night Live,” Councillor Ana Ruiz said the pier would reopen.', 'the pier would reopen', '2024-05-08'],
    ['(guard) a day in a longer quotation that holds a report is that report\'s', 'The harbour board issued a notice. It said that "The Dunmore Port Authority today announced the opening of a new ferry route. The route will run all year.', 'the opening of a new ferry route', '2024-05-08'],
    ['not a year inside quoted text the speaker\'s description holds', 'A statement on the harbour board\'s website, the homepage of which now displays a photograph and the text "Dunmore Pier 1902-2024", states: “The town has lost a faithful friend, and the sea has won.”', 'The town has lost a faithful friend', '2024-05-08'],
    ['a time between the speaker and the cue', 'The council this week announced that the dam would be repaired.', 'the dam would be repaired', '2024-W19'],
    ['a relative day between an appositive\'s closing comma and the cue', 'Harbour Lines, the ferry operator, yesterday said it would cut two routes.', 'it would cut two routes', '2024-05-07'],
    ['a day with "on" after an appositive\'s closing comma', 'Harbour Lines, the Dunmore ferry operator, on Monday said it would cut two routes.', 'it would cut two routes', '2024-05-06'],
    ['a week after a possessive appositive\'s closing comma', 'Harbour Lines, Dunmore\'s largest ferry operator, last week said it would cut two routes.', 'it would cut two routes', '2024-W18'],
    ['not a year in an appositive closed right before the cue', 'Harbour Lines, the ferry operator founded in 1998, said it would cut two routes.', 'it would cut two routes', '2024-05-08'],
    ['not a year in the words of a coordinated report', 'Councillor Ana Ruiz called the vote “a step backwards” and said the city had spent $4 million on the lane, which opened in 2019.', 'a step backwards', '2024-05-08'],
    ['a day between the hearer of "urged" and the infinitive', 'Archbishop Tomas Varga urged fishermen on Sunday to respect the harbour ban.', 'to respect the harbour ban', '2024-05-05'],
    ['a day between the hearer of "asked" and the infinitive', 'The dockers\' union asked its members on Monday to return to work.', 'to return to work', '2024-05-06'],
    ['a past week between the hearer of "urged" and the infinitive', 'Archbishop Tomas Varga urged fishermen last week to respect the harbour ban.', 'to respect the harbour ban', '2024-W18'],
    ['a month after "in" between the hearer of "asked" and the infinitive', 'The dockers\' union asked its members in April to return to work.', 'to return to work', '2024-04'],
    ['(guard) a day in the subject of a reported clause after "said"', 'Tomas Varga said talks on Sunday to end the strike had failed.', 'had failed', '2024-05-08'],
    ['a year keeps its precision', 'In a 2019 memoir, the former governor wrote that the dam had been neglected for decades.', 'the dam had been neglected', '2019'],
    ['not the year of a participle\'s object: the budget\'s year', 'Presenting the 2024 harbour budget, finance chief Ana Ruiz said mooring fees would rise.', 'mooring fees would rise', '2024-05-08'],
    ['not the year of a participle\'s object after a possessive', 'Launching the board\'s 2023 annual report, chairman Tomas Varga said profits had doubled.', 'profits had doubled', '2024-05-08'],
    ['the year of an occasion a participle names', 'Addressing the 2022 harbour convention, Tomas Varga said the pier would be rebuilt.', 'the pier would be rebuilt', '2022'],
    ['the year after a preposition in -ing', 'Following the 2022 election, Tomas Varga said the pier would be rebuilt.', 'the pier would be rebuilt', '2022'],
    ['a month keeps its precision', 'In a letter sent in March, the union said that the plant was unsafe.', 'the plant was unsafe', '2024-03'],
    ['a date closing an object content dates the cue', 'The coach announced his retirement on Sunday.', 'his retirement', '2024-05-05'],
    ['a period after an infinitive in the object is the content\'s', 'The harbour board unveiled a scheme to cut 50 jobs this month.', 'a scheme to cut 50 jobs', '2024-05-08'],
    ['a period after an infinitive in a clause read as an object is the content\'s', 'The minister said the agency plans to build two reservoirs this year and added that fees would not rise.', 'fees would not rise', '2024-05-08'],
    ['(guard) a period closing an object with no infinitive dates the cue', 'The coach announced his retirement this week.', 'his retirement', '2024-W19'],
    ['a quotation in the paragraph of an organisation\'s dated statement, by one of its people', 'The Harbour Board said in a statement on Sunday that the pier would close. “It was not an easy decision,” chairman Tomas Varga said.', 'It was not an easy decision', '2024-05-05'],
    ['a day between the object and its complement dates the cue', 'Residents accused the harbour board on Sunday of breaking its promise.', 'the harbour board', '2024-05-05'],
    ['a date closing an object that opens with a number dates the cue', 'The harbour board named three new pilots on Sunday.', 'three new pilots', '2024-05-05'],
    ['a date closing an object before a subordinate clause dates the cue', 'The ferry company reported a 6% drop in bookings on Monday, as fuel costs rose.', 'a 6% drop in bookings', '2024-05-06'],
    ['the same after an appositive of the speaker', 'Harbour Lines, the owner of the Dunmore ferry, reported a 6% drop in bookings on Monday, as fuel costs rose.', 'a 6% drop in bookings', '2024-05-06'],
    ['not the year of a document that spoke in the paragraph before', 'The harbour master died on Sunday. Her 1998 survey showed that the pier was sinking.\n\n“She was stubborn in the best way,” said Ana Ruiz.', 'She was stubborn in the best way', '2024-05-08'],
    ['not a date in the possessive that owns the object', 'The organisers cancelled this weekend\'s harbour festival, blaming forecasts of heavy rain.', 'forecasts of heavy rain', '2024-05-08'],
    ['a date in the possessive after a preposition of the scene', 'At Sunday\'s service, the priest said the harbour church would close.', 'the harbour church would close', '2024-05-05'],
    ['a period an object is about does not date the cue', 'Analysts expect the harbour board to raise fees in March.', 'the harbour board to raise fees', '2024-05-08'],
    ['a time after a vote\'s tally dates the vote', 'The harbour board voted 5-2 on Sunday night to close the old pier.', 'to close the old pier', '2024-05-05'],
    ['no date: the publication date', 'The mayor said the bridge would reopen.', 'the bridge would reopen', '2024-05-08'],
    ['not a year the figure is compared with after the cue', 'Ferry traffic rose 4 percent, the harbour board said, up from 2019.', 'Ferry traffic rose 4 percent', '2024-05-08'],
    ['the day in a relative clause of speaking on the speaker', 'Ana Ruiz, who spoke at a news conference in Lisbon on Monday, said the talks would go on.', 'the talks would go on', '2024-05-06'],
    ['the day in a relative clause of speaking after a title and the name set off by commas', 'Dockworkers\' union chairman, Comrade Kwame Boateng, who spoke with reporters in Takoradi on Monday after a meeting of the union\'s national council, said the strike would go on.', 'the strike would go on', '2024-05-06'],
    ['(guard) not a year in a relative clause of another verb after a title and the name', 'Dockworkers\' union chairman, Comrade Kwame Boateng, who joined the union in 2019, said the strike would go on.', 'the strike would go on', '2024-05-08'],
    ['(guard) not the year in a relative clause of another verb on the speaker', 'Ana Ruiz, who moved to Lisbon in 2019, said the talks would go on.', 'the talks would go on', '2024-05-08'],
    ['not a year inside the quoted words of a quotation after "X was blunt."', 'On flooding, Mayor Ana Ruiz was blunt. “The harbour plan was written in 1998. Nobody read it.”', 'The harbour plan', '2024-05-08'],
    ['(follow-on) nor the next statement\'s', 'On flooding, the mayor was blunt. “The harbour plan was written in 1998. Nobody read it.” “We failed,” she said.', 'We failed', '2024-05-08'],
    ['not a month after "in" closing an indefinite object: the time of what it names', 'The ferry union called for a strike in April.', 'a strike in April', '2024-05-08'],
    ['(follow-on) nor the next statement\'s', 'The ferry union called for a strike in April. “We are ready,” its leader said.', 'We are ready', '2024-05-08'],
    ['not the date of a statement in the speaker\'s relative clause', 'Councillor Ana Ruiz, who has opposed the toll since it was introduced in March, told reporters that the bridge must stay free.', 'the bridge must stay free', '2024-05-08'],
    ['a relative clause\'s statement keeps its own date, not the main clause\'s', 'Councillor Ana Ruiz, who criticised the toll in March, told reporters on Monday that the bridge must stay free.', 'the toll', '2024-03'],
    ['not a date in a clause of another time inside the object', 'The ferry union has opposed the merger since it was announced in March.', 'the merger', '2024-05-08'],
    ['not the start of a stretch closing the object', 'The ferry union has opposed the closure since March.', 'the closure', '2024-05-08'],
    ['no date under a wire dateline two days before publication: the dateline\'s day', 'Port Dunmore, May 6 (HNS) The harbour board raised fees.\n\nBoard member Lena Ortiz warned that ferries could stop.', 'that ferries could stop', '2024-05-06'],
    ['no date under a dateline in capitals two days before publication: the dateline\'s day', 'DUNMORE, May 6 (HNS) -- The harbour board raised fees.\n\nBoard member Lena Ortiz warned that ferries could stop.', 'that ferries could stop', '2024-05-06'],
    ['a that-less clause opening with an article is no object: its dates are the content\'s', 'The mayor said the ferry would resume service in March.', 'the ferry would resume', '2024-05-08'],
    ['a date in the content after a cue inside it is the content\'s', 'The factory said according to those figures, its sales had doubled in 2019.', 'according to those figures, its sales', '2024-05-08'],
    ['past perfect: said on a day not given', 'The club had hoped to open the new stadium by spring.', 'to open the new stadium', null],
    ['a present perfect of earlier times: said on days not given', 'The union has repeatedly called for a shorter working week.', 'a shorter working week', null],
    ['"has previously warned": said before the story', 'The coach has previously warned that the club could be relegated.', 'the club could be relegated', null],
    ['a present perfect alone: the publication date', 'The harbour board has announced a new ferry route.', 'a new ferry route', '2024-05-08'],
    ['"later" before the cue: not on the clause\'s date', 'The singer left the band in early 2019, later revealing she had been unwell for years.', 'she had been unwell', null],
    ['a day before the statement before', 'The mayor announced the plan on Monday.\n\nA day before the announcement, the council said the vote would go ahead.', 'the vote would go ahead', '2024-05-05'],
    ['the previous day', 'The mayor announced the plan on Monday. The council had said the previous day that it would vote.', 'that it would vote', '2024-05-05'],
    ['a week earlier', 'The mayor announced the plan on Monday. A week earlier, the union said it would strike.', 'it would strike', '2024-04-29'],
    ['a weekday after a name with "and", a "would" in the words', 'The transport minister told the Roads and Ports Committee on Monday that she would ask for more money.', 'she would ask for more money', '2024-05-06'],
    ['a weekday after a meeting at a named hall, a "would" in the words', 'The rector told staff at a town hall meeting at the Kingsley Hall on Monday that no posts would be cut.', 'no posts would be cut', '2024-05-06'],
    ['(guard) a weekday in the words read forward is the words\' own', 'The transport minister said the Roads and Ports Committee would vote on Monday.', 'would vote on Monday', '2024-05-08'],
    ['a day the cue took "on" for its particle, an infinitive after it', 'Harbour ministers agreed on Monday to extend the ferry subsidy.', 'to extend the ferry subsidy', '2024-05-06'],
    ['another speaker after words a named person wrote: not that day', 'Dr. Tomas Varga wrote in a column published on Monday that the audit was flawed. Her lawyer said Ana Ruiz stood by the figures.', 'Ana Ruiz stood by the figures', '2024-05-08'],
    ['an unnamed speaker after words a named person said that day', 'Mayor Tomas Varga told reporters on Monday that the audit was flawed. An aide said the figures would be checked.', 'the figures would be checked', '2024-05-06'],
    ['not a limit in a relative clause after an inverted cue', 'Turnout was high, said harbour officials who had counted the ballots by Saturday morning.', 'Turnout was high', '2024-05-08'],
    ['(guard) a limit opening the clause before the cue dates the saying', 'By Saturday morning, the harbour board had cancelled the regatta, citing the storm.', 'the storm', '2024-05-04'],
    ['days back from a month stay in that month', 'The mayor announced the plan in March. A day earlier, the union said it would strike.', 'it would strike', '2024-03'],
  ])('%s', (_name, text, words, date) => {
    expect(holding(read(text), words)?.date).toBe(date);
  });

  it.each([
    ['a quotation in the next paragraph continues the occasion', 'A city official said on Monday that the bridge would reopen.\n\n“The repairs are finished,” said Ana Ruiz, head of the roads department.', 'The repairs are finished', '2024-05-06'],
    ['an unnamed other person in the next paragraph is a new occasion', 'In a statement released on Monday, the harbour master said the pier had failed.\n\nThe ferryman\'s mother said her son had been hurt.', 'her son had been hurt', '2024-05-08'],
    ['an unnamed source pointing back goes on in the next paragraph', 'In a report released on Monday, the Harbour Institute said ferry use had doubled.\n\nIts figures showed that fares had risen too.', 'that fares had risen too', '2024-05-06'],
    ['the same speaker in the present tense speaks today', 'When the plant opened in 2021, Ana Ruiz thought the town was saved.\n\nRuiz says she does not blame the company.', 'she does not blame the company', '2024-05-08'],
    ['"has said" is no present tense: the occasion goes on', 'Ana Ruiz said on Monday that the repairs were finished. She has said the road would reopen.', 'the road would reopen', '2024-05-06'],
    ['the same speaker later in the article', 'Ana Ruiz said on Monday that the repairs were finished.\n\nThe weather was mild all week.\n\nRuiz said that the road would stay closed at night.', 'the road would stay closed', '2024-05-06'],
    ['another speaker after a break is not the same occasion', 'Ana Ruiz said on Monday that the repairs were finished.\n\nThe weather was mild all week.\n\nThe governor said that the budget was tight.', 'the budget was tight', '2024-05-08'],
    ['the same speaker dated in the next paragraph', 'According to Ana Ruiz, the city will cut its costs.\n\nRuiz announced the plan on Tuesday.', 'the city will cut', '2024-05-07'],
    ['a saying after "later" does not date the same speaker\'s next statement', 'Ana Ruiz left the council in 2019, later admitting that she had been tired.\n\nRuiz said that the city needed a new budget.', 'the city needed a new budget', '2024-05-08'],
    ['another named speaker in the same paragraph is another occasion', 'Mayor Ana Ruiz told supporters on Monday that the bridge would reopen. Treasurer Tom Okafor said on X that the budget was balanced.', 'the budget was balanced', '2024-05-08'],
    ['a plan for next week is made today', 'The ferry union is planning a strike at the harbour next week.', 'a strike at the harbour next week', '2024-05-08'],
    ['a written source\'s issue set off by commas dates its words', 'The report, released on Monday, finds that the harbour is silting up.', 'that the harbour is silting up', '2024-05-06'],
    ['a year in the speaker\'s relative clause does not date the words', 'A pilot who flew for the airline until 2021 told reporters that the checks were rushed.', 'that the checks were rushed', '2024-05-08'],
    ['a day in the relative clause of a speaker after "according to" does not date the words', 'The ferry union wants a delay, according to two pilots who attended a meeting with the harbour board on Monday.', 'The ferry union wants a delay', '2024-05-08'],
    ['(guard) a written source\'s relative clause after the cue tells its issue', 'Ferry fares rose by a fifth, according to figures that were released on Monday by the harbour board.', 'Ferry fares rose by a fifth', '2024-05-06'],
    ['a clause of another event after the cue does not date the words', 'Fares will rise, the ferry company said after its new owners took over in April.', 'Fares will rise', '2024-05-08'],
    ['nor the words after it of a passive it dated', 'The harbour vote was called after the mayor resigned in March. Turnout was low, the harbour board said.', 'Turnout was low', '2024-05-08'],
    ['(guard) an occasion after the cue with no verb of its own still dates it', 'The harbour master said after the board meeting on Monday that the pier would close.', 'the pier would close', '2024-05-06'],
    ['(guard) a person\'s description set off by commas does not', 'Ana Ruiz, released on bail on Monday, said that she was innocent.', 'that she was innocent', '2024-05-08'],
    ['a document is no occasion of the person named after it', 'A survey released on Monday found that most riders wanted more buses. “We have waited long enough,” said Ana Ruiz, a nurse.', 'We have waited long enough', '2024-05-08'],
    ['another named speaker\'s quotation in the next paragraph is another occasion', 'Mayor Ana Ruiz told the radio on Monday that the bridge would reopen.\n\n“We are still waiting,” said Tom Okafor of the ferry union.', 'We are still waiting', '2024-05-08'],
    ['a week is no occasion of an unnamed speaker after', 'Mayor Ana Ruiz said last week that she had ordered a review. The harbour board will publish its findings soon, a spokesperson said.', 'its findings soon', '2024-05-08'],
    ['an unnamed speaker in the same paragraph goes on', 'Mayor Ana Ruiz told supporters on Monday that the bridge would reopen. An aide said the repairs had cost less than planned.', 'the repairs had cost less', '2024-05-06'],
    ['a fronted date in the next paragraph opens a new scene', 'Ana Ruiz said that the repairs were finished.\n\nOn Monday, Ruiz said that the road would reopen.', 'the repairs were finished', '2024-05-08'],
    ['a present-perfect lead takes the date of the same speaker\'s next words', 'Mayor Ana Ruiz has defended the new parking fees.\n\nIn an interview with a local radio station on Monday, Ruiz said the fees would fund buses.', 'the new parking fees', '2024-05-06'],
    ['a present-perfect lead past a paragraph of narration', 'Coach Ana Ruiz has insisted her crew are not worried.\n\nThe crew lost the regatta in Dunmore on Saturday.\n\n“We will be back,” Ruiz told reporters on Monday.', 'her crew are not worried', '2024-05-06'],
    ['a present-perfect lead in the same paragraph', 'Tom Okafor has warned that the budget will not balance. Speaking on Tuesday, Okafor said spending had to fall.', 'that the budget will not balance', '2024-05-07'],
    ['a present-perfect lead by a description the next speaker\'s name repeats', 'A harbour engineer has told a court she warned the board twice.\n\nGiving evidence on Monday, engineer Ana Ruiz said she had written to the board.', 'she warned the board twice', '2024-05-06'],
    ['(guard) a present-perfect lead by a description the next speaker\'s name does not repeat', 'A harbour engineer has told a court she warned the board twice.\n\nGiving evidence on Monday, nurse Ana Ruiz said she had written to the board.', 'she warned the board twice', '2024-05-08'],
    ['(guard) a present-perfect lead before another speaker\'s dated words', 'Mayor Ana Ruiz has defended the new parking fees.\n\nOn Monday, Treasurer Tom Okafor said the fees would fund buses.', 'the new parking fees', '2024-05-08'],
  ])('%s', (_name, text, words, date) => {
    expect(holding(read(text), words)?.date).toBe(date);
  });

  it.each([
    ['the same speaker in the next paragraph: said now', 'Harbour master Tomas Varga told the inquiry in January that the pier was unsafe.\n\nTomas Varga said he would resign.', 'he would resign', '2024-05-08'],
    ['the same speaker two paragraphs on', 'Harbour master Tomas Varga told the inquiry in January that the pier was unsafe.\n\nThe harbour board denied that the pier was unsafe.\n\nVarga said he would resign.', 'he would resign', '2024-05-08'],
    ['a year the story went back to', 'Harbour master Tomas Varga told the inquiry in 2022 that the pier was unsafe.\n\nHe said he would resign.', 'he would resign', '2024-05-08'],
    ['(guard) the same speaker in the same paragraph', 'Harbour master Tomas Varga told the inquiry in January that the pier was unsafe. He said the board had ignored him.', 'the board had ignored him', '2024-01'],
    ['(guard) a quotation in the next paragraph', 'Harbour master Tomas Varga told the inquiry in January that the pier was unsafe.\n\n“Nobody listened,” he said.', 'Nobody listened', '2024-01'],
    ['(guard) a day goes on to the same speaker\'s later words', 'Harbour master Tomas Varga told the inquiry on Monday that the pier was unsafe.\n\nThe harbour board denied that the pier was unsafe.\n\nVarga said he would resign.', 'he would resign', '2024-05-06'],
    ['narration with no speaker: its year is no occasion', 'Ms. Lena Ortiz was released in 2022. Tomas Varga said the harbour bill would pass.', 'the harbour bill would pass', '2024-05-08'],
  ])('a month or a year the story went back to ends with its paragraph: %s', (_name, text, words, date) => {
    expect(holding(read(text), words)?.date).toBe(date);
  });

  it.each([
    ['named with the noun the lead described her by', 'A harbour pilot told the inquiry on Monday that the channel was blocked.\n\nThe pilot, Ana Ruiz, said the buoys had been moved.', 'the buoys had been moved', '2024-05-06'],
    ['the named speaker\'s next words go on', 'A harbour pilot told the inquiry on Monday that the channel was blocked.\n\nThe pilot, Ana Ruiz, said the buoys had been moved.\n\nShe said she had reported it twice.', 'she had reported it twice', '2024-05-06'],
    ['the noun as a title before the name', 'A harbour pilot told the inquiry on Monday that the channel was blocked.\n\nPilot Ana Ruiz said the buoys had been moved.', 'the buoys had been moved', '2024-05-06'],
    ['(guard) a judge named after a judge of an earlier month', 'In March, a district judge told the harbour board that its ban was lawful.\n\nAppeals Judge Ana Ruiz said the ban went too far.', 'the ban went too far', '2024-05-08'],
    ['(guard) the body a description named, not its head noun', 'An inspector at the Dunmore Harbour Board told the inquiry on Monday that the pier was unsafe.\n\nThe Dunmore Harbour Board said repairs had begun.', 'repairs had begun', '2024-05-08'],
    ['(guard) a named speaker described otherwise', 'A harbour pilot told the inquiry on Monday that the channel was blocked.\n\nAna Ruiz, the harbour master, said the buoys had not been moved.', 'the buoys had not been moved', '2024-05-08'],
  ])('a speaker described, then named: %s', (_name, text, words, date) => {
    expect(holding(read(text), words)?.date).toBe(date);
  });

  it.each([
    ['someone else\'s earlier words in the past perfect: not the holder\'s month', 'The ferry captain told the inquiry in March that a harbour pilot had warned him before the voyage that the channel was blocked.', 'that the channel was blocked', null],
    ['someone else\'s earlier words in the past perfect: not the holder\'s day', 'The ferry captain told the inquiry on Monday that the harbour master had told him that the channel was clear.', 'that the channel was clear', null],
    ['(guard) the nested words\' own time', 'The ferry captain told the inquiry in March that a harbour pilot had warned him last year that the channel was blocked.', 'that the channel was blocked', '2023'],
    ['(guard) a view held when it was told', 'The ferry company said on Monday that its lawyers believed the ruling was wrong.', 'the ruling was wrong', '2024-05-06'],
    ['a month a "would" in the words read forward is the last one before publication', 'He said the Ministry of Trade had assured the port in December that it would not raise the fees.', 'that it would not raise the fees', '2023-12'],
  ])('a nested report: %s', (_name, text, content, date) => {
    const nested = read(text).find((s) => s.content === content);
    expect(nested).toBeDefined();
    expect(nested?.date).toBe(date);
  });

  it.each([
    ['2024-05-09', '2024-05-08', true],
    ['2024-W20', '2024-05-08', true],
    ['2024-W19', '2024-05-08', false],
    ['2024-W20-WE', '2024-05-08', true],
    ['2024-W18-WE', '2024-05-08', false],
    ['2024-06', '2024-05-08', true],
    ['2024-05', '2024-05-08', false],
    ['2024', '2024-05-08', false],
    ['2025', '2024-05-08', true],
    ['2024-W19', '2024-05-08', false],
  ])('%s is later than publication on %s: %s', (value, published, later) => {
    expect(laterThan(value, published)).toBe(later);
  });
});
