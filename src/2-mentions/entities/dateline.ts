// Stage 2, named entities, last step: the dateline place of the article ("MOSCOW, Jan 31 (Reuters) -",
// "LONDON 1996-08-30") as an entity key, with its mention added when the tagger missed it.

import type { Entity, Mention, TextLayer } from '../../types.js';
import { tidyCase } from './candidate.js';
import { bySurface } from './gazetteer.js';
import { HEADLINE_FLAG } from './words.js';
import { DATELINE_PARAGRAPHS, datelineAt, inCapitals } from '../../1-text/dateline.js';

/** The dateline place of the first lines of the article, as an entity key; its mention is added if missing. */
export function findDateline(layer: TextLayer, mentions: Mention[], entities: Map<string, Entity>): string | null {
  // The dateline opens the article, or the line after a headline.
  for (const p of layer.paragraphs.slice(0, DATELINE_PARAGRAPHS)) {
    const line = layer.text.slice(p.start, Math.min(p.end, p.start + 120));
    const m = datelineAt(line, layer.text.slice(p.start, p.end));
    if (!m) continue;
    const place = m[1]!.replace(/[ .-]+$/, '');
    if (place.length < 3 || HEADLINE_FLAG.test(place)) continue;
    const start = p.start + m.index + m[0].indexOf(place);
    const end = start + place.length;
    const existing = mentions.find((x) => x.start === start && x.end === end) ?? mentions.find((x) => x.start >= start && x.end <= end);
    if (existing) {
      const e = entities.get(existing.entity);
      if (e?.type === 'Place') return e.key;
    }
    const gaz = bySurface.get(place.toLowerCase().replace(/\s+/g, ' '));
    // "SOCCER - JAPAN GET LUCKY WIN" is a headline: a dateline names a known place, or carries a date or an agency.
    const rest = line.slice(m.index + m[0].length);
    const shouting = inCapitals(rest);
    const marked = /\(|\d/.test(m[0].slice(m[1]!.length));
    if (shouting || !(marked || (gaz && gaz.type === 'Place'))) continue;
    const name = gaz && gaz.type === 'Place' ? gaz.name : tidyCase(place);
    const key = `Place/${name}`;
    let e = entities.get(key);
    if (!e) {
      e = { key, name, type: 'Place', aliases: [], roles: [], affiliations: [] };
      if (gaz?.subtype) e.subtype = gaz.subtype;
      if (gaz?.wikidata && gaz.name === name) e.wikidata = gaz.wikidata;
      entities.set(key, e);
    }
    if (!existing) {
      mentions.push({ start, end, text: layer.text.slice(start, end), kind: 'name', entity: key });
      mentions.sort((a, b) => a.start - b.start);
      // (A name the gazetteer does not know, with an agency or a date after it, is a place by the dateline's form: "GENEVA (Reuters) -".)
    } else if (existing.start === start && existing.end === end && (gaz?.type === 'Place' || (!gaz && marked))) retype(existing, key, mentions, entities);
    return key;
  }
  return null;
}

/** The dateline's own name, a place the gazetteer knows or one marked by an agency or a date, read as another type ("Paris (AFP) -" as an organisation) is the place: its mention moves to it, and an entity left with no mention goes. */
function retype(mention: Mention, key: string, mentions: Mention[], entities: Map<string, Entity>): void {
  const old = mention.entity;
  mention.entity = key;
  if (!mentions.some((x) => x.entity === old)) entities.delete(old);
}
