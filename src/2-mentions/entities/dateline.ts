// Stage 2, named entities, last step: the dateline place of the article ("MOSCOW, Jan 31 (Reuters) -",
// "LONDON 1996-08-30") as an entity key, with its mention added when the tagger missed it.

import type { Entity, Mention, TextLayer } from '../../types.js';
import { tidyCase } from './candidate.js';
import { bySurface } from './gazetteer.js';
import { HEADLINE_FLAG } from './words.js';
import { DATELINE_PARAGRAPHS, colonDatelineAt, datelineAt, inCapitals } from '../../1-text/dateline.js';

/** The dateline place of the first lines of the article, as an entity key; its mention is added if missing. */
export function findDateline(layer: TextLayer, mentions: Mention[], entities: Map<string, Entity>): string | null {
  // The dateline opens the article, or the line after a headline.
  const paragraphs = layer.paragraphs.slice(0, DATELINE_PARAGRAPHS);
  for (const [k, p] of paragraphs.entries()) {
    const line = layer.text.slice(p.start, Math.min(p.end, p.start + 120));
    const m = datelineAt(line, layer.text.slice(p.start, p.end));
    if (!m) {
      const bare = bareDateline(layer, k, mentions, entities) ?? colonDateline(layer, k, mentions, entities);
      if (bare) return bare;
      continue;
    }
    const place = m[1]!.replace(/[ .-]+$/, '');
    if (place.length < 3 || HEADLINE_FLAG.test(place)) continue;
    const start = p.start + m.index + m[0].indexOf(place);
    const end = start + place.length;
    agencyNotPlace(layer.text, p.start + m.index + m[1]!.length, p.start + m.index + m[0].length, mentions, entities);
    // ("FAIRVIEW HEIGHTS, Ill. —": a name the tagger cut in two, a place and something else, is one place.)
    const cut = mentions.filter((x) => x.start >= start && x.end <= end);
    // ("SAN LUIS OBISPO, Calif. —": a place of several words the tagger cut short, the dateline marked by a state, an agency or a date after it, is the whole place.)
    // (A state in title case or abbreviated, not a headline's words in capitals: "IOWA POLLS NOT NECESSARILY WRONG, JUST TOO EARLY -".)
    const marks = /^\s*(?:,\s*\p{Lu}[\p{Ll}.]|[^,]*[(\d])/u.test(m[0].slice(m[1]!.length));
    if ((cut.length > 1 || (cut.length === 1 && marks && /^\S+(?:\s\S+){1,3}$/.test(place))) && !cut.some((x) => x.start === start && x.end === end) && cut.some((x) => entities.get(x.entity)?.type === 'Place')) return joinCut(layer.text, start, end, place, cut, mentions, entities);
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

/** The mentions an entity keeps (none: the entity goes). */
function dropUnused(keys: readonly string[], mentions: readonly Mention[], entities: Map<string, Entity>): void {
  for (const k of keys) if (!mentions.some((x) => x.entity === k)) entities.delete(k);
}

/**
 * "TOKYO, June 10 (Kyodo) --", "SEOUL, March 12 (Yonhap) --": the name in the dateline's parentheses
 * is the agency that filed it, an organisation, whatever place the tagger read it as; its mentions
 * in the dateline and after it move to the organisation.
 * @param from - where the dateline's place ends; `to` where the dateline ends
 */
function agencyNotPlace(text: string, from: number, to: number, mentions: Mention[], entities: Map<string, Entity>): void {
  const open = text.indexOf('(', from);
  if (open < 0 || open >= to) return;
  for (const x of mentions.filter((y) => y.start > open && y.end <= to && entities.get(y.entity)?.type === 'Place')) {
    const old = x.entity;
    const name = entities.get(old)!.name;
    const key = `Organization/${name}`;
    if (!entities.has(key)) entities.set(key, { key, name, type: 'Organization', aliases: [], roles: [], affiliations: [] });
    for (const y of mentions) if (y.entity === old) y.entity = key;
    dropUnused([old], mentions, entities);
  }
}

/** The dateline's place cut by the tagger into several mentions ("FAIRVIEW" + "HEIGHTS"): one mention of the place, the parts gone. */
function joinCut(text: string, start: number, end: number, place: string, cut: readonly Mention[], mentions: Mention[], entities: Map<string, Entity>): string {
  const gaz = bySurface.get(place.toLowerCase().replace(/\s+/g, ' '));
  const name = gaz && gaz.type === 'Place' ? gaz.name : tidyCase(place);
  const key = `Place/${name}`;
  if (!entities.has(key)) entities.set(key, { key, name, type: 'Place', aliases: [], roles: [], affiliations: [] });
  for (const x of cut) mentions.splice(mentions.indexOf(x), 1);
  mentions.push({ start, end, text: text.slice(start, end), kind: 'name', entity: key });
  mentions.sort((a, b) => a.start - b.start);
  dropUnused(cut.map((x) => x.entity), mentions, entities);
  return key;
}

/** A paragraph of one to three words in capitals and nothing else ("BHUBANESWAR", "NEW DELHI"). */
const BARE_PLACE = /^[ \t]*(\p{Lu}[\p{Lu}'’.-]*(?:[ \t]+\p{Lu}[\p{Lu}'’.-]*){0,2})[ \t]*$/u;

/**
 * "BHUBANESWAR\n\nThe Chief Minister said …": a dateline on a line of its own, as Indian papers set it
 * — a paragraph of one to three words in capitals, before a paragraph of running text, that the
 * tagger read as a name (of any type) or the gazetteer knows as a place; not a headline's flag
 * ("EXCLUSIVE"). Its mention is retyped the place.
 */
function bareDateline(layer: TextLayer, k: number, mentions: Mention[], entities: Map<string, Entity>): string | null {
  const p = layer.paragraphs[k]!;
  const next = layer.paragraphs[k + 1];
  const m = BARE_PLACE.exec(layer.text.slice(p.start, p.end));
  if (!m || !next || HEADLINE_FLAG.test(m[1]!) || m[1]!.length < 3) return null;
  const after = layer.text.slice(next.start, Math.min(next.end, next.start + 80));
  if (!/^\s*["“]?\p{Lu}\p{Ll}/u.test(after) || inCapitals(after)) return null;
  const start = p.start + m.index + m[0].indexOf(m[1]!);
  const end = start + m[1]!.length;
  const existing = mentions.find((x) => x.start === start && x.end === end);
  const gaz = bySurface.get(m[1]!.toLowerCase().replace(/\s+/g, ' '));
  if (!existing && !(gaz && gaz.type === 'Place')) return null;
  const name = gaz && gaz.type === 'Place' ? gaz.name : tidyCase(m[1]!);
  const key = `Place/${name}`;
  if (!entities.has(key)) entities.set(key, { key, name, type: 'Place', aliases: [], roles: [], affiliations: [] });
  if (existing) retype(existing, key, mentions, entities);
  else {
    mentions.push({ start, end, text: m[1]!, kind: 'name', entity: key });
    mentions.sort((a, b) => a.start - b.start);
  }
  return key;
}

/**
 * "Chennai: The state government said on Monday …": a title-case place and a colon before a lead
 * sentence (1-text/dateline.ts colonDatelineAt), as Indian, Pakistani and Bangladeshi papers write it,
 * is the dateline when the gazetteer knows the name as a place or the tagger read it as one; a
 * speaker's label has the same shape ("Okafor: The shelter …"), and a person's name is neither.
 */
function colonDateline(layer: TextLayer, k: number, mentions: Mention[], entities: Map<string, Entity>): string | null {
  const p = layer.paragraphs[k]!;
  const m = colonDatelineAt(layer.text.slice(p.start, p.end));
  if (!m) return null;
  const start = p.start + m.index + m[0].indexOf(m[1]!);
  const end = start + m[1]!.length;
  const existing = mentions.find((x) => x.start === start && x.end === end);
  if (existing) return entities.get(existing.entity)?.type === 'Place' ? existing.entity : null;
  const gaz = bySurface.get(m[1]!.toLowerCase().replace(/\s+/g, ' '));
  if (!gaz || gaz.type !== 'Place') return null;
  const key = `Place/${gaz.name}`;
  if (!entities.has(key)) entities.set(key, { key, name: gaz.name, type: 'Place', aliases: [], roles: [], affiliations: [] });
  mentions.push({ start, end, text: m[1]!, kind: 'name', entity: key });
  mentions.sort((a, b) => a.start - b.start);
  return key;
}
