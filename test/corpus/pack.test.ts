// packChunks (src/corpus/merge.ts) encodes every article's fields through one reused scratch array:
// each result must still own an array of exactly its bytes (a build worker transfers its buffer),
// and read back as the UTF-8 of what was given, whatever the characters.

import { describe, expect, it } from 'vitest';
import { packChunks, STORED_FIELDS, unpackField, type ArticleChunks, type StoredField } from '../../src/corpus/index.js';

const COUNTS: ArticleChunks['counts'] = { statements: 0, nested: 0, events: 0, quotations: 0, attributed: 0, localTriples: 0, triples: 0, warnings: [] };

function chunks(id: string, text: (field: string) => string): ArticleChunks {
  const fields = Object.fromEntries(STORED_FIELDS.map((f) => [f, text(f)])) as Record<StoredField, string>;
  return { id, iri: `https://w3id.org/newsgraph/id/article/${id}`, source: 's.jsonl:1', author: null, counts: COUNTS, ...fields };
}

describe('packChunks', () => {
  it('packs each field as its UTF-8 bytes, non-Latin-1 characters, emoji and lone surrogates included', () => {
    const text = (f: string) => (f === 'turtle' ? '' : `${f}: \u201cquoted\u201d caf\u00e9 \ud83d\ude00 lone \ud800 end\n`);
    const p = packChunks(chunks('a1', text));
    for (const [i, f] of STORED_FIELDS.entries()) {
      expect(p.lengths[i]).toBe(Buffer.byteLength(text(f), 'utf8'));
      expect(unpackField(p.packed, p.lengths, f)).toBe(Buffer.from(text(f), 'utf8').toString('utf8'));
    }
  });

  it('gives each article an array of its own, exactly its bytes, untouched by the next packing', () => {
    const first = packChunks(chunks('a1', (f) => `${f} of the first article\n`.repeat(50)));
    const before = Buffer.from(first.packed).toString('base64');
    const second = packChunks(chunks('a2', (f) => `${f} \u2014 the second\n`.repeat(80)));
    expect(first.packed.buffer.byteLength).toBe(first.packed.byteLength);
    expect(second.packed.buffer.byteLength).toBe(second.packed.byteLength);
    expect(first.packed.buffer).not.toBe(second.packed.buffer);
    expect(Buffer.from(first.packed).toString('base64')).toBe(before);
  });
});
