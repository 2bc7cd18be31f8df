// Stage 3, the lead's occasion (src/3-statements/context/lead-occasion.ts): a statement that names an
// occasion it does not date ("told a news conference", "In a written judgment", "told reporters")
// takes the date the story's lead gave, until another date. Every sentence is written for this test.
import { describe, expect, it } from 'vitest';
import { holding, read } from './_read.js';

describe('the occasion the lead dated', () => {
  it.each([
    ['a news conference after a dated statement, another speaker', 'Harbour inspectors said on Monday that the pier was unsafe.\n\nTheir chief, Ana Ruiz, told a news conference in Dunmore that repairs would take a year.', 'repairs would take a year', '2024-05-06'],
    ['the same speaker goes on in that paragraph', 'Harbour inspectors said on Monday that the pier was unsafe.\n\nTheir chief, Ana Ruiz, told a news conference in Dunmore that repairs would take a year. She urged the board to close the pier.', 'the board to close the pier', '2024-05-06'],
    ['a written judgment after a narrated ruling', 'The harbour court on Monday overturned the ban on night fishing.\n\nIn a written judgment, the three judges found that the ban had no basis in law.', 'the ban had no basis in law', '2024-05-06'],
    ['the same speaker after a statement another rule dated at the occasion', 'The harbour board announced on Monday that fees would rise.\n\nFishermen will pay more, Board member Tomas Varga told reporters at the launch in Dunmore. He said the rise was modest.', 'the rise was modest', '2024-05-06'],
    ['an occasion with no determiner after a lead whose date is its own statement\'s', 'Harbour judges appeared doubtful on Monday of the fishing ban.\n\nDuring oral argument, Judge Ana Ruiz asked whether the ban had any basis.', 'whether the ban had any basis', '2024-05-06'],
    ['the audience at the lead\'s ceremony', 'Tomas Varga announced the harbour prize at a ceremony on Monday evening.\n\nThe winner, Ana Ruiz, told the audience that the prize belonged to her crew.', 'the prize belonged to her crew', '2024-05-06'],
    ['the verdict of the lead\'s ruling', 'The harbour court on Monday overturned the ban on night fishing.\n\nReading the verdict, Judge Ana Ruiz said the ban had no basis in law.', 'the ban had no basis in law', '2024-05-06'],
    ['after the race the lead dated', 'Tomas Varga crashed out of the harbour regatta on Monday.\n\nSpeaking after the race, his coach Ana Ruiz said the boat had failed.', 'the boat had failed', '2024-05-06'],
    ['lawmakers at the lead\'s session', 'The harbour council approved the new fees early on Monday.\n\nThe measure passed 7-2. Council leader Ana Ruiz told lawmakers that the fees were fair.', 'the fees were fair', '2024-05-06'],
    ['a sitting body it was told', 'The harbour council voted 7-2 on Monday night to close the pier.\n\nHarbour master Ana Ruiz told the council that the pier was unsafe.', 'the pier was unsafe', '2024-05-06'],
    ['a committee testified before, its name between', 'The head of the ferry company apologised on Monday for the outage.\n\nTestifying before the House of Commons transport committee, chief engineer Tomas Varga said a faulty update had caused it.', 'a faulty update had caused it', '2024-05-06'],
    ['outside court', 'Ferry captain Tomas Varga was convicted of negligence by the harbour court on Monday.\n\nOutside court, his wife Ana Ruiz said the family would appeal.', 'the family would appeal', '2024-05-06'],
    ['supporters at the lead\'s victory', 'The Harbour Party won the city election in Dunmore on Monday.\n\nParty leader Ana Ruiz told supporters at the party headquarters that the result was a mandate.', 'the result was a mandate', '2024-05-06'],
    ['jurors at the lead\'s trial day', 'Ferry captain Tomas Varga gave evidence at his negligence trial on Monday.\n\nAt the end of the day, Judge Ana Ruiz reminded jurors that the trial was not an inquiry.', 'the trial was not an inquiry', '2024-05-06'],
    ['under cross-examination', 'Giving evidence on Monday, harbour engineer Ana Ruiz said she had warned the board.\n\nUnder cross-examination, barrister Tomas Varga suggested she had never visited the pier.', 'she had never visited the pier', '2024-05-06'],
    ['told the council, four paragraphs on', 'The harbour council voted 7-2 on Monday night to close the pier.\n\nThe pier was built in 1902.\n\nIt was last repaired in 1990.\n\nFishermen use it daily.\n\nHarbour master Ana Ruiz told the council that the pier was unsafe.', 'the pier was unsafe', '2024-05-06'],
    ['the same speaker past a question with no asker named', 'The head of the ferry company apologised on Monday for the outage.\n\nTestifying before the harbour committee, chief engineer Tomas Varga said a faulty update had caused it. Asked whether anyone was hurt, he replied that no one was.', 'that no one was', '2024-05-06'],
    ['a court\'s written decision', 'The harbour court on Monday convicted a former mayor of fraud.\n\nIn a 62-page decision, the three judges found that the pumps were never delivered.', 'the pumps were never delivered', '2024-05-06'],
    ['a present-perfect lead dated by its speaker\'s next words', 'A harbour engineer has told a court she warned the board twice.\n\nGiving evidence on Monday, engineer Ana Ruiz said she had written to the board.\n\nThe pier collapsed in 2022.\n\nUnder cross-examination, barrister Tomas Varga suggested she had never visited the pier.', 'she had never visited the pier', '2024-05-06'],
    ['a ruling the speaker\'s possessive names', 'The harbour court on Monday overturned the ban on night fishing.\n\nIn its ruling, the court said the ban had no basis in law.', 'the ban had no basis in law', '2024-05-06'],
    ['a judgment the judge\'s possessive names', 'A harbour court on Monday jailed a former mayor for six years.\n\nIn her judgment, Judge Ana Ruiz said the fraud had been planned for months.', 'the fraud had been planned for months', '2024-05-06'],
    ['past a finding of last year between two witnesses', 'Giving evidence on Monday, harbour engineer Ana Ruiz said she had warned the board.\n\nThe harbour inspectorate found last year that the pier was unsafe.\n\nAt the end of the day, Judge Tomas Varga reminded jurors that the trial was not an inquiry.', 'the trial was not an inquiry', '2024-05-06'],
    ['past a statement of an earlier month, outside court', 'Ferry captain Tomas Varga was convicted of negligence by the harbour court on Monday.\n\nThe ferry company said in March that it had changed its rules.\n\nOutside court, his wife Ana Ruiz said the family would appeal.', 'the family would appeal', '2024-05-06'],
    ['told reporters, two paragraphs on', 'The harbour board on Monday approved a rise in mooring fees.\n\nThe rise takes effect in June.\n\nBoard member Tomas Varga told reporters that the rise was modest.', 'the rise was modest', '2024-05-06'],
    ['a debate the lead dated "last night" after a place', 'The two harbour candidates clashed in a televised debate in Dunmore last night.\n\nCandidate Ana Ruiz said the pier would reopen.', 'the pier would reopen', '2024-05-07'],
    ['a sentencing the lead dated "yesterday" inside its verb', 'A ferry captain was yesterday jailed for six years.\n\nIn her sentencing remarks, Judge Ana Ruiz said the crash had been avoidable.', 'the crash had been avoidable', '2024-05-07'],
    ['jurors named by the cue inside the quotation it interrupts', 'Ferry captain Tomas Varga gave evidence at his negligence trial on Monday.\n\n“I never saw the rocks,” Varga told jurors. “The chart was wrong.”', 'I never saw the rocks', '2024-05-06'],
    ['a statement named by the cue inside the quotation it interrupts', 'The harbour board on Monday approved a rise in mooring fees.\n\n“The rise is modest,” board member Tomas Varga said in a statement. “It pays for dredging.”', 'The rise is modest', '2024-05-06'],
    ['outside the court house', 'Ferry captain Tomas Varga was convicted of negligence by the harbour court on Monday.\n\nSpeaking outside the court house, his wife Ana Ruiz said the family would appeal.', 'the family would appeal', '2024-05-06'],
    ['the same speaker\'s quotation past the reach', 'The harbour council voted 7-2 on Monday night to close the pier.\n\nThe pier was built in 1902.\n\nIt was last repaired in 1990.\n\nFishermen use it daily.\n\nTourists walk on it in summer.\n\nHarbour master Ana Ruiz told the council that the pier was unsafe.\n\n“It could fall at any time,” she said.', 'It could fall at any time', '2024-05-06'],
    ['the words a speaker said just before words the occasion dated', 'A harbour pilot told the inquiry on Monday that the channel was blocked.\n\nAna Ruiz, a retired engineer, said the buoys had been moved.\n\n“I warned them twice,” she said under cross-examination.', 'the buoys had been moved', '2024-05-06'],
    ['a judge who said, after a lead that reports a sentence', 'A former harbour clerk who stole from fishermen was yesterday jailed for four years.\n\nJudge Ana Ruiz said the clerk had betrayed people who trusted him.', 'the clerk had betrayed people', '2024-05-07'],
    ['a defence lawyer who said, another speaker between', 'A former harbour clerk who stole from fishermen was yesterday jailed for four years.\n\nProsecutor Tomas Varga told the court that one family had lost its boat.\n\nDefence lawyer Lena Ortiz said her client had been in debt.', 'her client had been in debt', '2024-05-07'],
    ['outside court, the speaker described before the name', 'A former harbour clerk who stole from fishermen was yesterday jailed for four years.\n\nOutside court, the skipper\'s son, Tomas Varga, said the family was relieved.', 'the family was relieved', '2024-05-07'],
    ['crown counsel after a lead that reports a conviction', 'A ferry captain was convicted on Monday of sailing drunk.\n\nCrown counsel Tomas Varga said the captain had put forty lives at risk.', 'forty lives at risk', '2024-05-06'],
    ['a question put to the board at the lead\'s meeting', 'Superintendent Lena Ortiz told the school board on Monday night that two schools would close.\n\nParents filled the hall.\n\nAna Ruiz asked the board why families had not been told.', 'why families had not been told', '2024-05-06'],
  ])('%s', (_name, text, words, date) => {
    expect(holding(read(text), words)?.date).toBe(date);
  });

  it.each([
    ['(guard) an appeal to the court, no question at its sitting', 'The harbour court on Monday heard the fishermen\'s case against the ban.\n\nThe ferry company asked the court to dismiss the case.', 'to dismiss the case'],
    ['(guard) another speaker past the reach', 'The harbour council voted 7-2 on Monday night to close the pier.\n\nThe pier was built in 1902.\n\nIt was last repaired in 1990.\n\nFishermen use it daily.\n\nTourists walk on it in summer.\n\nHarbour master Ana Ruiz told the council that the pier was unsafe.\n\nTomas Varga, a fisherman, told the council that the closure would ruin him.', 'the closure would ruin him'],
    ['(guard) another speaker between the words and those the occasion dated', 'A harbour pilot told the inquiry on Monday that the channel was blocked.\n\nAna Ruiz, a retired engineer, said the buoys had been moved. Board member Tomas Varga said the buoys were in place.\n\n“I warned them twice,” Ruiz said under cross-examination.', 'the buoys had been moved'],
    ['(guard) no occasion named', 'Harbour inspectors said on Monday that the pier was unsafe.\n\nThe harbour board said it would appeal.', 'it would appeal'],
    ['(guard) another dated occasion between', 'Harbour inspectors said on Monday that the pier was unsafe.\n\nOn Tuesday, the harbour board said it would appeal.\n\nBoard member Tomas Varga told reporters that the pier would stay open.', 'the pier would stay open'],
    ['(guard) more than five paragraphs after the lead', 'Harbour inspectors said on Monday that the pier was unsafe.\n\nThe pier was built in 1902.\n\nIt was last repaired in 1990.\n\nFishermen use it daily.\n\nTourists walk on it in summer.\n\nIts lamps were replaced last year.\n\nBoard member Tomas Varga told reporters that the pier would stay open.', 'the pier would stay open'],
    ['(guard) a body in the speaker\'s own description', 'Harbour inspectors said on Monday that the pier was unsafe.\n\nA member of the harbour council said it would appeal.', 'it would appeal'],
    ['(guard) a lead that dates a past event, not the story\'s occasion', 'The harbour pier collapsed on 3 March 2022, injuring four fishermen.\n\nThe harbour board said in a statement that repairs had begun.', 'repairs had begun'],
    ['(guard) a lead dated weeks before publication', 'A ferry ran aground off Dunmore on April 2, injuring four passengers.\n\nThe ferry company said in a statement that its captain had been suspended.', 'its captain had been suspended'],
    ['(guard) a lead that goes back to a month', 'Harbour master Tomas Varga had told the inquiry in January that the pier was unsafe.\n\nSpeaking to reporters outside the harbour office, Varga said he would resign.', 'he would resign'],
    ['(guard) a plain lawyer after a lead that reports a sentence', 'A former harbour clerk who stole from fishermen was yesterday jailed for four years.\n\nHis lawyer, Lena Ortiz, said he would appeal.', 'he would appeal'],
    ['(guard) a judge after a lead that reports no ruling', 'Harbour inspectors said on Monday that the pier was unsafe.\n\nRetired judge Ana Ruiz said the board should resign.', 'the board should resign'],
    ['(guard) a lead with no date', 'Harbour inspectors said that the pier was unsafe.\n\nTheir chief, Ana Ruiz, told a news conference that repairs would take a year.', 'repairs would take a year'],
  ])('keeps the publication date: %s', (_name, text, words) => {
    expect(holding(read(text), words)?.date).toBe('2024-05-08');
  });

  it.each([
    ['a present-tense cue is not dated by a date closing its object', 'The harbour master seldom speaks of her father, who drowned in 1998.', 'her father', '2024-05-08'],
  ])('%s', (_name, text, words, date) => {
    expect(holding(read(text), words)?.date).toBe(date);
  });
});
