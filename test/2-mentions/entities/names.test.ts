// Stage 2 (src/2-mentions/entities/names.ts), one name one type within an article: repeated names
// take their majority type, except a name the article once gives a form of address ("Mr. Vance"),
// which is a person's whatever the tagger voted; a full name typed otherwise joins the one person
// with its first and last word; a lone surname is read as the surname of a full name before the
// first word of another. Candidates given by hand; sentences written for this test.
import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/1-text/index.js';
import { cand } from '../../../src/2-mentions/entities/candidate.js';
import { resolveNames } from '../../../src/2-mentions/entities/names.js';
import type { GazEntry } from '../../../src/2-mentions/entities/gazetteer-index.js';
import type { EntityType } from '../../../src/types.js';

/** Types after resolveNames of the candidates at each occurrence of `name`, typed as given in order. */
function typesAfter(text: string, name: string, types: EntityType[]): EntityType[] {
  const layer = readText(text);
  const at = layer.tokens.flatMap((t, i) => (t.text === name ? [i] : []));
  const cands = at.map((i, k) => cand(i, i + 1, types[k]!, 'name', undefined));
  resolveNames(layer, cands);
  return cands.map((c) => c.type);
}

describe('resolveNames: one type per name', () => {
  it.each([
    ['the majority type, with no form of address', 'Vance spoke first. Vance left early. Vance came back.', ['Organization', 'Organization', 'Person'], ['Organization', 'Organization', 'Organization']],
    ['a person, once the article says "Mr."', 'Mr. Vance spoke first. Vance left early. Vance came back.', ['Organization', 'Organization', 'Person'], ['Person', 'Person', 'Person']],
    ['a person, once the article says "Ms.", even when every vote says organisation', 'The museum opened. Ms. Vance spoke first. Vance left early.', ['Organization', 'Organization'], ['Person', 'Person']],
  ] as [string, string, EntityType[], EntityType[]][])('gives %s', (_name, text, types, expected) => {
    expect(typesAfter(text, 'Vance', types)).toEqual(expected);
  });
});

describe('resolveNames: a full name typed otherwise', () => {
  /** The type and name of the candidate over `surface`, after resolveNames, with the candidates typed as given. */
  function resolved(text: string, typed: [string, EntityType][], surface: string): [EntityType, string] {
    const layer = readText(text);
    const cands = typed.map(([words, type]) => {
      const at = text.indexOf(words);
      const from = layer.tokens.findIndex((t) => t.start === at);
      const to = layer.tokens.findIndex((t) => t.end === at + words.length) + 1;
      return cand(from, to, type, 'name', undefined);
    });
    resolveNames(layer, cands);
    const c = cands[typed.findIndex(([w]) => w === surface)]!;
    return [c.type, c.name];
  }

  it.each([
    ['a place in a headline, beside the one person of that first and last name', 'A lesson from Dorrit Vasquez: listen.\n\nAs a young lawyer, Dorrit K. Vasquez said she was asked to speak.', [['Dorrit Vasquez', 'Place'], ['Dorrit K. Vasquez', 'Person']], 'Dorrit Vasquez', ['Person', 'Dorrit K. Vasquez']],
    ['an organisation with no person of that first and last name', 'Dorrit Vasquez Holdings bought the mill. Ana K. Vasquez said so.', [['Dorrit Vasquez Holdings', 'Organization'], ['Ana K. Vasquez', 'Person']], 'Dorrit Vasquez Holdings', ['Organization', 'Dorrit Vasquez Holdings']],
    ['a lone surname, beside a full name it ends and a headline name it opens', 'Quillen said the count was close.\n\nQuillen Hosting Recount\n\nMayor Marta Quillen spoke later.', [['Quillen', 'Person'], ['Quillen Hosting Recount', 'Person'], ['Marta Quillen', 'Person']], 'Quillen', ['Person', 'Marta Quillen']],
  ] as [string, string, [string, EntityType][], string, [EntityType, string]][])('%s', (_name, text, typed, surface, expected) => {
    expect(resolved(text, typed, surface)).toEqual(expected);
  });
});

describe('resolveNames: a short name given with "known as" after an organisation', () => {
  /** The key of each candidate after resolveNames, with the candidates typed as given (each phrase's first occurrence, or its later ones by index). */
  function keys(text: string, typed: [string, EntityType, number?][]): (string | undefined)[] {
    const layer = readText(text);
    const cands = typed.map(([words, type, nth]) => {
      let at = text.indexOf(words);
      for (let n = 0; n < (nth ?? 0); n++) at = text.indexOf(words, at + 1);
      const from = layer.tokens.findIndex((t) => t.start === at);
      const to = layer.tokens.findIndex((t) => t.end === at + words.length) + 1;
      return cand(from, to, type, 'name', undefined);
    });
    resolveNames(layer, cands);
    return cands.map((c) => c.key);
  }

  it.each([
    ['after a comma', 'The Coastal Restoration Trust, known as Corta, bought the marsh. Corta said the birds returned.', [['Coastal Restoration Trust', 'Organization'], ['Corta', 'Person'], ['Corta', 'Person', 1]], ['Organization/Coastal Restoration Trust', 'Organization/Coastal Restoration Trust', 'Organization/Coastal Restoration Trust']],
    ['in brackets, with "also"', 'The Harbour Pilots Guild (also known as Hapig) met.', [['Harbour Pilots Guild', 'Organization'], ['Hapig', 'Person']], ['Organization/Harbour Pilots Guild', 'Organization/Harbour Pilots Guild']],
    // (Guard: after a person the short name stays its own.)
    ['not after a person', 'Ana Lopez, known as Nana, sang.', [['Ana Lopez', 'Person'], ['Nana', 'Person']], [undefined, undefined]],
  ] as [string, string, [string, EntityType, number?][], (string | undefined)[]][])('%s', (_name, text, typed, expected) => {
    expect(keys(text, typed)).toEqual(expected);
  });
});

describe('resolveNames: a capitalised head word alone after a known body', () => {
  /** The name of the lone head word's candidate after resolveNames, the body a gazetteer entry under a short canonical name. */
  function headName(text: string, body: string, canonical: string, head: string): string {
    const layer = readText(text);
    const at = text.indexOf(body);
    const from = layer.tokens.findIndex((t) => t.start === at);
    const to = layer.tokens.findIndex((t) => t.end === at + body.length) + 1;
    const gaz = { kind: 'org', type: 'Organization', name: canonical } as unknown as GazEntry;
    const lone = layer.tokens.findIndex((t, i) => i >= to && t.text === head);
    const cands = [cand(from, to, 'Organization', 'name', gaz), cand(lone, lone + 1, 'Organization', 'name', undefined)];
    resolveNames(layer, cands);
    return cands[1]!.name;
  }

  it.each([
    ['"the Bank" after a bank known by its acronym', 'The Caribbean Harbour Bank said it would lend. Rates will rise, the Bank said.', 'Caribbean Harbour Bank', 'CHB', 'Bank', 'CHB'],
    ['"the Agency" after an agency known by its acronym', 'The Nordic Seabed Agency mapped the ridge. The Agency will publish the map.', 'Nordic Seabed Agency', 'NSA', 'Agency', 'NSA'],
  ])('%s', (_name, text, body, canonical, head, expected) => {
    expect(headName(text, body, canonical, head)).toBe(expected);
  });
});

/** The candidates after resolveNames, typed as given: each phrase at its next occurrence in `text`. */
function resolvedCandidates(text: string, typed: [string, EntityType][]) {
  const layer = readText(text);
  let at = 0;
  const cands = typed.map(([words, type]) => {
    const start = text.indexOf(words, at);
    at = start + words.length;
    const from = layer.tokens.findIndex((t) => t.start === start);
    const to = layer.tokens.findIndex((t) => t.end === at) + 1;
    return cand(from, to, type, 'name', undefined);
  });
  resolveNames(layer, cands);
  return cands;
}

describe('resolveNames: a person whose given name the tagger does not know, typed an organisation', () => {
  /** The type of the candidate over the first `surface` after resolveNames. */
  function typeOf(text: string, typed: [string, EntityType][], surface: string): EntityType {
    return resolvedCandidates(text, typed)[typed.findIndex(([w]) => w === surface)]!.type;
  }

  it.each([
    ['a form of address before the surname elsewhere', 'Nurgul Bekova plans to stay in the city until May, Ms Bekova said.', [['Nurgul Bekova', 'Organization'], ['Bekova', 'Person']], 'Person'],
    ['the surname alone typed a person elsewhere', 'Nurgul Bekova plans to stay. Bekova, 54, said the talks were over.', [['Nurgul Bekova', 'Organization'], ['Bekova', 'Person']], 'Person'],
    ['"She" opening the next sentence', 'Nurgul Bekova plans to stay until May. She said the talks were over.', [['Nurgul Bekova', 'Organization']], 'Person'],
    ['kept: an organisation\'s word closes the name', 'Tarvo Bekova Holdings plans to expand. He said so.', [['Bekova Holdings', 'Organization']], 'Organization'],
    ['kept: a capitalised word goes on after the name', 'Nurgul Bekova Industries plans to expand. Ms Bekova said so.', [['Nurgul Bekova', 'Organization'], ['Bekova', 'Person']], 'Organization'],
    ['kept: another language\'s word for a body opens it', 'Institut Valcour plans to expand. Valcour, 54, said so.', [['Institut Valcour', 'Organization'], ['Valcour', 'Person']], 'Organization'],
    ['kept: another person named in its sentence', 'Nurgul Bekova hired Ana Ruiz. She said the deal was done.', [['Nurgul Bekova', 'Organization'], ['Ana Ruiz', 'Person']], 'Organization'],
  ] as [string, string, [string, EntityType][], EntityType][])('%s', (_name, text, typed, expected) => {
    expect(typeOf(text, typed, typed[0]![0])).toBe(expected);
  });
});

describe('resolveNames: an organisation named by an acronym and one word, called by the word alone', () => {
  /** The type and name of the candidate at the `nth` occurrence of `surface`, with the candidates typed as given. */
  function resolved(text: string, typed: [string, EntityType][], nth: number): [EntityType, string] {
    const c = resolvedCandidates(text, typed)[nth]!;
    return [c.type, c.name];
  }

  it.each([
    ['the word alone typed a person is the organisation', 'Shipper KT Valmoren said profit rose. Valmoren said it would hire.', [['KT Valmoren', 'Organization'], ['Valmoren', 'Person']], 1, ['Organization', 'KT Valmoren']],
    ['kept: a person\'s fuller name ends in the word', 'KT Valmoren hired Ana Valmoren. Valmoren said so.', [['KT Valmoren', 'Organization'], ['Ana Valmoren', 'Person'], ['Valmoren', 'Person']], 2, ['Person', 'Ana Valmoren']],
    ['kept: the word alone typed an organisation names another company', 'Its forerunner, KT Valmoren, was sold. Valmoren cut jobs.', [['KT Valmoren', 'Organization'], ['Valmoren', 'Organization']], 1, ['Organization', 'Valmoren']],
  ] as [string, string, [string, EntityType][], number, [EntityType, string]][])('%s', (_name, text, typed, nth, expected) => {
    expect(resolved(text, typed, nth)).toEqual(expected);
  });
});
