// Stage 3, occasions narrated before the words (src/3-statements/context/event-scenes.ts): a sentence
// with no statement of its own that names an occasion of speech with its date or place dates and
// places the statements of the people it names that follow. Every sentence is written for this test.
import { describe, expect, it } from 'vitest';
import { holding, read } from './_read.js';

describe('occasions narrated before the words', () => {
  it.each([
    ['a news conference with its place and day', 'Ana Ruiz and Tomas Varga held a joint news conference in Lisbon on Monday.\n\nRuiz said the ferry deal was close.', 'the ferry deal was close', '2024-05-06', 'Lisbon'],
    ['past a question with no named asker', 'Ana Ruiz and Tomas Varga held a joint news conference in Lisbon on Monday. Asked about the ferry, Ruiz said the deal was close.', 'the deal was close', '2024-05-06', 'Lisbon'],
    ['question time with its day', 'The harbour minister, Ana Ruiz, was grilled during question time on Tuesday. She said fares had fallen.', 'fares had fallen', '2024-05-07', null],
    ['a speaker the sentence names, in the next paragraph', 'Tomas Varga held a rally in Madrid on Monday.\n\n“We will win,” Varga said.', 'We will win', '2024-05-06', 'Madrid'],
    ['a clause that points back at the occasion narrated just before, any speaker', 'Dunmore City Council on Monday rejected the dredging plan. Opening the debate, councillor Tomas Varga said the channel was silting up.', 'the channel was silting up', '2024-05-06', null],
    ['a clause that points back at the occasion in the paragraph before', 'The harbour council on Tuesday approved the new fees.\n\nAt the meeting, Ana Ruiz said the fees were too high.', 'the fees were too high', '2024-05-07', null],
    ['a clause that points back at a written source dated before', 'The harbour board will cut 20 jobs, according to an email sent to staff on Tuesday.\n\nIn the email, Ana Ruiz said the board had lost two contracts.', 'the board had lost two contracts', '2024-05-07', null],
    ['a group of participants the occasion describes, and a speaker named after it', 'Candidates for harbour master clashed over fees at a debate in the town hall on Monday night.\n\nCouncillor Ana Ruiz said the fees would be frozen.', 'the fees would be frozen', '2024-05-06', null],
    ['a group\'s occasion in a sentence with a statement of its own, three paragraphs on', 'The candidates hoping to become harbour master clashed over fees at a debate in the town hall on Monday night.\n\nCouncillor Ana Ruiz said the fees would be frozen.\n\nBusinessman Tomas Varga said the fees were too low.\n\nNurse Lena Ortiz said the pier needed lights.', 'the pier needed lights', '2024-05-06', null],
    ['a clause that points back at an occasion dated by a bare weekday after "during"', 'The two harbour candidates traded insults during a heated debate Tuesday night.\n\nDuring the debate, Tomas Varga said fees would rise.', 'fees would rise', '2024-05-07', null],
    ['an occasion two paragraphs back that the lead dated (lead-occasion.ts)', 'The harbour council on Monday rejected the dredging plan.\n\nThe vote was close.\n\nAt the meeting, Ana Ruiz said the channel was silting up.', 'the channel was silting up', '2024-05-06', null],
    ['a group\'s occasion when a place named in its modifiers is no participant: a later speaker', 'The two candidates for Dunmore\'s harbour board traded insults during a heated debate Tuesday night.\n\nDuring the debate, Tomas Varga said fees would rise.\n\nLena Ortiz interrupted him. “That is false,” she said.', 'That is false', '2024-05-07', null],
    ['a group\'s occasion past three paragraphs while each holds words of it', 'Candidates for harbour master clashed over fees at a debate on Tuesday night.\n\nTomas Varga said fees would rise.\n\nLena Ortiz said that was false.\n\nVarga said the pier was unsafe.\n\nAsked by moderator Ines Moll whether he would concede, Varga paused. “I will accept the count,” he said.', 'I will accept the count', '2024-05-07', null],
    ['(guard) a weekday after another noun than the one pointed back at', 'The harbour candidates traded insults after a campaign stop Tuesday night.\n\nIn the debate, Tomas Varga said fees would rise.', 'fees would rise', '2024-05-08', null],
    ['the same speaker\'s words just before a clause that points back at the dated occasion', 'Plans for 40 flats on Quay Street were approved on Monday evening.\n\nCouncillor Ana Ruiz said the scheme met every test. “We cannot refuse it,” she told the meeting.', 'the scheme met every test', '2024-05-06', null],
    ['a body named right after the occasion\'s noun and "at" hosts it', 'Parents packed the meeting at Dunmore High School on Tuesday.\n\n“We are angry,” said Tomas Varga, a parent.', 'We are angry', '2024-05-07', 'Dunmore High School'],
    ['a date between the subject and the verb that holds the occasion', 'Governor Ana Ruiz on Monday chaired a meeting on the drought. Closing the meeting, she said rationing would end.', 'rationing would end', '2024-05-06', null],
    ['a public apology at a news conference: the person first named after it', 'The chairman of Harbour Rail apologised at a news conference in Cardiff on Monday.\n\n“We failed our passengers,” Gareth Pryce said.', 'We failed our passengers', '2024-05-06', 'Cardiff'],
    ['a race won at a venue on a day: the winner\'s next words', 'Lucia Moretti won the Dutch Grand Prix at Zandvoort on Sunday.\n\n“The car was perfect,” Moretti told reporters.', 'The car was perfect', '2024-05-05', 'Zandvoort'],
    ['a statement in a clause of another time after the occasion does not close it', 'The chief executive of Norvik Foods apologised on Monday at a news conference in Bergen after the company admitted mislabelling meat.\n\n“We are deeply sorry,” Ingrid Dahl said.', 'We are deeply sorry', '2024-05-06', 'Bergen'],
    ['(guard) a race won in an earlier year opens no scene', 'Lucia Moretti won the Dutch Grand Prix at Zandvoort in 2019.\n\n“The car was perfect,” Moretti told reporters.', 'The car was perfect', '2024-05-08', null],
  ])('%s', (_name, text, words, date, place) => {
    const s = holding(read(text), words);
    expect(s?.date).toBe(date);
    expect(s?.place).toBe(place);
  });

  it.each([
    ['another speaker after the occasion', 'Ana Ruiz held a news conference in Lisbon on Monday.\n\nThe harbour board said the ferry deal was close.', 'the ferry deal was close'],
    ['an occasion named only in the speaker\'s description', 'Dunmore City Council on Monday rejected the dredging plan. Tomas Varga, an engineer familiar with the debate, said the channel was silting up.', 'the channel was silting up'],
    ['(guard) no pointing back at an occasion', 'Dunmore City Council on Monday rejected the dredging plan. Councillor Tomas Varga said the channel was silting up.', 'the channel was silting up'],
    ['(guard) an occasion two paragraphs back, below an undated lead', 'Dredging of the Dunmore harbour channel has divided the town for a decade.\n\nThe harbour council on Monday rejected the dredging plan.\n\nThe vote was close.\n\nAt the meeting, Ana Ruiz said the channel was silting up.', 'the channel was silting up'],
    ['(guard) a date in another clause before the occasion', 'Ana Ruiz, who was elected on Monday, chaired a meeting on the drought. She said rationing would end.', 'rationing would end'],
    ['(guard) a group, and a speaker named before the occasion', 'Ana Ruiz chairs the harbour board.\n\nCandidates for harbour master clashed over fees at a debate on Monday night.\n\nRuiz said the fees would be frozen.', 'the fees would be frozen'],
    ['a statement that gives its own day', 'Ana Ruiz held a news conference in Lisbon on Monday. On Wednesday, Ruiz said the ferry deal was close.', 'the ferry deal was close'],
    ['a verb spelt as an occasion\'s noun after a dated subject ("figures released on Monday show")', 'More than 4,000 ferry passengers are stranded, figures released on Monday show.\n\nA spokesperson for the harbour board said storms had forced cancellations.', 'storms had forced cancellations'],
  ])('leaves %s its own occasion', (_name, text, words) => {
    const s = holding(read(text), words);
    expect(s?.date).toBe('2024-05-08');
    expect(s?.place).toBeNull();
  });
});
