// Stage 3 (grammar/quotes.ts contentParts, interruptedParts, index.ts): a quotation or a clause a cue
// clause interrupts keeps one content span (what annotators mark) and gives its pieces without the
// cue; RDF's ng:content is the pieces joined by an ellipsis. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/pipeline.js';
import { buildArticle } from '../../../src/build.js';

const statementsOf = (text: string) => analyze({ id: 'p', text, published: '2024-05-06' }, { today: '2024-06-01' }).statements;

describe('content parts', () => {
  it.each([
    ['a cue sentence between two quotations', '“The harbour is safe,” the mayor said. “We checked every pier.”', ['“The harbour is safe,”', '“We checked every pier.”']],
    ['an inverted cue between two quotations', '“It was a good season,” said the coach, “and next year will be better.”', ['“It was a good season,”', '“and next year will be better.”']],
    ['an indirect report its speaker and cue interrupt between commas', 'The pilots, he said, had a fair point.', ['The pilots', 'had a fair point']],
    ['… with an adjunct of the cue before the second comma', 'The ferry, the mayor said on Monday, would sail again.', ['The ferry', 'would sail again']],
    ['… with a quotation later in the second piece', 'The channels, she added, act “like chimneys” for warm water.', ['The channels', 'act “like chimneys” for warm water']],
    ['… with a longer adjunct of the cue', 'The ferry was late, the harbour office said in an update on Monday morning, and no one was hurt.', ['The ferry was late', 'and no one was hurt']],
  ])('splits %s, leaving the cue out', (_name, text, parts) => {
    const [s] = statementsOf(text);
    expect(s!.parts?.map((p) => p.text)).toEqual(parts);
    expect(s!.content.text).toBe(text.replace(/\.$/, ''));
  });

  it('splits an indirect report and the quotation that follows its cue sentence', () => {
    const [s] = statementsOf('A scan had shown a torn tendon, the skipper said. “I did not want to risk the season.”');
    expect(s!.parts?.map((p) => p.text)).toEqual(['A scan had shown a torn tendon', '“I did not want to risk the season.”']);
  });

  it.each([
    ['a cue after the quotation', '“We checked every pier,” the mayor said.'],
    ['an indirect report', 'The mayor said that every pier had been checked.'],
  ])('gives no parts for %s', (_name, text) => {
    expect(statementsOf(text)[0]!.parts).toBeUndefined();
  });

  it('writes the pieces, not the cue, as ng:content', () => {
    const { turtle } = buildArticle({ id: 'p', text: '“The harbour is safe,” the mayor said. “We checked every pier.”', published: '2024-05-06' }, { today: '2024-06-01' });
    expect(turtle).toContain('ng:content "“The harbour is safe,” … “We checked every pier.”"');
  });
});
