import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { normaliseDate, readTextArticle } from '../../src/corpus/index.js';

describe('readTextArticle', () => {
  it('reads front matter and leaves it out of the text', () => {
    const a = readTextArticle('---\ntitle: "Talks in Geneva"\ndate: 2023-01-31\nurl: https://example.org/a\nauthor: Jane Doe\n---\nMOSCOW — Lavrov said talks were over.\n', { id: 'a' });
    expect(a).toMatchObject({ id: 'a', title: 'Talks in Geneva', published: '2023-01-31', url: 'https://example.org/a', author: 'Jane Doe', source: 'a' });
    expect(a.text).toBe('MOSCOW — Lavrov said talks were over.\n');
  });

  it('reads header lines at the top, blank lines between them allowed', () => {
    const a = readTextArticle('Title: Talks in Geneva\nDate: January 31, 2023\n\nBy Jane Doe and John Roe, Reuters\nURL: https://example.org/a\n\nLavrov said talks were over.', { id: 'a' });
    expect(a).toMatchObject({ title: 'Talks in Geneva', published: '2023-01-31', url: 'https://example.org/a', author: 'Jane Doe and John Roe' });
    expect(a.text).toBe('Lavrov said talks were over.');
  });

  it.each([
    ['a sentence that starts with "By"', 'By the end of the year, Lavrov said, talks would be over.'],
    ['a place before a colon', 'Moscow: Lavrov said talks were over.'],
    ['a "Source:" line that is not a URL', 'Source: Reuters said talks were over.'],
  ])('keeps %s in the text', (_, text) => {
    const a = readTextArticle(text, { id: 'a' });
    expect(a.text).toBe(text);
    expect(a.author).toBeNull();
  });

  it('stops at the first line that is not a header', () => {
    const a = readTextArticle('Title: T\nLavrov said: "Date: tomorrow."\nBy Jane Doe', { id: 'a' });
    expect(a.title).toBe('T');
    expect(a.author).toBeNull();
    expect(a.text).toBe('Lavrov said: "Date: tomorrow."\nBy Jane Doe');
  });

  it('turns Markdown into plain paragraphs, the first "# heading" into the title', () => {
    const md = '# Talks *end* in Geneva\n\nBy Jane Doe\n\n**Lavrov** said the [talks](https://x.org) were _over_.\n\n```\ncode\n```\n> "We are done," he said.\n';
    const a = readTextArticle(md, { id: 'a', markdown: true });
    expect(a.title).toBe('Talks end in Geneva');
    expect(a.author).toBe('Jane Doe');
    expect(a.text).toBe('Lavrov said the talks were over.\n\n"We are done," he said.\n');
  });

  it('normalises Windows line ends and drops a byte-order mark', () => {
    const a = readTextArticle('\ufeffTitle: T\r\n\r\nLavrov said so.\r\n', { id: 'a' });
    expect(a.title).toBe('T');
    expect(a.text).toBe('Lavrov said so.\n');
  });

  it('throws InputError naming the source when only metadata is left', () => {
    expect(() => readTextArticle('---\ntitle: T\n---\n\n', { id: 'a', source: 'dir/a.txt' })).toThrow(InputError);
    expect(() => readTextArticle('Title: T\n', { id: 'a', source: 'dir/a.txt' })).toThrow(/dir\/a\.txt/);
  });
});

describe('normaliseDate', () => {
  it.each([
    ['2023-01-31', '2023-01-31'],
    ['2023-01-31T10:00:00Z', '2023-01-31'],
    ['2023/01/31', '2023-01-31'],
    ['January 31, 2023', '2023-01-31'],
    ['Tue, Jan 31 2023', '2023-01-31'],
    ['31 January 2023', '2023-01-31'],
    ['31st Jan. 2023', '2023-01-31'],
    ['2023-02-30', null],
    ['yesterday', null],
    ['', null],
  ])('%s → %s', (input, expected) => {
    expect(normaliseDate(input)).toBe(expected);
  });
});
