// Stage 3 grammar: the shape of a content span read from its tokens (src/3-statements/grammar/
// content-shape.ts) — a quotation, a clause, an infinitive or a phrase. The kind rules read a
// phrase after a verb of speaking as a topic. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/1-text/index.js';
import { contentShape } from '../../../src/3-statements/grammar/content-shape.js';

function shapeOf(sentence: string, content: string): string {
  const start = sentence.indexOf(content);
  if (start < 0) throw new Error(`"${content}" is not in "${sentence}"`);
  return contentShape(readText(sentence), start, start + content.length);
}

describe('content shape', () => {
  it.each([
    ['a quotation', 'The skipper said “we are turning back now.”', '“we are turning back now.”', 'quotation'],
    ['a that-clause', 'The skipper said that the nets were torn.', 'that the nets were torn', 'clause'],
    ['a wh-clause', 'The skipper asked whether the nets were torn.', 'whether the nets were torn', 'clause'],
    ['a bare clause', 'The skipper said the nets were torn.', 'the nets were torn', 'clause'],
    ['a clause whose subject has a prepositional phrase', 'The skipper said boats in the northern harbour will stay in port.', 'boats in the northern harbour will stay in port', 'clause'],
    ['an infinitive', 'The skipper promised to mend the nets.', 'to mend the nets', 'infinitive'],
    ['a noun phrase', 'The skipper discussed the price of diesel.', 'the price of diesel', 'phrase'],
    ['a noun phrase with a relative clause', 'The skipper cited a report that was published in May.', 'a report that was published in May', 'phrase'],
    ['a demonstrative "that" opening a noun phrase', 'The skipper repeated that claim to the crew.', 'that claim to the crew', 'phrase'],
    ['a gerund phrase', 'The co-op began selling fish at the pier.', 'selling fish at the pier', 'phrase'],
    ['an object and an infinitive', 'The skipper told the crew to mend the nets.', 'the crew to mend the nets', 'phrase'],
    ['an object pronoun and an infinitive, with a clause after it', 'The permits that would allow them to land the catch in May were not ready, the skipper said.', 'them to land the catch in May were not ready', 'phrase'],
    ['a noun phrase with a subordinate clause after it', 'The skipper cited safety rules while the storm passed.', 'safety rules while the storm passed', 'phrase'],
    ['a gerund phrase with a subordinate clause after it', 'The co-op began selling fish after the ban was lifted.', 'selling fish after the ban was lifted', 'phrase'],
    ['a clause whose subject\'s relative clause ends in its verb', 'The skipper said crews who voted had backed a strike.', 'crews who voted had backed a strike', 'clause'],
    ['a noun phrase whose relative clause ends in its verb', 'The skipper praised crews who voted.', 'crews who voted', 'phrase'],
    ['a clause with a subordinate clause after it', 'The skipper said the boats stayed in port because the storm was close.', 'the boats stayed in port because the storm was close', 'clause'],
    ['a that-clause whose subject has an age set off by commas', 'Prosecutors allege that Tom Reyes, 54, used the harbour fund for holidays.', 'that Tom Reyes, 54, used the harbour fund for holidays', 'clause'],
    ['a that-clause whose subject has a participle appositive', 'The skipper said that the memo, sent to the crew, was a forgery.', 'that the memo, sent to the crew, was a forgery', 'clause'],
    ['a noun phrase with a participle appositive', 'The skipper cited the memo, sent to the crew in May.', 'the memo, sent to the crew in May', 'phrase'],
  ])('%s', (_name, sentence, content, shape) => {
    expect(shapeOf(sentence, content)).toBe(shape);
  });
});
