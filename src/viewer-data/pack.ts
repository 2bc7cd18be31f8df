// A compact form of the actor network for the exported page (`export --format html`): statements as
// rows of values instead of objects, actors and articles by index instead of IRI, statement ids
// relative to their article, sentences and contents left out where the article text gives them back,
// and edges left out (they are the statements' speaker → about pairs). unpackNetwork restores the
// network exactly. Pure and browser-safe: the CLI packs, the page unpacks.

import { InvalidArgumentError } from '../errors.js';
import { ACTOR_NETWORK_FORMAT, edgesOf, type ActorNetwork, type ViewerStatement } from './network.js';

/** The statement fields of a packed row, in order. */
export const PACKED_COLUMNS = [
  'id',
  'speaker',
  'speakerText',
  'about',
  'content',
  'cue',
  'form',
  'date',
  'place',
  'sentence',
  'contentSpan',
  'sentenceSpan',
  'kind',
  'confidence',
  'article',
  'nestedIn',
  'negated',
] as const;

/** A packed network: actors and articles as in ActorNetwork, statements as rows (PACKED_COLUMNS). */
export type PackedNetwork = {
  format: typeof ACTOR_NETWORK_FORMAT;
  version: 1;
  packed: 1;
  laidOut?: boolean;
  actors: ActorNetwork['actors'];
  articles: ActorNetwork['articles'];
  columns: readonly string[];
  statements: unknown[][];
};

/** Marks a sentence or content that the article text gives back (see pack). */
const FROM_TEXT = 0;

/** Packs a network (see the file header); unpackNetwork(packNetwork(net)) equals net. */
export function packNetwork(net: ActorNetwork): PackedNetwork {
  const actorIndex = new Map(net.actors.map((a, i) => [a.id, i]));
  const articleIndex = new Map(net.articles.map((a, i) => [a.id, i]));
  const texts = new Map(net.articles.map((a) => [a.id, a.text]));
  const actor = (id: string | null): number => (id === null ? -1 : (actorIndex.get(id) ?? -1));
  const rows = net.statements.map((s) => {
    const text = s.article ? texts.get(s.article) : undefined;
    const sentenceFromText = text !== undefined && s.sentenceSpan && s.sentence !== null && text.slice(...s.sentenceSpan) === s.sentence;
    const contentFromText = sentenceFromText && s.contentSpan && s.sentence!.slice(...s.contentSpan) === s.content;
    return [
      local(s.id, s.article),
      actor(s.speaker),
      s.speakerText,
      s.about.map((a) => actor(a)),
      contentFromText ? FROM_TEXT : s.content,
      s.cue,
      s.form,
      s.date,
      actor(s.place),
      sentenceFromText ? FROM_TEXT : s.sentence,
      s.contentSpan ?? null,
      s.sentenceSpan ?? null,
      s.kind ?? null,
      s.confidence ?? null,
      s.article === null ? -1 : (articleIndex.get(s.article) ?? s.article),
      s.nestedIn === null ? null : local(s.nestedIn, s.article),
      s.negated ? 1 : 0,
    ];
  });
  return {
    format: ACTOR_NETWORK_FORMAT,
    version: 1,
    packed: 1,
    ...(net.laidOut ? { laidOut: true } : {}),
    actors: net.actors,
    articles: net.articles,
    columns: PACKED_COLUMNS,
    statements: rows,
  };
}

// A statement IRI under its article's IRI is kept as the rest ("/statement/q1").
function local(id: string, article: string | null): string {
  return article !== null && id.startsWith(`${article}/`) ? id.slice(article.length) : id;
}

/**
 * The network a PackedNetwork holds, edges rebuilt from the statements as toActorNetwork makes them.
 * @throws InvalidArgumentError when the columns are not the ones this version writes
 */
export function unpackNetwork(p: PackedNetwork): ActorNetwork {
  if (p.columns.join() !== PACKED_COLUMNS.join()) {
    throw new InvalidArgumentError(`unpackNetwork: the packed statements have the columns ${p.columns.join(', ')}; this viewer reads ${PACKED_COLUMNS.join(', ')}. Export the page again with this version.`);
  }
  const actorId = (i: unknown): string | null => (i === -1 ? null : p.actors[i as number]!.id);
  const statements = p.statements.map((r): ViewerStatement => {
    const art = r[14] === -1 ? null : typeof r[14] === 'number' ? p.articles[r[14]]! : null;
    const article = art ? art.id : r[14] === -1 ? null : (r[14] as string);
    const full = (x: unknown): string => (typeof x === 'string' && x.startsWith('/') && article !== null ? article + x : (x as string));
    const sentenceSpan = r[11] as [number, number] | null;
    const sentence = r[9] === FROM_TEXT ? art!.text!.slice(...sentenceSpan!) : (r[9] as string | null);
    const contentSpan = r[10] as [number, number] | null;
    return {
      id: full(r[0]),
      speaker: actorId(r[1]),
      speakerText: r[2] as string | null,
      about: (r[3] as number[]).map((i) => actorId(i)!),
      content: r[4] === FROM_TEXT ? sentence!.slice(...contentSpan!) : (r[4] as string),
      cue: r[5] as string | null,
      form: r[6] as ViewerStatement['form'],
      date: r[7] as string | null,
      place: actorId(r[8]),
      sentence,
      contentSpan,
      ...(sentenceSpan ? { sentenceSpan } : {}),
      ...(r[12] !== null ? { kind: r[12] as NonNullable<ViewerStatement['kind']> } : {}),
      confidence: r[13] as number | null,
      ...(r[16] === 1 ? { negated: true as const } : {}),
      article,
      nestedIn: r[15] === null ? null : full(r[15]),
    };
  });
  return {
    format: ACTOR_NETWORK_FORMAT,
    version: 1,
    actors: p.actors,
    edges: edgesOf(statements),
    statements,
    articles: p.articles,
    ...(p.laidOut ? { laidOut: true } : {}),
  };
}
