// Corpus outputs: the actor network as GEXF 1.3 for Gephi. Nodes are actors (type, articles they
// appear in, statements they made); edges are "spoke about" (speaker → entity talked about, one per
// statement kind, weight = number of statements) and affiliations, each with a GEXF `kind` so that
// parallel edges stay apart. Written by hand: see docs/design.md (GEXF writer).

/** An actor of the network. */
export interface GexfActor {
  id: string;
  label: string;
  type: string;
  /** Articles with triples about the actor. */
  articles: number;
  /** Statements the actor made (as resolved speaker). */
  statements: number;
}

/** A directed, weighted edge between two actors. */
export interface GexfLink {
  source: string;
  target: string;
  /** "spokeAbout", "affiliation", "speaksFor". */
  relation: string;
  /** For "spokeAbout": the kind of the statements counted (speech, thought, …, or "unknown"). */
  statementKind?: string;
  weight: number;
}

/** The actor network; writeGexf sorts it, so the order given does not matter. */
export interface ActorNetwork {
  actors: GexfActor[];
  links: GexfLink[];
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Writes the actor network as a GEXF 1.3 document (directed, static), with node attributes type,
 * articles and statements and edge attribute relation. Links to unknown actors are dropped.
 */
export function writeGexf(net: ActorNetwork, description = 'newsgraph actor network'): string {
  const pieces: string[] = [];
  writeGexfPieces(net, description, (text) => pieces.push(text));
  return pieces.join('');
}

/** The GEXF of writeGexf, given to `out` in pieces of at most a few thousand lines (no string grows with the network). */
export function writeGexfPieces(net: ActorNetwork, description: string, out: (text: string) => void): void {
  const actors = [...net.actors].sort((a, b) => cmp(a.id, b.id));
  const known = new Set(actors.map((a) => a.id));
  const links = net.links
    .filter((l) => known.has(l.source) && known.has(l.target))
    .sort((a, b) => cmp(a.source, b.source) || cmp(a.target, b.target) || cmp(edgeKind(a), edgeKind(b)));
  let lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    '  <meta>',
    '    <creator>newsgraph</creator>',
    `    <description>${xml(description)}</description>`,
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node">',
    '      <attribute id="type" title="type" type="string"/>',
    '      <attribute id="articles" title="articles" type="integer"/>',
    '      <attribute id="statements" title="statements" type="integer"/>',
    '    </attributes>',
    '    <attributes class="edge">',
    '      <attribute id="relation" title="relation" type="string"/>',
    '    </attributes>',
    `    <nodes count="${actors.length}">`,
  ];
  const flush = (): void => {
    out(`${lines.join('\n')}\n`);
    lines = [];
  };
  for (const a of actors) {
    if (lines.length >= 4096) flush();
    lines.push(
      `      <node id="${xml(a.id)}" label="${xml(a.label)}"><attvalues><attvalue for="type" value="${xml(a.type)}"/><attvalue for="articles" value="${a.articles}"/><attvalue for="statements" value="${a.statements}"/></attvalues></node>`,
    );
  }
  lines.push('    </nodes>', `    <edges count="${links.length}">`);
  links.forEach((l, i) => {
    if (lines.length >= 4096) flush();
    lines.push(
      `      <edge id="e${i}" source="${xml(l.source)}" target="${xml(l.target)}" kind="${xml(edgeKind(l))}" weight="${l.weight}" label="${xml(l.relation)}"><attvalues><attvalue for="relation" value="${xml(l.relation)}"/>${l.statementKind === undefined ? '' : `<attvalue for="statementKind" value="${xml(l.statementKind)}"/>`}</attvalues></edge>`,
    );
  });
  lines.push('    </edges>', '  </graph>', '</gexf>');
  flush();
}

// GEXF's `kind` keeps parallel edges of one pair apart (Gephi merges edges of the same kind):
// the relation, and for statement links the statement kind ("spokeAbout/speech").
function edgeKind(l: GexfLink): string {
  return l.statementKind === undefined ? l.relation : `${l.relation}/${l.statementKind}`;
}

// XML attribute/text escaping; characters XML 1.0 forbids are dropped (news text has stray controls).
// Most names need none of it: one test instead of eight replacements per string.
const NEEDS_ESCAPE = /[\u0000-\u001f&<>"\ufffe\uffff]/;
function xml(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}
