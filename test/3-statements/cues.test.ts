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
  ])('%s: "%s" …', (_name, sentence, word, lemma) => {
    expect(cueOf(sentence, word)).toBe(lemma);
  });
});
