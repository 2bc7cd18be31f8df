// Rule table of the participle family: -ing cues after a comma, after "with" + a noun phrase,
// after an object or a day, after a name, and stance participles after a noun ("a group backing X").
// Read by the cue rules of stage 3 (findAttributions), before any later pass.

import type { FamilyCases } from './types.js';

export const participle: FamilyCases = {
  family: 'participle',
  rows: [
    ['participle-adjunct', 'The minister left the hall, saying that the talks had failed.', 'that the talks had failed', 'The minister'],
    ['participle-adjunct', 'Hundreds of nurses marched through Leeds on Saturday, demanding higher pay for night shifts.', 'higher pay for night shifts', 'Hundreds of nurses'],
    ['participle-adjunct', 'The mayor closed the beach, warning that the water was unsafe for swimmers.', 'that the water was unsafe for swimmers', 'The mayor'],
    ['participle-adjunct', 'Protesters blocked the road, chanting that the mine must close.', 'that the mine must close', 'Protesters'],
    ['participle-adjunct', 'The senator ended the interview by saying that she would not run again.', 'that she would not run again', 'The senator'],
    ['participle-adjunct', 'The governor signed the bill, adding: “This is a good day for the valley.”', '“This is a good day for the valley.”', 'The governor'],
    // ("shot" is tagged a noun: the lower-case word after the name before a particle is the main verb.)
    ['participle-adjunct', 'Ministry spokeswoman Lena Ortiz shot back on Tuesday, saying the mayor should resign.', 'the mayor should resign', 'Ministry spokeswoman Lena Ortiz'],
    ['participle-with-noun', 'The survey ended the debate, with 30 percent of tenants saying the rent was too high.', 'the rent was too high', '30 percent of tenants'],
    ['participle-with-noun', 'The board approved the budget, with most members saying the cuts were painful but necessary.', 'the cuts were painful but necessary', 'most members'],
    ['participle-with-noun', 'The match ended in chaos, with the home fans claiming that the goal was offside.', 'that the goal was offside', 'the home fans'],
    ['participle-with-noun', 'The referee ended the match early, with both coaches arguing the pitch was flooded.', 'the pitch was flooded', 'both coaches'],
    ['participle-after-object', 'The coach emailed parents saying that the match was cancelled.', 'that the match was cancelled', 'The coach'],
    ['participle-after-object', 'Parents have started a petition demanding a crossing guard at the school.', 'a crossing guard at the school', 'Parents'],
    ['participle-after-object', 'Neighbours have put up banners condemning the new tower.', 'the new tower', 'Neighbours'],
    ['participle-after-object', 'The mayor spent the morning praising the volunteers.', 'the volunteers', 'The mayor'],
    ['participle-after-day', 'Marta Ruiz sent a series of messages early Friday saying the vote was rigged.', 'the vote was rigged', 'Marta Ruiz'],
    ['participle-after-day', 'The company issued a statement on Tuesday saying its profits had doubled.', 'its profits had doubled', 'The company'],
    ['participle-after-day', 'The mayor texted reporters late Thursday saying the vote would be delayed.', 'the vote would be delayed', 'The mayor'],
    ['participle-after-day', 'The ministry issued a note on Monday saying exports had fallen.', 'exports had fallen', 'The ministry'],
    ['participle-stance-noun', 'A group backing Lindqvist raised two million dollars in May.', 'Lindqvist', 'A group'],
    ['participle-stance-noun', 'A coalition opposing the pipeline filed a lawsuit in federal court.', 'the pipeline', 'A coalition'],
    ['participle-stance-noun', 'Doctors opposing the merger wrote to the health minister.', 'the merger', 'Doctors'],
    ['participle-stance-noun', 'Tenants supporting the rent freeze marched to City Hall.', 'the rent freeze', 'Tenants'],
    ['participle-after-name', 'The video shows Dana Whitfield saying that the plant will close.', 'that the plant will close', 'Dana Whitfield'],
    ['participle-after-name', 'Reporters heard Governor Pike saying the budget was dead.', 'the budget was dead', 'Governor Pike'],
    ['participle-after-name', 'The tape captured Ortega saying, “We will win this county.”', '“We will win this county.”', 'Ortega'],
    ['participle-after-name', 'The recording has Lindqvist saying that the funds were moved.', 'that the funds were moved', 'Lindqvist'],
    ['participle-broad', 'The league closed the season, with several clubs complaining the schedule was too tight.', 'the schedule was too tight', 'several clubs'],
    ['participle-broad', 'The union took the unusual step of endorsing a Republican for mayor.', 'a Republican for mayor', 'The union'],
    ['participle-broad', 'The clubs met on Friday, with one manager calling the schedule unfair to players.', 'the schedule unfair to players', 'one manager'],
  ],
  negatives: [
    ['participle-adjunct', 'An official, speaking on condition of anonymity, said the talks had stalled.', 'a participle set off inside the subject reports nothing'],
    ['participle-adjunct', 'Speaking in Paris, the minister said the deal was close.', 'an opening participle with no content of its own'],
    ['participle-adjunct', 'It goes without saying that the old bridge must be replaced.', '"it goes without saying" is a fixed phrase, not a report'],
    ['participle-broad', 'The chief executive is saying nothing about the layoffs.', 'a progressive is a finite cue, not a participle'],
    ['participle-stance-noun', 'The mayor is backing the new stadium.', 'a progressive after the subject, not a participle after a noun'],
    ['participle-after-name', 'A man wearing a red coat crossed the bridge.', '"wearing" is no cue'],
    ['participle-with-noun', 'The boat left the harbour, with the children waving from the deck.', '"waving" is no cue'],
    ['participle-after-day', 'The mayor spent Friday visiting schools in the valley.', '"visiting" is no cue'],
    ['participle-after-object', 'The police stopped a van carrying stolen bikes.', '"carrying" is no cue'],
    ['participle-broad', 'The ranger saw a bear crossing the road.', '"crossing" is no cue'],
  ],
};
