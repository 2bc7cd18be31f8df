// Stage 3, step 3: speakers. Resolves the speaker mention of each attribution to an entity of the
// article: a name in the mention, a pronoun (the last fitting speaker or person), a role noun
// ("the minister" → the entity holding that role), or else an anonymous source kept with a type.

import type { Entity, EntityType, Mention, MentionLayer, TextLayer } from '../types.js';
import type { RawAttribution } from './attribution.js';

/** What a resolved speaker looks like: the mention span and the entity it refers to. */
export interface ResolvedSpeaker {
  start: number;
  end: number;
  entity: string | null;
}

const PERSON_PRONOUNS = /^(he|she|him|her|his)$/i;
const FIRST_PERSON = /^(i|we|me|us|my|our)$/i;
const GROUP_PRONOUNS = /^(they|them|their)$/i;
const THING_PRONOUNS = /^(it|its)$/i;
const DETERMINERS = /^(the|a|an|this|that|these|those|his|her|their|its|our|one|some|several|two|three|many|other|another)\s+/i;
/** Source nouns for groups and institutions, not individual people. */
const ORG_NOUNS = /^(company|firm|group|agency|ministry|department|government|administration|committee|campaign|office|organization|organisation|party|court|council|commission|board|bank|union|team|report|study|survey|poll|statement|document|documents|letter|memo|filing|analysis|data|website|newspaper|network|paper|magazine|channel|station|club|association|institute|foundation|center|centre|embassy|military|army|police|authorities|white house|kremlin|pentagon)$/i;

/**
 * Resolves the speakers of attributions, in reading order (pronouns look back at earlier speakers).
 * @param layer - text layer
 * @param mentions - stage-2 mentions; anonymous sources found here are added to `extra`
 * @param atts - attributions in order of content start
 * @param articleId - scopes anonymous sources to this article so they never merge across articles
 */
export function resolveSpeakers(
  layer: TextLayer,
  mentions: MentionLayer,
  atts: RawAttribution[],
  articleId: string,
): { speakers: (ResolvedSpeaker | null)[]; extra: Entity[] } {
  const byKey = new Map(mentions.entities.map((e) => [e.key, e]));
  const extra = new Map<string, Entity>();
  const names = mentions.mentions.filter((m) => m.kind === 'name' || m.kind === 'acronym' || m.kind === 'title' || m.kind === 'nominal').sort((a, b) => a.start - b.start);
  const out: (ResolvedSpeaker | null)[] = [];
  // Speakers in order of their cue: for pronouns, the nearest earlier speaker is the best guess.
  const order = atts.map((a, i) => [a, i] as const).sort((x, y) => cueOffset(layer, x[0]) - cueOffset(layer, y[0]));
  const resolved: (ResolvedSpeaker | null)[] = new Array(atts.length).fill(null);
  const history: { offset: number; entity: string; type: EntityType }[] = [];
  for (const [a, i] of order) {
    let r: ResolvedSpeaker | null = null;
    if (a.inherit || !a.speaker) {
      const last = history.at(-1);
      r = last ? { start: -1, end: -1, entity: last.entity } : null;
    } else {
      const [s0, s1] = a.speaker;
      const [h0, h1] = a.speakerHead ?? a.speaker;
      const span = { start: layer.tokens[s0]!.start, end: layer.tokens[s1 - 1]!.end };
      const head = { start: layer.tokens[h0]!.start, end: layer.tokens[h1 - 1]!.end };
      const headText = layer.text.slice(head.start, head.end);
      const entity =
        nameIn(names, byKey, head.start, head.end) ??
        nameIn(names, byKey, span.start, span.end) ??
        pronoun(headText, head.start, a, history, names, byKey, out, layer) ??
        roleNoun(headText, mentions.entities, history) ??
        anonymous(headText, articleId, extra);
      r = { start: span.start, end: span.end, entity };
    }
    resolved[i] = r;
    if (r?.entity) {
      const e = byKey.get(r.entity) ?? extra.get(r.entity);
      if (e) history.push({ offset: cueOffset(layer, a), entity: e.key, type: e.type });
    }
  }
  out.push(...resolved);
  return { speakers: out, extra: [...extra.values()] };
}

function cueOffset(layer: TextLayer, a: RawAttribution): number {
  return a.cue ? layer.tokens[a.cue.first]!.start : a.contentStart;
}

/** The entity named inside [start, end): a person first, then an organisation, then a place. */
function nameIn(names: Mention[], byKey: Map<string, Entity>, start: number, end: number): string | null {
  let best: Entity | null = null;
  const rank = (e: Entity) => (e.type === 'Person' ? 3 : e.type === 'Organization' ? 2 : 1);
  for (const m of names) {
    if (m.start >= end) break;
    if (m.end <= start || m.start < start) continue;
    const e = byKey.get(m.entity);
    if (e && (!best || rank(e) > rank(best))) best = e;
  }
  if (best?.speaksFor) return best.speaksFor;
  return best?.key ?? null;
}

function pronoun(
  text: string, at: number, a: RawAttribution, history: { offset: number; entity: string; type: EntityType }[],
  names: Mention[], byKey: Map<string, Entity>, _out: (ResolvedSpeaker | null)[], layer: TextLayer,
): string | null {
  const word = text.trim();
  const recentSpeaker = (pred: (t: EntityType) => boolean) => {
    for (let k = history.length - 1; k >= 0; k--) if (pred(history[k]!.type)) return history[k]!.entity;
    return null;
  };
  const recentMention = (pred: (e: Entity) => boolean, exclude: string | null) => {
    for (let k = names.length - 1; k >= 0; k--) {
      const m = names[k]!;
      if (m.start >= at) continue;
      const e = byKey.get(m.entity);
      if (e && pred(e) && e.key !== exclude) return e.key;
    }
    return null;
  };
  if (PERSON_PRONOUNS.test(word)) {
    // Inside a quotation, "he" is someone the quoted speaker talks about, not the speaker.
    if (a.inQuote >= 0) {
      const outer = recentSpeaker((t) => t === 'Person');
      return recentMention((e) => e.type === 'Person', outer);
    }
    // The last person who spoke, unless a person was named since in the previous sentence.
    const speaker = recentSpeaker((t) => t === 'Person');
    const named = recentMention((e) => e.type === 'Person', null);
    if (speaker && named && named !== speaker) {
      const lastNamed = [...names].reverse().find((m) => m.start < at && m.entity === named);
      const lastSpoke = history.at(-1);
      if (lastNamed && lastSpoke && lastNamed.start > lastSpoke.offset && sameOrPreviousSentence(layer, lastNamed.start, at)) return named;
    }
    return speaker ?? named;
  }
  if (FIRST_PERSON.test(word)) return a.inQuote >= 0 ? recentSpeaker(() => true) : null;
  if (GROUP_PRONOUNS.test(word)) return recentSpeaker((t) => t === 'Organization') ?? recentMention((e) => e.type === 'Organization', null);
  if (THING_PRONOUNS.test(word)) return recentSpeaker((t) => t === 'Organization') ?? recentMention((e) => e.type === 'Organization', null);
  if (/^who$/i.test(word)) return recentMention((e) => e.type !== 'Place', null);
  return null;
}

function sameOrPreviousSentence(layer: TextLayer, a: number, b: number): boolean {
  const ia = layer.sentences.findIndex((s) => s.end >= a);
  const ib = layer.sentences.findIndex((s) => s.end >= b);
  return ib - ia <= 1;
}

/** "the minister", "the Foreign Minister", "the company": the latest entity with that role or kind. */
function roleNoun(text: string, entities: Entity[], history: { entity: string }[]): string | null {
  const np = text.replace(DETERMINERS, '').trim();
  if (!np || /^[A-Z][a-z]+ [A-Z][a-z]+$/.test(np) && !/^(the|a|an)\s/i.test(text)) return null;
  const headWord = np.split(/\s+/).at(-1)!.toLowerCase();
  const holders = entities.filter((e) => e.roles.some((r) => r.toLowerCase().split(/\s+/).includes(headWord)));
  if (!holders.length) return null;
  // Prefer the holder who spoke most recently.
  for (let k = history.length - 1; k >= 0; k--) {
    const h = holders.find((e) => e.key === history[k]!.entity);
    if (h) return h.key;
  }
  return holders.at(-1)!.key;
}

/** An unnamed source ("officials", "a spokeswoman", "the report") kept as a typed, article-scoped entity. */
function anonymous(text: string, articleId: string, extra: Map<string, Entity>): string | null {
  const name = text.replace(/^(the|a|an)\s+/i, '').replace(/\s+/g, ' ').trim();
  if (!name || name.length > 80) return null;
  if (/^(he|she|it|they|we|i|you|him|her|them|us|me|who|which|that|this)$/i.test(name)) return null;
  const head = name.split(' ').at(-1)!;
  const named = /^[A-Z]/.test(name) && !/^(officials?|sources?|spokes\w+|analysts?|experts?|aides?|critics?|observers?|residents?|witnesses?|people|reports?)$/i.test(head);
  const type: EntityType = ORG_NOUNS.test(head) || ORG_NOUNS.test(name) ? 'Organization' : 'Person';
  if (named) {
    // A capitalised source the entity step did not type (e.g. a name it missed): keep it by name.
    const key = `${type}/${name}`;
    if (!extra.has(key)) extra.set(key, { key, name, type, aliases: [], roles: [], affiliations: [] });
    return key;
  }
  const key = `${type}/${name.toLowerCase()} (${articleId})`;
  if (!extra.has(key)) extra.set(key, { key, name: name.toLowerCase(), type, aliases: [], roles: [], affiliations: [], anonymous: true });
  return key;
}
