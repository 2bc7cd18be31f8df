// Stage 4 (RDF): the one IRI minting function. Instance IRIs are derived only from canonical data
// (Entity.key, article id, statement/event id, offsets), so the same thing read from two articles
// gets the same IRI and graphs merge by plain union of triples. Rules are documented in docs/ontology.md.

import { InvalidArgumentError } from '../errors.js';
import type { EntityType } from '../types.js';
import { ID_NS, WD_NS } from './namespaces.js';

/** What to mint an IRI for. `article` / `actor` in the nested kinds are IRIs minted by mintIri itself. */
export type IriRef =
  | { kind: 'actor'; key: string }
  | { kind: 'article'; id: string }
  | { kind: 'statement'; article: string; id: string }
  | { kind: 'event'; article: string; id: string }
  | { kind: 'role'; actor: string; label: string }
  | { kind: 'selector'; article: string; start: number; end: number }
  | { kind: 'wikidata'; id: string };

/** Thrown when mintIri is called with arguments no data from the pipeline can produce (API misuse). */
export class IriError extends InvalidArgumentError {
  override name = 'IriError';
}

const ENTITY_SEGMENTS: Readonly<Record<EntityType, string>> = {
  Person: 'person',
  Organization: 'organization',
  Place: 'place',
};

/**
 * Splits an entity key ("Person/Sergei Lavrov") into its type and name. A key without a known
 * type prefix is kept whole as the name, with type null (it is minted under id/actor/).
 */
export function parseEntityKey(key: string): { type: EntityType | null; name: string } {
  const slash = key.indexOf('/');
  const head = slash > 0 ? key.slice(0, slash) : '';
  if (head === 'Person' || head === 'Organization' || head === 'Place') {
    return { type: head, name: key.slice(slash + 1) };
  }
  return { type: null, name: key };
}

/**
 * Mints the IRI of an actor, article, statement, event, role, text selector or Wikidata item.
 * Deterministic and pure: the same reference always gives the same IRI.
 * @throws IriError on an empty key/id/label, an article IRI with a fragment, bad offsets or a non-Q Wikidata id
 * @example mintIri({ kind: 'actor', key: 'Person/Sergei Lavrov' }) // "https://w3id.org/newsgraph/id/person/sergei-lavrov"
 */
export function mintIri(ref: IriRef): string {
  switch (ref.kind) {
    case 'actor': {
      const { type, name } = parseEntityKey(ref.key);
      if (name.trim() === '') throw new IriError(`mintIri: empty entity key "${ref.key}".`);
      return `${ID_NS}${type ? ENTITY_SEGMENTS[type] : 'actor'}/${nameSlug(name)}`;
    }
    case 'article':
      if (ref.id === '') throw new IriError('mintIri: empty article id.');
      return `${ID_NS}article/${idSlug(ref.id)}`;
    case 'statement':
    case 'event':
      if (ref.id === '') throw new IriError(`mintIri: empty ${ref.kind} id.`);
      return `${checkParent(ref.article)}/${ref.kind}/${idSlug(ref.id)}`;
    case 'role':
      if (ref.label.trim() === '') throw new IriError(`mintIri: empty role label for ${ref.actor}.`);
      return `${checkParent(ref.actor)}/role/${nameSlug(ref.label)}`;
    case 'selector':
      if (!Number.isInteger(ref.start) || !Number.isInteger(ref.end) || ref.start < 0 || ref.end < ref.start) {
        throw new IriError(`mintIri: bad offsets [${ref.start}, ${ref.end}); need integers with 0 <= start <= end.`);
      }
      // RFC 5147 style fragment, as NIF uses: one selector node per distinct span of an article.
      return `${checkParent(ref.article)}#char=${ref.start},${ref.end}`;
    case 'wikidata':
      if (!/^Q[1-9][0-9]*$/.test(ref.id)) throw new IriError(`mintIri: "${ref.id}" is not a Wikidata item id (Q…).`);
      return `${WD_NS}${ref.id}`;
  }
}

function checkParent(iri: string): string {
  if (!iri.startsWith(ID_NS) || iri.includes('#')) {
    throw new IriError(`mintIri: "${iri}" is not an IRI minted by mintIri (without fragment).`);
  }
  return iri;
}

/**
 * Slug of a canonical name. Case is folded on purpose ("MOSCOW" in a dateline and "Moscow" are one
 * place), so identity is NFC + lower case. Names made only of ASCII letters/digits and single spaces
 * map 1:1 to "words-joined-by-hyphens"; any other name (accents, punctuation, hyphens, other scripts)
 * loses information in the slug, so it gets "_" + a hash of the folded name. "_" never occurs in a
 * lossless slug, so the two cannot collide.
 */
function nameSlug(name: string): string {
  const folded = name.normalize('NFC').toLowerCase();
  if (/^[a-z0-9]+(?: [a-z0-9]+)*$/.test(folded)) return folded.replace(/ /g, '-');
  return `${asciiPart(folded)}_${hash(folded)}`;
}

/** Slug of an id (article, statement, event): case-sensitive; lossless for [A-Za-z0-9] runs joined by single "-". */
function idSlug(id: string): string {
  if (/^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/.test(id)) return id;
  return `${asciiPart(id)}_${hash(id)}`;
}

// "Zelénskyy's" -> "zelenskyy-s"; scripts without a Latin decomposition give "" (the hash alone identifies).
function asciiPart(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 48)
    .replace(/-+$/, '');
}

// FNV-1a 64-bit over UTF-8, first 12 hex digits (48 bits). Pure JS so the module stays browser-safe.
function hash(s: string): string {
  let h = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(s)) {
    h ^= BigInt(byte);
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0').slice(0, 12);
}
