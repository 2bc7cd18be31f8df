// Stage 2 (src/2-mentions/entities/government.ts): a country's adjective that bodies.json gives for
// its bodies' names but the gazetteer knows as no demonym ("Philippine"; the demonym is "Filipino"),
// before a body in lower case, names the body's country: the body is "<adjective> <body>".
// Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/1-text/index.js';
import { findEntities } from '../../../src/2-mentions/entities.js';

/** "type:name" of each entity findEntities finds. */
function found(text: string): string[] {
  return findEntities(readText(text)).entities.map((e) => `${e.type}:${e.name}`);
}

describe('a country adjective before a lower-case body', () => {
  it.each([
    ['a coast guard', 'The Philippine coast guard says two trawlers were seen near the shoal.', 'Organization:Philippine Coast Guard'],
    ['a navy', 'On Monday the Philippine navy said a patrol boat had been shadowed.', 'Organization:Philippine Navy'],
  ])('names the body with its country (%s)', (_name, text, body) => {
    expect(found(text)).toContain(body);
  });

  it.each([
    // Guard: with no body after it the adjective is left as the tagger read it.
    ['no body after the adjective (guard)', 'Philippine president Ana Cruz said the talks would resume.', 'Organization:Philippine Coast Guard'],
    ['a nation inside a state has a government of its own', 'The Welsh Government said the ferry grant would continue.', 'Organization:British government'],
  ])('adds no body (%s)', (_name, text, body) => {
    expect(found(text)).not.toContain(body);
  });
});

describe("a country's name inside a body's own name", () => {
  it.each([
    ['a department', 'The Tonga Meteorological Department said the cyclone would weaken.', 'Organization:Tonga Meteorological Department'],
    ['a country tagged apart before it, and a bare body after it', 'The Ghana Health Ministry said cases fell. The Health Ministry also said clinics would reopen.', 'Organization:Ghana Health Ministry'],
    ['a country written short', 'The UK Foreign Office said the embassy was closed.', 'Organization:UK Foreign Office'],
  ])('keeps the name as written (%s)', (_name, text, body) => {
    expect(found(text)).toContain(body);
  });

  it.each([
    // Guard: a country's adjective written before the body stays the adjective, and so does a country's "'s".
    ['an adjective as written (guard)', 'The Tongan Meteorological Department said the cyclone would weaken.', 'Organization:Tongan Meteorological Department'],
    ["a country's \"'s\" (guard)", "Tonga's Health Ministry said clinics would reopen.", 'Organization:Tongan Health Ministry'],
  ])('keeps the adjective (%s)', (_name, text, body) => {
    expect(found(text)).toContain(body);
  });
});
