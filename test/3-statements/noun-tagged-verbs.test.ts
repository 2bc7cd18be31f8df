// Stage 3, a reporting verb wink tagged as a noun (src/3-statements/noun-tagged-verbs.ts, through
// cueAt): the verb after a subject and before its complement, the noun where it heads another verb's
// object. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/1-text/index.js';
import { cueAt } from '../../src/3-statements/cues.js';

/** The cue lemma at the first token `word` of the sentence, or null. */
function cueOf(sentence: string, word: string): string | null {
  const layer = readText(sentence);
  const i = layer.tokens.findIndex((t) => t.text === word);
  return cueAt(layer.tokens, i, layer.tokens.length)?.lemma ?? null;
}

describe('reporting verbs tagged as nouns', () => {
  it.each([
    ['a past like its bare form after a named subject, before a bare object', 'Economists at Harrow Capital forecast revenue of $2.4 billion.', 'forecast', 'forecast'],
    ['a past like its bare form after a plural subject, before a bare object', 'Most brokers forecast growth of 3 percent next year.', 'forecast', 'forecast'],
    ['a plural verb after a plural subject, before a clause', 'Local surveys show the ferry is losing riders.', 'show', 'show'],
    ['a verb in -s after an appositive that closes on a name, before a bare clause', 'Rosa Quispe, who farms near Tacna, fears the river will flood again.', 'fears', 'fear'],
    ['a verb in -s after a subject, before "that"', 'The harbour board projects that traffic will double.', 'projects', 'project'],
    ['"plan" after a bare plural subject, before "to" and a verb', 'Dockworkers plan to strike on Thursday.', 'plan', 'plan'],
    ['"vow" after a bare plural subject', 'Unions vow to close the port.', 'vow', 'vow'],
    ['"plan" after a plural in -men', 'Fishermen plan to block the harbour.', 'plan', 'plan'],
    ['"plan" after "Police"', 'Police plan to close the bridge.', 'plan', 'plan'],
    ['a verb in -s after a relative clause closed by a comma, before its object', 'Okafor, who quit the agency in 2019, disputes the audit.', 'disputes', 'dispute'],
    ['"demand" after a plural subject opening the sentence, before a bare object', 'Nurses demand higher pay for night shifts.', 'demand', 'demand'],
    ['"demand" after a plural subject opening a clause, before a bare object', 'The mill closed in May, and workers demand unpaid wages from its owners.', 'demand', 'demand'],
    ['a bare verb after a plural, before a clause whose subject carries a prepositional phrase', 'The ministry says carriers demand price cuts of 10% are needed before the route can reopen.', 'demand', 'demand'],
    ['a verb of fear after a plural, before a clause whose subject carries a prepositional phrase', 'Growers fear prices of cocoa will fall again.', 'fear', 'fear'],
    ['"states" closing the sentence after a comma and a document', 'The tanker leaked oil for three weeks, the indictment states.', 'states', 'state'],
    ['"claims" closing the sentence after a comma and a document with an adjective', 'The mine owners hid the spill, the class-action petition claims.', 'claims', 'claim'],
    ['"say" after a plural subject, before the auxiliary of a relative clause that lost its subject', 'The council ignored a fee its tenants say was never approved.', 'say', 'say'],
    ['"say" after "police", before a modal', 'Divers found a boat police say would have sunk by dawn.', 'say', 'say'],
  ])('%s is a cue', (_name, sentence, word, lemma) => {
    expect(cueOf(sentence, word)).toBe(lemma);
  });

  it.each([
    ['a noun heading the object of a verb that takes no clause', 'The inspection covered bridge projects that the council says are finished.', 'projects'],
    ['a noun compound a verb follows', 'The weather forecast models were wrong.', 'forecast'],
    ['"plan" heading a noun phrase opened by "a"', 'The lender launched a savings plan to help young buyers.', 'plan'],
    ['"plan" heading a noun phrase right after a verb', 'Governor unveils jobs plan to help workers.', 'plan'],
    ['a noun in a compound after a plural that is a verb\'s object', 'The study compared carriers demand forecasts.', 'demand'],
    ['a noun in a compound after a plural, before "for"', 'Rising consumer demand for rice drove prices up.', 'demand'],
    ['a verb of finding after a plural, before a bare noun phrase', 'Early surveys show voters in the north rejecting the plan.', 'show'],
    ['a plural closing an appositive after an adjective', 'The grants went to the south, the poorest states.', 'states'],
    ['a plural closing the sentence with no comma before its noun phrase', 'The tariff rules differ across the member states.', 'states'],
  ])('%s is no cue', (_name, sentence, word) => {
    expect(cueOf(sentence, word)).toBeNull();
  });
});
