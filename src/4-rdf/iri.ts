// Stage 4 (RDF): the one IRI minting function. Instance IRIs are derived only from canonical data
// (Entity.key, article id, statement/event id, offsets), so the same thing read from two articles
// gets the same IRI and graphs merge by plain union of triples. Rules are documented in docs/ontology.md.

import { InvalidArgumentError } from '../errors.js';
import type { EntityType } from '../types.js';
import { ID_NS, WD_NS } from './namespaces.js';
import { sha256Hex } from './sha256.js';

/** What to mint an IRI for. `article` / `actor` in the nested kinds are IRIs minted by mintIri itself. */
export type IriRef =
  | { kind: 'actor'; key: string }
  | { kind: 'article'; id: string }
  | { kind: 'statement'; article: string; id: string }
  | { kind: 'event'; article: string; id: string }
  | { kind: 'role'; actor: string; label: string }
  | { kind: 'selector'; article: string; start: number; end: number }
  | { kind: 'positionSelector'; article: string; start: number; end: number }
  | { kind: 'quoteSelector'; article: string; start: number; end: number }
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
 * Mints the IRI of an actor, article, statement, event, role, text span (`selector`: the
 * oa:SpecificResource) or one of its selectors, or Wikidata item.
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
    case 'positionSelector':
    case 'quoteSelector': {
      if (!Number.isInteger(ref.start) || !Number.isInteger(ref.end) || ref.start < 0 || ref.end < ref.start) {
        throw new IriError(`mintIri: bad offsets [${ref.start}, ${ref.end}); need integers with 0 <= start <= end.`);
      }
      // RFC 5147 style fragment, as NIF uses: one oa:SpecificResource per distinct span of an article
      // ("selector": the span itself), and its two selectors beside it.
      const name = ref.kind === 'selector' ? 'char' : ref.kind === 'positionSelector' ? 'position' : 'quote';
      return `${checkParent(ref.article)}#${name}=${ref.start},${ref.end}`;
    }
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
  return remembered(NAME_SLUGS, name, () => {
    const folded = name.normalize('NFC').toLowerCase();
    if (/^[a-z0-9]+(?: [a-z0-9]+)*$/.test(folded)) return folded.replace(/ /g, '-');
    return `${asciiPart(folded)}_${hash(folded)}`;
  });
}

/** Slug of an id (article, statement, event): case-sensitive; lossless for [A-Za-z0-9] runs joined by single "-". */
function idSlug(id: string): string {
  return remembered(ID_SLUGS, id, () => (/^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/.test(id) ? id : `${asciiPart(id)}_${hash(id)}`));
}

// Slugs already made, by name or id: an article mints its actors' and statements' IRIs again and
// again (normalising and hashing them was ≈3% of a build worker). Bounded like MINTED.
const NAME_SLUGS = new Map<string, string>();
const ID_SLUGS = new Map<string, string>();

function remembered(slugs: Map<string, string>, input: string, make: () => string): string {
  let slug = slugs.get(input);
  if (slug === undefined) {
    slug = make();
    if (slugs.size >= MINTED_WINDOW) slugs.clear();
    slugs.set(input, slug);
  }
  return slug;
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

// The hash part of a lossy slug: the first 128 bits of SHA-256 over UTF-8 (32 hex digits), so two
// names or ids sharing one IRI is not a practical concern (48-bit FNV collided in seconds). Hashes
// minted in this process are remembered (a bounded window) and a collision throws, naming both.
function hash(input: string): string {
  // UTF-8 cannot hold a lone surrogate: the encoder writes U+FFFD, so compare what is hashed.
  const s = input.replace(LONE_SURROGATE, '\ufffd');
  const h = sha256Hex(s).slice(0, 32);
  const seen = MINTED.get(h);
  if (seen === undefined) {
    if (MINTED.size >= MINTED_WINDOW) MINTED.clear();
    MINTED.set(h, s);
  } else if (seen !== s) {
    throw new IriError(`mintIri: "${seen}" and "${s}" hash to the same IRI part ${h} (a SHA-256 collision); report it, with both strings.`);
  }
  return h;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const MINTED = new Map<string, string>();
const MINTED_WINDOW = 50_000;
