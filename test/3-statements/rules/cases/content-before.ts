// Rule table of the content-before family: the content stands before the speaker ("C, X said",
// "“C,” X said, “C2.”"), or runs through an interrupting cue ("C1, X said, C2"), or is the whole
// sentence around "as X pointed out". Read by the cue rules of stage 3 (findAttributions).

import type { FamilyCases } from './types.js';

export const contentBefore: FamilyCases = {
  family: 'content-before',
  rows: [
    ['as-aside', 'The island, as one adviser pointed out, rarely gets hurricanes in June.', 'The island, as one adviser pointed out, rarely gets hurricanes in June', 'one adviser'],
    ['as-aside', 'The tax, as the treasurer noted, has never been popular with farmers.', 'The tax, as the treasurer noted, has never been popular with farmers', 'the treasurer'],
    ['as-aside', 'Winter, as several fishermen pointed out, is the worst time for repairs.', 'Winter, as several fishermen pointed out, is the worst time for repairs', 'several fishermen'],
    ['interrupting-runs-through', 'The budget, the governor said, is balanced for the first time.', 'The budget, the governor said, is balanced for the first time', 'the governor'],
    ['interrupting-runs-through', 'The new line, the engineer said, will open in the spring.', 'The new line, the engineer said, will open in the spring', 'the engineer'],
    ['interrupting-runs-through', 'Rents, tenants say, have doubled in five years.', 'Rents, tenants say, have doubled in five years', 'tenants'],
    ['verbless-answer', 'People like the older fishermen, she said.', 'People like the older fishermen', 'she'],
    ['verbless-answer', 'Three boats and a barge, the harbour master said.', 'Three boats and a barge', 'the harbour master'],
    ['verbless-answer', 'Old friends from the navy, he said.', 'Old friends from the navy', 'he'],
    ['interrupting-runs-on', 'It was, she said, one of the hardest winters in memory.', 'It was, she said, one of the hardest winters in memory', 'she'],
    ['interrupting-runs-on', 'This is, the doctor said, the worst flu season in years.', 'This is, the doctor said, the worst flu season in years', 'the doctor'],
    ['interrupting-runs-on', 'There were, he said, too many cars on the bridge.', 'There were, he said, too many cars on the bridge', 'he'],
    ['content-before', '“We will not give up,” the coach said.', '“We will not give up,”', 'the coach'],
    ['content-before', 'The talks have collapsed, a union spokesman said.', 'The talks have collapsed', 'a union spokesman'],
    ['content-before', 'The harbour will reopen next week, officials said on Monday.', 'The harbour will reopen next week', 'officials'],
    ['content-before', '“The ice is too thin for skating,” the ranger warned.', '“The ice is too thin for skating,”', 'the ranger'],
    ['content-before', '“The roads are closed,” the sheriff said. “Stay home tonight.”', '“The roads are closed,” the sheriff said. “Stay home tonight.”', 'the sheriff'],
    ['content-before', 'The hearing was closed to the public, a court official said.', 'The hearing was closed to the public', 'a court official'],
    ['content-before-cross-sentence', '“Call me now!!!” Lee wrote in a September 16, 2012 email to top officials.', '“Call me now!!!”', 'Lee'],
    ['content-before-cross-sentence', '“Stop the sale!!!” Duarte wrote in a March 3, 2015 email to top aides.', '“Stop the sale!!!”', 'Duarte'],
    ['content-before-then-narration', '“Nobody is safe,” the ranger said, but the hikers kept walking.', '“Nobody is safe,”', 'the ranger'],
    ['content-before-then-narration', '“The season is over,” the coach said, and the players left the field.', '“The season is over,”', 'the coach'],
    ['content-before-then-narration', '“We are broke,” the treasurer said, but the board approved the trip.', '“We are broke,”', 'the treasurer'],
    ['content-before-continued', '“Prices will rise,” Diaz said, “and wages will follow.”', '“Prices will rise,” Diaz said, “and wages will follow.”', 'Diaz'],
    ['content-before-continued', '“We lost,” the captain said, “but we played well.”', '“We lost,” the captain said, “but we played well.”', 'the captain'],
    ['content-before-continued', 'We were, the captain said, lucky to reach the harbour.', 'We were, the captain said, lucky to reach the harbour', 'the captain'],
  ],
  negatives: [
    ['content-before', 'When the storm hit, the mayor said crews were ready.', 'a subordinate opener is not what was said'],
    ['content-before', 'The ferry may be late again, Lund said: “Bring a book.”', 'a colon after the cue announces the content'],
    ['content-before', 'The council cut the grants, which the mayor said were a waste of money.', 'a relative speaker takes its content after the cue'],
    ['as-aside', 'As the mayor pointed out, the island rarely gets hurricanes.', 'an opening "as" clause: the content follows'],
    ['verbless-answer', 'On Monday morning, she said.', 'a time is no answer'],
    ['content-before-then-narration', '“Prices will rise,” Diaz said, “and wages will follow.”', 'the quotation continues after "and"'],
  ],
};
