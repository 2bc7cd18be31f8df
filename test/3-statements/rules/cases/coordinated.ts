// Rule table of the coordinated family: "X did A and said C": the subject of the first verb speaks
// the coordinated cue's content. Read by the cue rules of stage 3 (findAttributions).

import type { FamilyCases } from './types.js';

export const coordinated: FamilyCases = {
  family: 'coordinated',
  rows: [
    ['coordinated-verb', 'Ruth Okafor thanked the volunteers and said the shelter would stay open.', 'the shelter would stay open', 'Ruth Okafor'],
    ['coordinated-verb', 'The harbour master said the pier was safe and warned against complacency.', 'complacency', 'The harbour master'],
    ['coordinated-verb', 'The union representing ferry crews welcomed the offer but said it fell short.', 'it fell short', 'The union'],
    ['coordinated-verb', 'The skipper admitted the crew had been "second best" and said the training would change.', 'the training would change', 'The skipper'],
    ['coordinated-verb', 'The governor visited the flooded town and promised that aid would arrive within days.', 'that aid would arrive within days', 'The governor'],
    ['coordinated-verb', 'The chief executive apologized to customers and said refunds would be paid by May.', 'refunds would be paid by May', 'The chief executive'],
    ['coordinated-verb', 'Inspector Hale toured the site, then said the building was unsafe.', 'the building was unsafe', 'Inspector Hale'],
    ['coordinated-verb', 'The minister met the strikers but warned that the budget could not grow.', 'that the budget could not grow', 'The minister'],
    ['coordinated-verb', 'The ferry crews are already planning a strike that will be held in May, and have warned that fares will rise.', 'that fares will rise', 'The ferry crews'],
    ['coordinated-verb', 'The mayor called the report “false” on Friday and in a carefully worded statement said she never saw the file.', 'she never saw the file', 'The mayor'],
    ['coordinated-verb', 'The mayor opened the pier and at a news conference said the harbour was safe.', 'the harbour was safe', 'The mayor'],
    ['coordinated-verb', 'The premier called the report false and said she never saw the file.', 'she never saw the file', 'The premier'],
    ['coordinated-verb', 'The coach said the squad was tired, but hoped to rest two players on Sunday.', 'to rest two players on Sunday', 'The coach'],
  ],
  negatives: [
    ['coordinated-verb', 'Ortiz said she intended to stay and defend the bakery from looters.', 'a base form after "and" goes on with the infinitive before it'],
    ['coordinated-verb', 'The team won the final and celebrated in the square.', 'no cue after "and"'],
    ['coordinated-verb', 'The firefighters arrived and the crowd cheered.', 'two clauses, no cue'],
    ['coordinated-verb', 'The mayor said the budget was tight and the council agreed.', 'a cue with a subject of its own after "and" is no coordinated verb'],
    ['coordinated-verb', 'Fishermen in Halifax and around the province say the quota is too low.', 'a prepositional phrase before "say" with no verb before "and" belongs to the subject'],
    ['coordinated-verb', 'His lawyer, Ana Ruiz, said her client was relieved and wanted to go home.', 'a wish after "and" right after a reported clause whose subject is another person is that person\'s, inside the words'],
    ['coordinated-verb', 'The striker said he was grateful to the fans but wanted a new challenge.', 'a wish right after "but" with no comma turns the reported clause: it is inside the words'],
    ['coordinated-verb', 'Defence lawyer Tomas Hale told the court that she had repaid the money and planned to sell her flat.', 'a plan after "and" in a reported clause opened by a pronoun of the other sex than the reporter\'s given name is that third person\'s'],
    ['coordinated-verb', 'The treasurer said the plan was sound but needed more money.', 'a need right after "but" with no comma is the reported clause\'s subject\'s, whoever it is'],
    ['coordinated-verb', 'She added that the ferry firm would sell two boats and focus on its island routes.', 'a base-form verb after "and" goes on with the reported clause\'s modal, not with the cue'],
  ],
};
