// Tests for src/corpus/input-kind.ts: what build refuses (URLs, PDF, RDF graphs, graphology and
// other JSON, binary files) with one line saying what to do, and what it reads as articles.

import { describe, expect, it } from 'vitest';
import { inputKind } from '../../src/corpus/input-kind.js';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('inputKind', () => {
  it.each([
    ['https://news.example/story', null, 'url', /does not fetch URLs/],
    ['www.example.org/a.html', null, 'url', /does not fetch URLs/],
    ['report.pdf', bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'pdf', /is a PDF.*pdftotext/],
    ['scan.dat', bytes('%PDF-1.4\n'), 'pdf', /is a PDF/],
    ['graph.ttl', bytes('@prefix ng: <https://w3id.org/newsgraph/ns#> .\n'), 'rdf', /RDF graph.*newsgraph query --sparql '…' "graph.ttl"/],
    ['graph.txt', bytes('@prefix ng: <https://w3id.org/newsgraph/ns#> .\n'), 'rdf', /RDF graph/],
    ['corpus.nq', bytes('<https://a/x> <https://a/p> "o" <https://a/g> .\n'), 'rdf', /RDF graph/],
    ['dump', bytes('<https://a/x> <https://a/p> <https://a/o> .\n'), 'rdf', /RDF graph/],
    ['graph.json', bytes('{"attributes":{},"edges":[\n'), 'graph-json', /graphology JSON.*newsgraph view "graph.json"/],
    ['records.json', bytes('[{"id":"a","text":"x"}]'), 'json', /JSON Lines \(\.jsonl\)/],
    ['photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), 'binary', /binary file/],
    ['archive.zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), 'binary', /binary file/],
    ['nul.txt', bytes('text\u0000more'), 'binary', /binary file/],
  ])('should refuse %s as %s, in one line', (name, head, what, message) => {
    const k = inputKind(name, head);
    expect(k).toMatchObject({ kind: 'refused', what });
    if (k.kind === 'refused') {
      expect(k.message).toMatch(message);
      expect(k.message).not.toContain('\n');
    }
  });

  it.each([
    ['story.txt', bytes('MOSCOW — The minister said on Monday that talks would resume.')],
    ['page.html', bytes('<!doctype html><html><head><title>News</title>')],
    ['notes.md', bytes('---\ntitle: A story\n---\nThe mayor said…')],
    ['utf16.txt', new Uint8Array([0xff, 0xfe, 0x54, 0x00, 0x68, 0x00])],
    ['quote-first.txt', bytes('"We will not leave," the minister said.')],
    ['brace.txt', bytes('{Editor note} The mayor said the bridge would open.')],
    ['nonexistent-arg', null],
  ])('should read %s as an article', (name, head) => {
    expect(inputKind(name, head)).toEqual({ kind: 'article' });
  });
});
