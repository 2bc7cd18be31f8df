import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { parseCorpusLine, readSource } from '../../src/corpus/index.js';

const at = { source: 'corpus.jsonl', line: 7 };

describe('parseCorpusLine', () => {
  it('reads {id, text, published, url, title} and ignores other keys', () => {
    const a = parseCorpusLine(JSON.stringify({ id: 'x1', text: 'Lavrov said so.', published: '2023-01-31T08:00:00Z', url: 'https://e.org/x', title: 'T', quotes: [1] }), at);
    expect(a).toEqual({ id: 'x1', text: 'Lavrov said so.', published: '2023-01-31', url: 'https://e.org/x', title: 'T', author: null, source: 'corpus.jsonl:7' });
  });

  it('gives a record without id the id "<source>:<line>"', () => {
    expect(parseCorpusLine('{"text":"Lavrov said so."}', at).id).toBe('corpus.jsonl:7');
  });

  it.each([
    ['/home/ann/data/corpus.jsonl', 'corpus.jsonl:7'],
    ['../data/corpus.jsonl', 'corpus.jsonl:7'],
    ['C:\\news\\corpus.jsonl.gz', 'corpus.jsonl.gz:7'],
    ['stdin', 'stdin:7'],
  ])('derives the id of a record without one from the file name of %s and the line, not the path (issue 22 item 6)', (source, id) => {
    const a = parseCorpusLine('{"text":"Lavrov said so."}', { source, line: 7 });
    expect(a.id).toBe(id);
    expect(a.source).toBe(`${source}:7`);
  });

  it.each([
    ['not JSON', '{"id": ', /corpus\.jsonl:7: not JSON/],
    ['an array', '[1,2]', /expected a JSON object/],
    ['no text', '{"id":"x"}', /has no "text"/],
    ['blank text', '{"id":"x","text":"  "}', /has no "text"/],
  ])('throws InputError with file and line for %s', (_, line, message) => {
    let caught: unknown;
    try {
      parseCorpusLine(line, at);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as InputError).message).toMatch(message);
    expect((caught as InputError).context).toEqual({ file: 'corpus.jsonl', line: 7 });
  });

  it('is what readSource uses for jsonl sources', () => {
    expect(readSource({ name: '', format: 'jsonl', raw: '{"id":"a","text":"t"}', source: 'c.jsonl', line: 2 }).source).toBe('c.jsonl:2');
  });
});
