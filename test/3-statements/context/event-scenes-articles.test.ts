// Stage 3, scenes in whole mini-articles (src/3-statements/context/event-scenes.ts): a narrative
// sentence that sets an occasion (an event noun or a verb of a public act, with its date or place)
// dates and places the undated words that follow it, until the story turns. Every article is
// invented for this test; published on Wednesday 2024-05-08. A place of undefined is not checked.
import { describe, expect, it } from 'vitest';
import { holding, read } from './_read.js';

describe('the scene a narrative sentence opens, in mini-articles', () => {
  it.each([
    ['court: a sentencing and the judge first named after it', 'Marek Dolan was jailed at Exeter Crown Court on Tuesday for causing a crash while reading a text message.\n\nJudge Ruth Penhale told him: "You put a message before three lives."', 'You put a message', '2024-05-07', 'Exeter'],
    ['product launch: a launch event and its founder\'s words', 'Halvard Audio unveiled its first headphones at a launch event in Oslo on Monday. "We spent four years on the sound," founder Ingrid Solheim told the crowd.\n\nSolheim said the headphones would ship in June.', 'We spent four years', '2024-05-06', 'Oslo'],
    ['product launch: the same speaker in the next paragraph', 'Halvard Audio unveiled its first headphones at a launch event in Oslo on Monday. "We spent four years on the sound," founder Ingrid Solheim told the crowd.\n\nSolheim said the headphones would ship in June.', 'would ship in June', '2024-05-06', 'Oslo'],
    ['product launch: the occasion read as the object of "unveiled"', 'Orbis unveiled the phone at a keynote in Cupertino on Tuesday. "This is the biggest change since the touchscreen," chief executive Leo Brandt told the audience.', 'biggest change', '2024-05-07', 'Cupertino'],
    ['rally: a candidate named before the occasion', 'Senate candidate Ana Ruiz spoke at a rally in Philadelphia on Monday. Ruiz, who trails in the polls, pledged to cut taxes.', 'to cut taxes', '2024-05-06', 'Philadelphia'],
    ['school board: a weekday after a noun, US style, and the superintendent', 'After two hours of public comment Monday night, the Elmwood School Board delayed a vote on the new calendar. Superintendent Dana Morrow said the district needed more time.\n\nBoard member Luis Ortega said parents had been heard.', 'needed more time', '2024-05-06', null],
    ['school board: the public comment\'s speakers paragraph by paragraph', 'After two hours of public comment Monday night, the Elmwood School Board delayed a vote on the new calendar.\n\nSuperintendent Dana Morrow said the district needed more time.\n\nParent Luis Ortega said the buses would be late.\n\nBoard member Rita Kaur said parents had been heard.', 'parents had been heard', '2024-05-06', null],
    ['school board: a board member in the next paragraph', 'After two hours of public comment Monday night, the Elmwood School Board delayed a vote on the new calendar. Superintendent Dana Morrow said the district needed more time.\n\nBoard member Luis Ortega said parents had been heard.', 'parents had been heard', '2024-05-06', null],
    ['sport: a cup final and the winning manager', 'Dunmore Rovers beat Kilbride 2-0 in the cup final in Galway on Saturday. "The lads were brilliant," manager Sam Okafor said.', 'The lads were brilliant', '2024-05-04', 'Galway'],
    ['parliament: the opposition leader first named after the occasion', 'The finance minister, Anu Rahman, faced questions in Parliament on Thursday over the fuel levy. Opposition leader Petra Lind said the levy had failed.\n\nRahman said the levy would stay.', 'the levy had failed', '2024-05-02', undefined],
    ['parliament: the minister again, past another speaker', 'The finance minister, Anu Rahman, faced questions in Parliament on Thursday over the fuel levy. Opposition leader Petra Lind said the levy had failed.\n\nRahman said the levy would stay.', 'the levy would stay', '2024-05-02', undefined],
    ['court: a plea at the court, and the hearing\'s words paragraph by paragraph', 'Piotr Lasek, 41, of Truro, admitted causing serious injury by careless driving at Truro Crown Court on Tuesday.\n\nJudge Ann Rowe told him: "You were warned twice."\n\nShe said the offence was aggravated by his speed.\n\nDefending, Omar Haddad said his client was ashamed.', 'his client was ashamed', '2024-05-07', 'Truro'],
    ['court: the plea itself', 'Piotr Lasek, 41, of Truro, admitted causing serious injury by careless driving at Truro Crown Court on Tuesday.\n\nJudge Ann Rowe told him: "You were warned twice."', 'causing serious injury', '2024-05-07', 'Truro'],
    ['product launch: a date after the subject, an appositive before the occasion', 'Velora on Monday unveiled its first electric scooter, the Velora One, at a launch event in Turin.\n\n"It folds in two seconds," chief executive Marta Bellini told the audience.', 'It folds in two seconds', '2024-05-06', 'Turin'],
    ['rally: past a month of the story\'s background', 'Mayor Tomas Varga held a rally in Dunmore on Saturday. The town lost its ferry in the March 2019 storm. Varga said the pier would be rebuilt.', 'the pier would be rebuilt', '2024-05-04', 'Dunmore'],
  ])('%s', (_name, text, words, date, place) => {
    const s = holding(read(text), words);
    expect(s?.date).toBe(date);
    if (place === null) expect(s?.place).toBeNull();
    else if (place !== undefined) expect(s?.place ?? '').toMatch(new RegExp(`^${place}`));
  });

  it.each([
    ['a turn of the story ("Meanwhile")', 'Mayor Tomas Varga held a rally in Dunmore on Saturday. Meanwhile, the transport minister, Lena Ortiz, said the bypass would open in June.', 'the bypass would open'],
    ['a paragraph that names another date between', 'Mayor Tomas Varga held a rally in Dunmore on Saturday.\n\nThe ferry strike began on Friday. Union leader Lena Ortiz said the strike would go on.', 'the strike would go on'],
    ['an occasion still to come', 'Mayor Tomas Varga will hold a rally in Dunmore on Friday. His aide Lena Ortiz said tickets had sold out.', 'tickets had sold out'],
    ['an occasion still to come, its speaker\'s words now', 'Mayor Tomas Varga will hold a rally in Dunmore on Friday. Varga said tickets had sold out.', 'tickets had sold out'],
    ['a speaker the story named before the occasion, not in it', 'Lena Ortiz leads the opposition.\n\nMayor Tomas Varga held a rally in Dunmore on Saturday. Ortiz said the rally was small.', 'the rally was small'],
    ['words in the present progressive', 'Mayor Tomas Varga held a rally in Dunmore on Saturday. Union leader Lena Ortiz is talking about a strike at the port.', 'a strike at the port'],
    ['words in the present perfect', 'Mayor Tomas Varga held a rally in Dunmore on Saturday. His rival Lena Ortiz has attacked the plan for the pier.', 'the plan for the pier'],
    ['words in the present tense', 'Mayor Tomas Varga held a rally in Dunmore on Saturday. His rival Lena Ortiz says the town deserves better.', 'the town deserves better'],
    ['a body\'s statement after a person\'s occasion', 'Mayor Tomas Varga held a rally in Dunmore on Saturday. The Dunmore Harbour Board said the pier would stay shut.', 'the pier would stay shut'],
  ])('leaves %s its own date and place', (_name, text, words) => {
    const s = holding(read(text), words);
    expect(s?.date).toBe('2024-05-08');
    expect(s?.place).toBeNull();
  });
});
