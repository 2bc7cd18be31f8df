// A corpus build must give an article the same graph whatever was read before it in the same
// thread (that is what makes the output independent of --jobs and input order).

import { describe, expect, it } from 'vitest';
import { readText } from '../../src/1-text/index.js';
import { buildArticleChunks } from '../../src/corpus/index.js';
import { sampleArticles, TODAY } from './_fixture.js';

describe('independence from the articles read before', () => {
  it('tokenises "Trump\'s" the same after another article ended a sentence with it', () => {
    // wink-nlp learns "Trump's" as a word from "…was Trump's." and would then stop splitting it.
    const text = "He mocked Trump's RT appearance, he said.";
    const before = readText(text).tokens.map((t) => t.text);
    readText("The plan was Trump's. So was the Clinton's.");
    expect(readText(text).tokens.map((t) => t.text)).toEqual(before);
    expect(before).toContain("'s");
  });

  it('builds the same chunks for an article before and after the rest of a corpus', () => {
    const [first, ...rest] = sampleArticles(8);
    const once = buildArticleChunks(first!, { today: TODAY });
    for (const a of rest) buildArticleChunks(a, { today: TODAY });
    expect(buildArticleChunks(first!, { today: TODAY })).toEqual(once);
  });
});
