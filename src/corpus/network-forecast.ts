// Corpus merge (merge.ts), the actor network foretold before corpus identity's rewrite: the actors and
// links the merge will lay out, read from each article's `actors` and `links` chunks and mapped through
// the identity map as rewriteChunks maps them, so a layout helper can begin while the articles are
// rewritten. The merge uses that placement only when the forecast equals the network it then builds.

import type { LinkData } from '../viewer-data/prepare.js';
import { mapActorIri } from './identity-rewrite.js';
import type { IdentityMap } from './identity.js';

/** What the forecast reads of one article: its id, its `actors` and `links` chunks, whether identity rewrites it. */
export interface ForecastArticle {
  id: string;
  actors: string;
  links: string;
  touched: boolean;
}

/**
 * The network (actor ids, speaker → about links with their summed counts) the merge would lay out
 * after rewriting the touched articles through `map`: a touched article's IRIs mapped (its links
 * that then join an actor to itself dropped, as rewriteChunks drops them), the others as they are.
 */
export function forecastNetwork(articles: Iterable<ForecastArticle>, map: IdentityMap): LinkData {
  const actors = new Set<string>();
  const counts = new Map<string, number>();
  for (const a of articles) {
    const mapIri = a.touched ? (iri: string): string => mapActorIri(iri, map, a.id) : (iri: string): string => iri;
    for (const line of a.actors.split('\n')) if (line) actors.add(mapIri(line));
    for (const line of a.links.split('\n')) {
      if (!line) continue;
      const [source = '', target = ''] = line.split('\t');
      const s = mapIri(source);
      const t = mapIri(target);
      if (a.touched && s === t) continue;
      const key = `${s}\t${t}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const links = [...counts].map(([key, count]) => {
    const at = key.indexOf('\t');
    return { source: key.slice(0, at), target: key.slice(at + 1), count };
  });
  return { actors: [...actors], links };
}

/**
 * Whether two networks hold the same actors and the same links with the same counts, in any order:
 * placeActors then places them alike (it reads actors and links in id order).
 */
export function sameNetwork(a: LinkData, b: LinkData): boolean {
  if (a.actors.length !== b.actors.length || a.links.length !== b.links.length) return false;
  const actors = new Set(a.actors);
  if (actors.size !== a.actors.length || !b.actors.every((id) => actors.has(id))) return false;
  const counts = new Map(a.links.map((l) => [`${l.source}\t${l.target}`, l.count]));
  const seen = new Set(b.links.map((l) => `${l.source}\t${l.target}`));
  return counts.size === a.links.length && seen.size === b.links.length && b.links.every((l) => counts.get(`${l.source}\t${l.target}`) === l.count);
}
