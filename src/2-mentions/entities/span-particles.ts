// Stage 2, named entities, part of the span rules (span-joins.ts lists them after its surname-particle
// rules): names whose particle the tagger left out — the Arabic article written against a name with a
// hyphen ("al-Aqsa", "Bashar al-Assad", "Sharm el-Sheikh"), which stage 1 splits off, and a surname's
// particle before a surname written alone ("de Klerk", "van der Leyen", "Van der Merwe"). Words in
// data/lexicon/entity-words.json (arabicArticles, lowerSurnameParticles) and wink's lexicon.

import type { Token } from '../../types.js';
import { isLexicalWord } from '../../1-text/wink-model.js';
import { cap, oneSpaceBetween, spanAt, type SpanTypeRule, type SpanView } from './span-rule.js';
import type { TagSpan } from './tagger.js';
import { ARABIC_ARTICLES, FUNCTION_WORDS, LOWER_SURNAME_PARTICLES } from './words.js';

/** Are tokens a and b written against each other, with no space between? */
const touching = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && a.end === b.start;

/** Does an Arabic article and its hyphen stand at i, i + 1, written against each other and against the capitalised word at i + 2 ("al-Aqsa")? */
function articleAt(toks: readonly Token[], i: number): boolean {
  const [article, hyphen, word] = [toks[i], toks[i + 1], toks[i + 2]];
  return !!article && ARABIC_ARTICLES.has(article.lower) && hyphen?.text === '-' && touching(article, hyphen) && touching(hyphen, word) && cap(word) && article.sentence === word!.sentence;
}

/**
 * Token i is a word of a name the tagger left out: capitalised, in no span, in the sentence of token
 * `of`, no English word (wink's lexicon), function word or place of the gazetteer ("Bashar", "Deir").
 */
function untaggedNameWord(v: SpanView, i: number, of: number): boolean {
  const { toks, prep, spans } = v;
  const t = toks[i];
  return !!t && t.sentence === toks[of]!.sentence && /^\p{Lu}\p{Ll}/u.test(t.text) && !spanAt(spans, i) && !prep.gaz[i] && !isLexicalWord(prep.lower[i]!) && !FUNCTION_WORDS.has(prep.lower[i]!);
}

/** Where span s's name starts with the Arabic article and the untagged given names before it ("Bashar | al-Assad"), or s.from. */
function articleStart(v: SpanView, s: TagSpan): number {
  const { toks } = v;
  if (!articleAt(toks, s.from - 2) || spanAt(v.spans, s.from - 2)) return s.from;
  let from = s.from - 2;
  // (One or two words of a given name, one space apart: "Abu Bakr al-Baghdadi", "Abdel Fattah el-Sisi".)
  while (s.from - from < 4 && untaggedNameWord(v, from - 1, s.from) && oneSpaceBetween(v, toks[from - 1]!, toks[from]!)) from--;
  return from;
}

/** Where span s's name ends after the Arabic article and a capitalised word after it, tagged or not ("Jabhat | al-Nusra", "al-Gama'a | al-Islamiya"), or s.to. */
function articleEnd(v: SpanView, s: TagSpan): { to: number; next?: TagSpan } {
  const { toks, spans } = v;
  let to = s.to;
  let next: TagSpan | undefined;
  while (articleAt(toks, to) && oneSpaceBetween(v, toks[to - 1]!, toks[to]!) && !spanAt(spans, to)) {
    const tagged = spanAt(spans, to + 2);
    if (tagged && tagged.from !== to + 2) break;
    if (!tagged && !untaggedNameWord(v, to + 2, s.from)) break;
    next = tagged ?? next;
    to = tagged ? tagged.to : to + 3;
  }
  return { to, next };
}

/** A lower-case surname particle at i, or the capitalised one that opens the run ("Van" in "Van der Merwe"). */
const particleAt = (toks: readonly Token[], i: number): boolean => !!toks[i] && LOWER_SURNAME_PARTICLES.has(toks[i]!.text);

/**
 * Where person span s's surname starts with the particles before it ("de | Klerk", "van der | Leyen",
 * "Van der | Merwe"), one space apart in its sentence, after no name (a given name and its particle are
 * lower-case-surname-particle's), or s.from.
 */
function particleStart(v: SpanView, s: TagSpan): number {
  const { toks, spans } = v;
  let from = s.from;
  while (s.from - from < 3 && particleAt(toks, from - 1) && toks[from - 1]!.sentence === toks[s.from]!.sentence && oneSpaceBetween(v, toks[from - 1]!, toks[from]!)) from--;
  // ("Van der Merwe": a capitalised particle opens a run of lower-case ones; alone, "Van" may be the Turkish city.)
  const opener = toks[from - 1];
  // (One the tagger read as a name of its own is the rule's at that span, below.)
  if (from < s.from && opener && LOWER_SURNAME_PARTICLES.has(opener.lower) && cap(opener) && opener.sentence === toks[s.from]!.sentence && oneSpaceBetween(v, opener, toks[from]!) && !spanAt(spans, from - 1)) from--;
  if (from === s.from || (spanAt(spans, from - 1) && !cap(toks[from]))) return s.from;
  return from;
}

export const SPAN_PARTICLE_RULES: readonly SpanTypeRule[] = [
  {
    id: 'arabic-article-name',
    types: ['PER', 'ORG', 'LOC'],
    reason: 'the Arabic article written against a name with a hyphen ("al-", "el-") is part of it, and so are the untagged given names before it and a capitalised word after another such article: stage 1 splits "al-Aqsa" at its hyphen and the tagger keeps only "Aqsa", "Assad" of "Bashar al-Assad"',
    example: 'Worshippers gathered at the al-Aqsa mosque, and Bashar al-Assad spoke in Damascus.',
    apply: (v) => {
      const s = v.spans[v.k]!;
      const from = articleStart(v, s);
      const { to, next } = articleEnd(v, s);
      if (from === s.from && to === s.to) return undefined;
      // (A name read in two pieces takes the person's type if either piece is one: "Moqtada | al-Sadr".)
      const type = s.type === 'PER' || next?.type === 'PER' ? 'PER' : s.type;
      return { from, to, type };
    },
  },
  {
    id: 'particle-opened-surname',
    reason: 'a surname written alone keeps its particles ("de Klerk", "van der Leyen", "da Silva"): the tagger reads only the capitalised word, and a capitalised "Van" before "der" as the Turkish city',
    example: 'Later de Klerk kicked a penalty and Van der Merwe scored.',
    apply: (v) => {
      const { toks, spans, k } = v;
      const s = spans[k]!;
      if (s.type === 'PER') {
        const from = particleStart(v, s);
        return from < s.from ? { from, to: s.to, type: 'PER' } : undefined;
      }
      // (A one-word span on the capitalised particle itself, "Van" read as a place: the person after its lower-case particles takes it in.)
      if (s.to - s.from !== 1 || !cap(toks[s.from]) || !LOWER_SURNAME_PARTICLES.has(toks[s.from]!.lower)) return undefined;
      let i = s.to;
      while (i < s.to + 2 && particleAt(toks, i) && oneSpaceBetween(v, toks[i - 1]!, toks[i]!)) i++;
      if (i === s.to || !toks[i] || !oneSpaceBetween(v, toks[i - 1]!, toks[i]!) || toks[i]!.sentence !== toks[s.from]!.sentence) return undefined;
      // (The tagger may read the surname as a place too, after "from": "a penalty from Van der Merwe", or leave it out; not an organisation, "De La Rue".)
      const person = spans[k + 1];
      if (person?.from === i) return person.type === 'PER' || person.type === 'LOC' ? { from: s.from, to: person.to, type: 'PER' } : undefined;
      return untaggedNameWord(v, i, s.from) ? { from: s.from, to: i + 1, type: 'PER' } : undefined;
    },
  },
];
