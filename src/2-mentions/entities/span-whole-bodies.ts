// Stage 2, named entities, part of the span rules (span-types.ts lists SPAN_WHOLE_BODY_RULES before the
// pairwise joins): organisation names the tagger cut into pieces that no pairwise join mends — a list
// of fields before a body's head word ("Rail, | Tram and | Bus Union"), a charity named after a disease
// ("Alzheimer's | Society"), a country's name before a body's name with "and" inside ("U.S. | Fish and | Wildlife
// Service"), a rank's unit word at the end of a body's name ("Cal | Fire Battalion | Chief") — session
// 29's probes (names40); one council named for two places ("Brighton | and | Hove City Council"), session 32.

import { isLexicalWord } from '../../1-text/wink-model.js';
import { givenNameClass } from './given-names.js';
import { isBody } from './government.js';
import { LOCAL_COUNCIL_WORDS, ORGANISATION_OF_HEADS, ORGANISATION_TAIL_WORDS } from './words.js';
import { eponymousDisease } from './span-products.js';
import { SPAN_ORGANISATION_RULES } from './span-organisations.js';
import { cap, oneSpaceBetween, PLACE_GAZ, spanAt, wholeGazetteerEntry, type SpanTypeRule } from './span-rule.js';
import { bySurface, rankUnits, titleHeads } from './gazetteer.js';

const COORDINATED_NAME = SPAN_ORGANISATION_RULES.find((r) => r.id === 'coordinated-organisation-name')!;

/** The organisation rules of this session, in their order in SPAN_TYPE_RULES. */
export const SPAN_WHOLE_BODY_RULES: readonly SpanTypeRule[] = [
  {
    id: 'paired-place-council',
    types: ['PER', 'ORG', 'LOC'],
    reason: 'one place\'s name, "and" (or "&") and a local council\'s name of another place\'s word or two, a word of a local government\'s kind and "Council" ("Brighton | and | Hove City Council", "Windsor and Maidenhead Borough Council") are one council named for both places: one organisation, not a place and a council',
    example: 'Tarrow and Kelby Borough Council said the bins would be collected on Friday.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      const next = spans[k + 1];
      const and = s.to;
      if (s.to - s.from !== 1 || !next || next.from !== and + 1 || (prep.lower[and] !== 'and' && prep.lower[and] !== '&') || next.to - next.from < 3 || next.to - next.from > 4) return undefined;
      const placeWord = (i: number) => /^\p{Lu}\p{Ll}+$/u.test(toks[i]!.text) && (!prep.gaz[i] || PLACE_GAZ.test(prep.gaz[i]!) || (prep.gaz[i] ?? '').startsWith('I-')) && !titleHeads.has(prep.lower[i]!) && !LOCAL_COUNCIL_WORDS.has(prep.lower[i]!);
      const last = next.to - 1;
      if (prep.lower[last] !== 'council' || !cap(toks[last]) || !LOCAL_COUNCIL_WORDS.has(prep.lower[last - 1]!) || !cap(toks[last - 1]) || !placeWord(s.from)) return undefined;
      for (let i = next.from; i < last - 1; i++) if (!placeWord(i)) return undefined;
      if (toks[next.from]!.sentence !== toks[s.from]!.sentence || !oneSpaceBetween(v, toks[s.from]!, toks[and]!) || !oneSpaceBetween(v, toks[and]!, toks[next.from]!)) return undefined;
      return { from: s.from, to: next.to, type: 'ORG' };
    },
  },
  {
    id: 'field-list-body',
    types: ['ORG', 'LOC', 'MISC'],
    reason: 'capitalised English words set off by commas, then "and" and an organisation\'s name closed by its head word, are one name, a list of the fields the body covers ("Rail, Tram and Bus Union", "Police, Fire and Rescue Service"), however the tagger cut it; not when a field is a government body or a name the gazetteer knows (a list of bodies), nor a person\'s or given name',
    example: 'The Road, Rail and Ferry Union said its members would strike.',
    apply: ({ toks, prep, spans, k }) => {
      const s = spans[k]!;
      if (toks[s.to]?.text !== ',') return undefined;
      const sentence = toks[s.from]!.sentence;
      const field = (i: number) => i < toks.length && toks[i]!.sentence === sentence && /^\p{Lu}\p{Ll}+$/u.test(toks[i]!.text) && !prep.gaz[i] && isLexicalWord(prep.lower[i]!) && givenNameClass(prep.lower[i]!) === 0;
      const fieldRun = (from: number, to: number) => {
        for (let i = from; i < to; i++) if (!field(i)) return false;
        return to - from <= 2 && !isBody(prep.lower, from, to) && !bySurface.has(prep.lower.slice(from, to).join(' '));
      };
      if (!fieldRun(s.from, s.to)) return undefined;
      // (Fields after commas, one or two words each: "Rail | , Tram | and …".)
      let i = s.to;
      while (toks[i]?.text === ',' && field(i + 1)) {
        const from = ++i;
        while (field(i) && i - from < 2) i++;
        if (!fieldRun(from, i)) return undefined;
      }
      if (i === s.to || prep.lower[i] !== 'and') return undefined;
      // (The last part: field words, whatever the tagger made of them, to the body's head word in a span read as an organisation: "and | Ferry | Union".)
      let head = i + 1;
      while (field(head) && !ORGANISATION_OF_HEADS.has(prep.lower[head]!) && head - i <= 2) head++;
      const last = spanAt(spans, head);
      if (!last || last.type !== 'ORG' || last.to !== head + 1 || !cap(toks[head]) || !ORGANISATION_OF_HEADS.has(prep.lower[head]!)) return undefined;
      return { from: s.from, to: head + 1, type: 'ORG' };
    },
  },
  {
    id: 'disease-charity-name',
    reason: 'a disease named after a person, "\'s" and one to three capitalised words closed by an organisation\'s head word ("Society", "Association", "Foundation", "Trust", "Research") or by a country\'s name are one organisation, a charity or research body ("Alzheimer\'s Society", "Parkinson\'s UK"), not a disease and a bare "Society"; rule eponymous-disease, after it, reads the disease alone',
    example: "The Crohn's Foundation welcomed the trial's results.",
    apply: (v) => {
      const { toks, prep, k } = v;
      const s = v.spans[k]!;
      const possessive = prep.lower[s.to] === "'s" || prep.lower[s.to] === '’s';
      if (!possessive || !eponymousDisease(v)) return undefined;
      const sentence = toks[s.from]!.sentence;
      const head = (i: number) => ORGANISATION_OF_HEADS.has(prep.lower[i]!) || ORGANISATION_TAIL_WORDS.has(prep.lower[i]!) || prep.lower[i] === 'research';
      const country = (i: number) => prep.gaz[i] === 'B-country' && !(prep.gaz[i + 1] ?? '').startsWith('I-');
      let end = -1;
      for (let i = s.to + 1; i <= s.to + 3 && cap(toks[i]) && toks[i]!.sentence === sentence; i++) if (head(i) || country(i)) end = i + 1;
      return end > 0 ? { from: s.from, to: end, type: 'ORG' } : undefined;
    },
  },
  {
    id: 'country-before-coordinated-body',
    types: ['LOC'],
    reason: 'a country\'s name one space before a body\'s name with "and" inside that rule coordinated-organisation-name joins ("U.S. | Fish and | Wildlife Service") opens that name, as it opens "U.S. Forest Service", which the tagger keeps whole: one organisation, not a place and a body of no country',
    example: 'A U.S. Fish and Wildlife Service biologist counted the nests.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      const next = spans[k + 1];
      if (next?.from !== s.to || !wholeGazetteerEntry(prep, s.from, s.to, /^B-country$/) || !oneSpaceBetween(v, toks[s.to - 1]!, toks[next.from]!)) return undefined;
      const body = COORDINATED_NAME.apply({ ...v, k: k + 1 });
      return body && body.from === next.from ? { from: s.from, to: body.to, type: 'ORG' } : undefined;
    },
  },
  {
    id: 'rank-unit-after-body',
    reason: 'a rank\'s unit word ("Battalion", "Squadron", "Station") that closes a name of two words or more right before a capitalised title head ("Chief", "Commander") opens that title ("Battalion Chief"): the name before it is the body ("Harlow Fire | Battalion Chief"), joined with the span before it when the two make a name the gazetteer knows ("Cal | Fire Battalion" → "Cal Fire"); rank-unit-title reads the unit word alone',
    example: 'Marsh County Fire Battalion Chief Ana Ruiz said the road was closed.',
    apply: (v) => {
      const { toks, prep, spans, k } = v;
      const s = spans[k]!;
      const next = spans[k + 1];
      const unitEnd = (t: { from: number; to: number }) => t.to - t.from >= 2 && cap(toks[t.to - 1]) && rankUnits.has(prep.lower[t.to - 1]!) && cap(toks[t.to]) && titleHeads.has(prep.lower[t.to]!) && toks[t.to]!.sentence === toks[t.from]!.sentence && oneSpaceBetween(v, toks[t.to - 1]!, toks[t.to]!);
      if (s.type !== 'PER' && unitEnd(s)) return { from: s.from, to: s.to - 1, type: s.type };
      // (The body's name cut before the unit word's span: "Cal | Fire Battalion".)
      if (!next || next.from !== s.to || !unitEnd(next) || !wholeGazetteerEntry(prep, s.from, next.to - 1, /^B-org$/)) return undefined;
      return { from: s.from, to: next.to - 1, type: 'ORG' };
    },
  },
];
