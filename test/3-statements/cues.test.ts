// Stage 3 cue lexicon (src/3-statements/cues.ts): which token opens a reporting cue. A phrasal verb
// or a compound noun whose first word is a cue verb is no cue. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/1-text/index.js';
import { cueAt } from '../../src/3-statements/cues.js';

/** The cue lemma at the first token `word` of the sentence, or null. */
function cueOf(sentence: string, word: string): string | null {
  const layer = readText(sentence);
  const i = layer.tokens.findIndex((t) => t.text === word);
  return cueAt(layer.tokens, i, layer.tokens.length)?.lemma ?? null;
}

describe('cues', () => {
  it.each([
    ['a compound noun', 'Ana Ruiz, director of the Lisbon-based think tank Harbour Futures, accused the port of neglect.', 'think', null],
    ['a phrasal verb of another meaning', 'The harbour board backed down on plans to close the pier.', 'backed', null],
    ['a phrasal verb that cancels', 'The council called off the vote on the levy.', 'called', null],
    ['a participle of aiming before "at"', 'Much of the anger was directed at the harbour master.', 'directed', null],
    ['the verb with its object', 'The harbour board backed the plan to close the pier.', 'backed', 'back'],
    ['the verb of thought', 'Most residents think the plan will fail.', 'think', 'think'],
    ['advice against something', 'The health agency advises against travel to the island.', 'advises', 'advise against'],
    ['an appeal for something', 'Police appealed for witnesses to come forward.', 'appealed', 'appeal for'],
    ['a noun after a number is no cue', 'The plan had only one appeal for the voters.', 'appeal', null],
    ['a word of a name after "of" is no cue', 'The Court of Appeals for the Ninth Circuit heard the case.', 'Appeals', null],
    ['a verb of thought read as a noun after a plural subject, before a clause', 'Some harbour pilots fear ferries sailing after dark will run aground.', 'fear', 'fear'],
    ['a plural counted by a number', 'The board cut the fee by 50 basis points to 2 per cent.', 'points', null],
    ['a given name "Said" after a comma, before a name', 'Her brother, Said Varga, told reporters the pier was unsafe.', 'Said', null],
    ['a verb of aspect before an -ing cue opens that cue', 'The harbour board kept saying that the pier was safe.', 'kept', 'say'],
    ['a verb of aspect before an -ing cue with its preposition', 'Fishermen resumed calling for a ban on trawlers.', 'resumed', 'call for'],
    ['a verb of aspect before another -ing form is no cue', 'Acme Ferries began building a terminal in Sligo in 2019.', 'began', null],
    ['a verb of aspect before a quotation stays a cue', '“We were lucky,” the skipper began.', 'began', 'begin'],
    ['a participle of publishing before a day, then the subject\'s own cue, describes the subject', 'A survey by Harbour Polling published Monday found that most tenants back the levy.', 'published', null],
    ['the same participle before a day after a name', 'A poll by Lumen released Friday showed that the mayor trails.', 'released', null],
    ['the subject\'s own cue after that participle', 'A survey by Harbour Polling published Monday found that most tenants back the levy.', 'found', 'find'],
    ['a participle of publishing before a day stays the reading when the subject\'s cue closes the sentence', '“The levy is lawful,” the ruling published Friday said.', 'published', 'publish'],
    ['a verb of publishing before a day and its object stays a cue', 'The harbour board published Monday a list of unsafe piers.', 'published', 'publish'],
    ['"exuded confidence that" is a light verb\'s cue', 'Premier Naledi Khumalo exuded confidence that her coalition would hold.', 'exuded', 'exude confidence'],
    ['"accepted that" is a cue', 'The coroner accepted that the crew had been delayed.', 'accepted', 'accept that'],
    ['"accepted" with an object is no cue', 'The dockers accepted the pay offer on Friday.', 'accepted', null],
    ['"accepting" a nomination is no cue', 'Accepting the nomination in Leeds, Okonkwo thanked her party.', 'Accepting', null],
  ])('%s: "%s" …', (_name, sentence, word, lemma) => {
    expect(cueOf(sentence, word)).toBe(lemma);
  });
});
