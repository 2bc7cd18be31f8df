// Lookup tables over the actor network, built once when the data loads: actors, statements, edges
// and articles by id, and each actor's and each article's statements in text order.

import type { ActorNetwork, ViewerActor, ViewerArticle, ViewerEdge, ViewerStatement } from '../../src/viewer-data/index.js';

export type NetIndex = {
  net: ActorNetwork;
  actors: Map<string, ViewerActor>;
  statements: Map<string, ViewerStatement>;
  edges: Map<string, ViewerEdge>;
  articles: Map<string, ViewerArticle>;
  saidBy: Map<string, ViewerStatement[]>;
  saidAbout: Map<string, ViewerStatement[]>;
  /** Each article's statements, in text order. */
  byArticle: Map<string, ViewerStatement[]>;
};

/** Indexes a network for the page. */
export function indexNetwork(net: ActorNetwork): NetIndex {
  const saidBy = new Map<string, ViewerStatement[]>();
  const saidAbout = new Map<string, ViewerStatement[]>();
  const push = (m: Map<string, ViewerStatement[]>, k: string, s: ViewerStatement): void => {
    const list = m.get(k);
    if (list) list.push(s);
    else m.set(k, [s]);
  };
  const byArticle = new Map<string, ViewerStatement[]>();
  for (const s of net.statements) {
    if (s.article) push(byArticle, s.article, s);
    if (s.speaker) push(saidBy, s.speaker, s);
    for (const a of s.about) if (a !== s.speaker) push(saidAbout, a, s);
  }
  return {
    net,
    actors: new Map(net.actors.map((a) => [a.id, a])),
    statements: new Map(net.statements.map((s) => [s.id, s])),
    edges: new Map(net.edges.map((e) => [e.id, e])),
    articles: new Map(net.articles.map((a) => [a.id, a])),
    saidBy,
    saidAbout,
    byArticle,
  };
}
