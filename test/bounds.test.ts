// Issue 22 item 7: the statements of an article hold a bounded amount of content whatever the text
// (chained "according to", long unpunctuated paragraphs, unbalanced quotation marks), so its Turtle
// grows linearly; over the budget the longest contents are cut, with a warning.

import { describe, expect, it } from 'vitest';
import { boundStatements } from '../src/bounds.js';
import { buildArticle } from '../src/build.js';
import type { MentionLayer, Statement } from '../src/types.js';

const NO_MENTIONS: MentionLayer = { entities: [], mentions: [], dates: [], articleDate: null, articleDateSource: 'none', dateline: null };

function statement(id: string, text: string, start: number, end: number, about: string[] = []): Statement {
  return {
    id, content: { start, end, text: text.slice(start, end) }, speaker: null, speakerEntity: null, cue: null, cueLemma: null, form: 'indirect',
    date: null, place: null, about, sentence: { start: 0, end: text.length }, parent: null, confidence: 0.9,
  };
}

describe('boundStatements', () => {
  it('leaves statements alone while their contents fit the budget', () => {
    const text = 'Berg said the talks would resume. Lund said so too.';
    const s = [statement('s1', text, 10, 33), statement('s2', text, 43, 51)];
    expect(boundStatements('a', text, s, NO_MENTIONS)).toEqual({ statements: s, warning: null });
  });

  it('cuts the longest contents to one cap so the total fits, keeping short ones whole, and warns', () => {
    const text = 'word '.repeat(2000);
    const s = [statement('s1', text, 0, 10), ...Array.from({ length: 50 }, (_, i) => statement(`s${i + 2}`, text, i * 5, text.length))];
    const { statements, warning } = boundStatements('a', text, s, NO_MENTIONS, { perChar: 1, floor: 0 });
    expect(statements[0]).toBe(s[0]);
    const total = statements.reduce((n, x) => n + x.content.end - x.content.start, 0);
    expect(total).toBeLessThanOrEqual(text.length);
    for (const x of statements) expect(x.content.text).toBe(text.slice(x.content.start, x.content.end));
    expect(warning).toMatch(/^a: 50 statements had contents totalling 0\.\d MB of text, over the budget of 0\.0 MB for this article; each content was cut to \d+ characters\./);
  });

  it('keeps in `about` only the entities still named in a cut content', () => {
    const text = `Berg ${'x '.repeat(100)}Lund`;
    const mentions: MentionLayer = {
      ...NO_MENTIONS,
      mentions: [
        { start: 0, end: 4, text: 'Berg', kind: 'name', entity: 'Person/Anna Berg' },
        { start: text.length - 4, end: text.length, text: 'Lund', kind: 'name', entity: 'Person/Olav Lund' },
      ] as MentionLayer['mentions'],
    };
    const s = [statement('s1', text, 0, text.length, ['Person/Anna Berg', 'Person/Olav Lund'])];
    const { statements } = boundStatements('a', text, s, mentions, { perChar: 0.5, floor: 0 });
    expect(statements[0]!.about).toEqual(['Person/Anna Berg']);
  });
});

describe('an article of chained reports', () => {
  it.each([
    ['"according to Berg," x 1,000 (19 KB; was 13 MB of Turtle)', 'according to Berg, '.repeat(1000)],
    ['unbalanced quotation marks (32 KB; was 15 MB of Turtle)', 'Berg said "yes, '.repeat(2000)],
  ])('%s gives Turtle linear in its size, with a warning', (_what, text) => {
    const built = buildArticle({ id: 'chain', text }, { today: '2024-01-01' });
    expect(built.turtle.length).toBeLessThan(150 * text.length);
    expect(built.analysis.warnings.some((w) => /over the budget/.test(w))).toBe(true);
  }, 120_000);
});
