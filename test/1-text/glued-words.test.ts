// Stage 1: a clock time or a function word written against a name with no space ("9PMMaria Lopez",
// "aboutHelmut Kohl") is read as two words at exact offsets, and stage 2 keeps the name apart from it.

import { describe, expect, it } from 'vitest';
import { readText } from '../../src/1-text/index.js';
import { gluedCut } from '../../src/1-text/glued-words.js';
import { findEntities } from '../../src/2-mentions/entities.js';

describe('gluedCut', () => {
  it.each([
    ['aboutHelmut', 5],
    ['withMaria', 4],
    ['theSenate', 3],
    ['7PMGordon', 3],
    ['11amRosa', 4],
  ])('cuts %s before its capital', (word, at) => {
    expect(gluedCut(word)).toBe(at);
  });

  it.each([['iPhone'], ['eBay'], ['McCain'], ['YouTube'], ['plainword'], ['2016'], ['7PM'], ['aboutUSA'], ['grandMaria'], ['12kgBag']])(
    'leaves %s whole',
    (word) => {
      expect(gluedCut(word)).toBe(-1);
    },
  );
});

describe('glued words in an article', () => {
  it.each([
    ['Readers kept asking aboutHelmut Kohl and his legacy.', 'about', 'Helmut'],
    ['The mayor spoke withMaria Lopez on Friday.', 'with', 'Maria'],
  ])('reads %s as two words with their own offsets', (text, head, tail) => {
    const tokens = readText(text).tokens;
    const h = tokens.find((t) => t.text === head);
    const n = tokens.find((t) => t.text === tail);
    expect(h && text.slice(h.start, h.end)).toBe(head);
    expect(n && text.slice(n.start, n.end)).toBe(tail);
    expect(n!.start).toBe(h!.end);
    expect(n!.pos).toBe('PROPN');
  });

  it.each([
    ['Live coverage, March 3, 2021 10:35PMGordon Ashby Says He Will Run\nAshby thanked his volunteers.', 'Gordon Ashby'],
    ['Live coverage, March 3, 2021 4PMTeodora Vance Says She Will Wait\nVance spoke briefly.', 'Teodora Vance'],
    ['Readers kept asking aboutHelmut Kohl and his legacy.', 'Helmut Kohl'],
  ])('keeps the name apart from what is glued before it: %s', (text, name) => {
    const names = findEntities(readText(text)).mentions.map((m) => text.slice(m.start, m.end));
    expect(names).toContain(name);
    expect(names.some((n) => n !== name && n.endsWith(name))).toBe(false);
  });
});
