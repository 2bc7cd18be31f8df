// Test fixture for stages 4–5: hand-made Analysis objects for two invented articles (a fisheries
// quota dispute in a Norwegian harbour town). Offsets are computed from the text, so they are right
// by construction. Not a test file itself (no .test.ts suffix).

import type { Analysis, Entity, Span, TextLayer } from '../../src/types.js';

/** The span of the `nth` (0-based) occurrence of `needle` in `text`; throws when it is missing. */
export function span(text: string, needle: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`fixture: "${needle}" (#${nth}) not in text`);
  }
  return { start: at, end: at + needle.length, text: needle };
}

function textLayer(text: string): TextLayer {
  return { text, paragraphs: [], sentences: [], tokens: [], quotations: [] };
}

function entity(key: string, extra: Partial<Entity> = {}): Entity {
  const [type, name] = key.split('/') as [Entity['type'], string];
  return { key, name, type, aliases: [], roles: [], affiliations: [], ...extra };
}

export const ARTICLE_1_TEXT = [
  'HALDEN — Norway\'s Fisheries Minister Ingrid Dahl said on Tuesday that the quota talks with the European Union would resume in March.',
  '"We are not leaving the table," Dahl told reporters in Halden.',
  'The European Commission said in a statement that Dahl had promised "a fair deal for coastal towns".',
  'On Monday the Coastal Fleet Association blocked the harbour in Halden.',
].join(' ');

/** Article 1: four statements (one nested in another), one event, seven actors. */
export function article1(): Analysis {
  const t = ARTICLE_1_TEXT;
  const sentence = (first: string, last: string): { start: number; end: number } => ({
    start: span(t, first).start,
    end: span(t, last).end,
  });
  return {
    article: { id: 'fish-2024-001', title: 'Quota talks to resume, minister says', url: 'https://news.example/fish/1', published: '2024-02-28' },
    text: textLayer(t),
    mentions: {
      entities: [
        entity('Person/Ingrid Dahl', {
          aliases: ['Dahl', 'Ingrid Dahl', 'the minister'],
          roles: ['Fisheries Minister', 'fisheries minister'],
          affiliations: ['Place/Norway'],
        }),
        entity('Place/Norway', { subtype: 'country', wikidata: 'Q20', aliases: ["Norway's"] }),
        entity('Organization/European Commission', {
          subtype: 'international-organization',
          aliases: ['the Commission'],
          affiliations: ['Organization/European Union'],
          wikidata: 'Q8880',
        }),
        entity('Organization/European Union', { wikidata: 'Q458', subtype: 'international-organization' }),
        entity('Place/Halden', { subtype: 'city', aliases: ['HALDEN'] }),
        entity('Place/Brussels', { subtype: 'city', speaksFor: 'Organization/European Commission' }),
        entity('Organization/Coastal Fleet Association', { subtype: 'association' }),
      ],
      mentions: [],
      dates: [],
      articleDate: '2024-02-28',
      articleDateSource: 'metadata',
      dateline: 'Place/Halden',
    },
    statements: [
      {
        id: 's1',
        content: span(t, 'the quota talks with the European Union would resume in March'),
        speaker: span(t, 'Norway\'s Fisheries Minister Ingrid Dahl'),
        speakerEntity: 'Person/Ingrid Dahl',
        cue: span(t, 'said'),
        cueLemma: 'say',
        form: 'indirect',
        kind: 'speech',
        date: '2024-02-27',
        place: null,
        about: ['Organization/European Union'],
        sentence: sentence('HALDEN', 'resume in March.'),
        parent: null,
        confidence: 0.9,
      },
      {
        id: 's2',
        content: span(t, 'We are not leaving the table,'),
        speaker: span(t, 'Dahl', 1),
        speakerEntity: 'Person/Ingrid Dahl',
        cue: span(t, 'told'),
        cueLemma: 'tell',
        form: 'direct',
        kind: 'speech',
        date: '2024-02',
        place: 'Place/Halden',
        about: [],
        sentence: sentence('"We are', 'in Halden.'),
        parent: null,
        confidence: 0.9,
      },
      {
        id: 's3',
        content: span(t, 'Dahl had promised "a fair deal for coastal towns"'),
        speaker: span(t, 'The European Commission'),
        speakerEntity: 'Organization/European Commission',
        cue: span(t, 'said in a statement'),
        cueLemma: 'in a statement',
        form: 'mixed',
        kind: 'speech',
        date: '2024',
        place: null,
        about: ['Person/Ingrid Dahl'],
        sentence: sentence('The European Commission', 'coastal towns".'),
        parent: null,
        confidence: 0.9,
      },
      {
        id: 's4',
        content: span(t, 'a fair deal for coastal towns'),
        speaker: span(t, 'Dahl', 2),
        speakerEntity: 'Person/Ingrid Dahl',
        cue: span(t, 'promised'),
        cueLemma: 'promise',
        form: 'direct',
        date: '2024-W09',
        place: null,
        about: [],
        sentence: sentence('The European Commission', 'coastal towns".'),
        parent: 's3',
        confidence: 0.42,
      },
    ],
    events: [
      {
        id: 'e1',
        span: span(t, 'the Coastal Fleet Association blocked the harbour in Halden'),
        verb: span(t, 'blocked'),
        verbLemma: 'block',
        actor: 'Organization/Coastal Fleet Association',
        participants: [],
        date: '2024-02-26',
        place: 'Place/Halden',
      },
    ],
    warnings: [],
  };
}

export const ARTICLE_2_TEXT =
  'Ingrid Dahl, the Norwegian minister for fisheries, met harbour workers in Tromsø on Friday. "The boats will sail," she said.';

/**
 * Article 2: mentions the same person (same key, other alias and role) and a place with a
 * non-ASCII name; its entity list omits Norway, which is only referred to by key.
 */
export function article2(): Analysis {
  const t = ARTICLE_2_TEXT;
  return {
    article: { id: 'fish-2024-002', title: null, url: null, published: null },
    text: textLayer(t),
    mentions: {
      entities: [
        entity('Person/Ingrid Dahl', {
          aliases: ['she'],
          roles: ['Norwegian minister for fisheries'],
          affiliations: ['Place/Norway'],
        }),
        entity('Place/Tromsø', { subtype: 'city' }),
      ],
      mentions: [],
      dates: [],
      articleDate: null,
      articleDateSource: 'none',
      dateline: null,
    },
    statements: [
      {
        id: 's1',
        content: span(t, 'The boats will sail,'),
        speaker: span(t, 'she'),
        speakerEntity: 'Person/Ingrid Dahl',
        cue: span(t, 'said'),
        cueLemma: 'say',
        form: 'direct',
        kind: 'speech',
        date: null,
        place: 'Place/Tromsø',
        about: [],
        sentence: { start: span(t, '"The boats').start, end: t.length },
        parent: null,
        confidence: 0.9,
      },
    ],
    events: [
      {
        id: 'e1',
        span: span(t, 'Ingrid Dahl, the Norwegian minister for fisheries, met harbour workers in Tromsø'),
        verb: span(t, 'met'),
        verbLemma: 'meet',
        actor: 'Person/Ingrid Dahl',
        participants: ['Organization/Harbour Workers'],
        date: null,
        place: 'Place/Tromsø',
      },
    ],
    warnings: [],
  };
}

/** An article whose statement content needs escaping: quote marks, a backslash, a newline, a tab, an emoji. */
export function trickyArticle(): Analysis {
  const content = 'He wrote "C:\\boats\\" and\nthen\tleft 🐟🚢';
  const t = `The skipper said: ${content}`;
  const base = article2();
  return {
    ...base,
    article: { id: 'tricky 1', title: 'Title with "quotes" and \\ backslash', url: null, published: '2024-13-01' },
    text: textLayer(t),
    statements: [
      {
        ...base.statements[0]!,
        content: span(t, content),
        speaker: span(t, 'The skipper'),
        speakerEntity: null,
        cue: span(t, 'said'),
        place: null,
        sentence: { start: 0, end: t.length },
      },
    ],
    events: [],
  };
}
