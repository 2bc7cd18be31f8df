// Document pass 9 (adjust): a report ends before a coordinated clause that holds a report of its
// own. Returns new attributions; its input is left as it was.

import type { TextLayer } from '../../types.js';
import { lowerBound } from '../../spans.js';
import { type RawAttribution, revised } from '../attribution/make.js';
import { closesQuotation, formOf } from '../grammar/quotes.js';
import { isDashAt } from '../grammar/words.js';
import { hasFiniteVerb } from '../grammar/clauses.js';
import { SAYING_VERBS } from '../cues.js';
import { WORDS, tokenIs } from '../grammar/lexicon.js';

/** Is the report a plan that might be, a modal before its cue and "to" opening its content ("could decide to keep the assets")? */
function infinitiveContent(layer: TextLayer, a: RawAttribution): boolean {
  const before = a.cue ? layer.tokens[a.cue.first - 1] : undefined;
  return !!before && tokenIs(WORDS.hypotheticalModals, before) && /^to\s/i.test(layer.text.slice(a.contentStart, a.contentStart + 3));
}

/** Does the content end on a word outside quotation marks ('"…" and said the bank was on track')? */
function runsPastQuotation(layer: TextLayer, a: RawAttribution): boolean {
  const last = layer.tokens[lowerBound(layer.tokens, a.contentEnd) - 1];
  return !!last && last.quote < 0 && /\p{L}/u.test(last.text);
}

/**
 * Does the verb at token `at` have the form of the report's cue — both finite past or -s forms, or
 * both base forms ('said … "purely commercial" and criticised …', 'call them "lone wolves" and
 * describe …')? A base form after a finite cue continues the content's infinitive ('called on the
 * administration to "call out Russia" and consider …'); a gerund, the content's participle
 * ('described herself as "short of breath" and feeling …').
 */
function sameForm(layer: TextLayer, a: RawAttribution, at: number, b: RawAttribution): boolean {
  const verb = layer.tokens[at]!;
  const cue = a.cue ? layer.tokens[a.cue.first]! : undefined;
  if (!cue || !b.cue || /ing$/i.test(verb.text)) return false;
  // (Each verb's base form is its cue's lemma: the tagger may read "alleged" as an adjective, whose lemma is itself.)
  const baseForm = (t: typeof verb, lemma: string): boolean => t.lower === lemma.split(' ')[0];
  return baseForm(verb, b.cue.lemma) === baseForm(cue, a.cue!.lemma);
}

/** How many reports that begin inside one content pass 9 looks at. */
const MAX_BEGINS = 200;

/**
 * "Most tenants said they would renew, while 12 percent said rents were too high": a report whose content runs over a
 * coordinated clause with a report of its own ends before that clause, so the second report is
 * not read as nested in the first.
 */
export function endBeforeCoordinatedReports(layer: TextLayer, input: readonly RawAttribution[]): RawAttribution[] {
  const atts = input.map((a) => revised(a));
  const { tokens } = layer;
  // Where each report begins (its speaker or cue), sorted, so each content looks only at those inside it.
  // A coordinated report ("X thanked the crew, then said …") begins at its cue.
  const begins = atts
    .flatMap((b) => {
      const at = b.speaker ? Math.min(b.speaker[0], b.cue?.first ?? b.speaker[0]) : b.cue?.first ?? -1;
      const cueAt = b.cue?.first ?? -1;
      // So does a participle after a comma: "rejected the plan, warning that …".
      // ('said the data were "competitive," noting that …': the comma may stand inside a closing quotation mark.)
      const commaBefore = cueAt > 0 && (tokens[cueAt - 1]!.text === ',' || (cueAt > 1 && closesQuotation(layer, tokens[cueAt - 1]!) && tokens[cueAt - 2]!.text === ','));
      const participle = commaBefore && b.cue!.kind !== 'according' && /ing$/i.test(tokens[cueAt]!.text);
      if (participle && at === cueAt) return [{ b, at, participle }];
      const coordinated = participle || (cueAt > at + 1 && tokenIs(WORDS.andButThen, tokens[cueAt - 1]!));
      return coordinated ? [{ b, at, participle: false }, { b, at: cueAt, participle }] : [{ b, at, participle: false }];
    })
    // (Not a plan that might be, "… and Orsted could decide to keep the assets, the people said":
    // part of what was said, not a report of its own.)
    .filter((x) => x.at >= 1 && x.b.inQuote < 0 && !infinitiveContent(layer, x.b))
    // (Built field by field: spread copies took a new hidden class each, megamorphic for the reads below.)
    .map((x) => ({ b: x.b, at: x.at, participle: x.participle, start: tokens[x.at]!.start }))
    .sort((x, y) => x.start - y.start);
  for (const a of atts) {
    // (A quotation is one report; one that runs on past its closing mark, 'hailed "the best quarter"
    // and said …', may end before a coordinated report like any content.)
    if (a.form === 'direct' && !runsPastQuotation(layer, a)) continue;
    const before = a.contentEnd;
    // (At most MAX_BEGINS reports inside one content are looked at: news holds a handful, and a run
    // of thousands of "according to X," in one sentence stays linear.)
    const lo = lowerBound(begins, a.contentStart + 1);
    for (let n = lo; n < begins.length && n < lo + MAX_BEGINS && begins[n]!.start < a.contentEnd; n++) {
      const { b, at, participle } = begins[n]!;
      if (b === a) continue;
      // The clause boundary just before the second report: ", but", ", while", "; ", " — ".
      let k = at - 1;
      // (", while only 49 percent say": a focusing adverb before the second speaker.)
      if (k > 0 && tokenIs(WORDS.focusAdverbs, tokens[k]!) && b.speaker?.[0] === at) k--;
      const conj = k;
      if (tokenIs(WORDS.coordinatedReportLinks, tokens[k]!)) k--;
      // (A link that opens the text, "But lawmakers accused …": no clause before it to end.)
      if (k < 0) continue;
      // "She said she would vote and considers him a racist": a second report of the same speaker
      // coordinated without a comma ends the first one too; so does one with a speaker of its own
      // ("Most said the party ignores them and one in four said it was hostile").
      const sameSpeaker = at === b.cue?.first && !!a.speaker && !!b.speaker && a.speaker[0] === b.speaker[0] && a.speaker[1] === b.speaker[1];
      const ownSpeaker = b.speaker?.[0] === at && b.cue?.kind === 'speech' && b.cue.first > at && !tokenIs(WORDS.relativePronouns, tokens[at]!);
      // (A quotation's closing mark before the link ends the clause with the comma it holds:
      // 'was studying "all possible responses," but ruled out …', as the comma would outside it.)
      // (After a closing mark only "but" and the same speaker's next verb contrast two reports: 'says the
      // path is "gradually downward" but warns that …'; '"complex" and he feels …' is one, as PolNeAR and GGT mark it.)
      // ('admitted the side had been "second best" and said …': the same subject's next verb of saying is a report of its own.)
      // ('said the request was "too large" and vowed to fight it': so is a vow or a plan, with its infinitive.)
      // ('said the project was "purely commercial" and criticised "certain countries" …': any next verb of the same subject that reports, as without the marks, when it has the form of the first.)
      const afterMark = closesQuotation(layer, tokens[k]!) && (tokens[conj]!.lower === 'but' || (!!b.cue && b.cue.first === at && sameForm(layer, a, at, b)));
      // (Not "said his focus groups and other research show …": in the clause a verb of saying
      // reports, with no comma and no verb before it, "and" joins the subject's nouns, not two
      // clauses; after an object, "shows a photograph and the text X states …", it opens a clause.)
      const clauseBefore = tokens[k]!.text === ',' || !a.cue || !SAYING_VERBS.has(a.cue.lemma) || hasFiniteVerb(tokens, lowerBound(tokens, a.contentStart), conj);
      const bare = k === conj - 1 && tokenIs(WORDS.coordinators, tokens[conj]!) && (((sameSpeaker || (ownSpeaker && clauseBefore)) && tokens[k]!.quote < 0) || (sameSpeaker && afterMark));
      const quotedComma = closesQuotation(layer, tokens[k]!) && (k === conj - 1 || participle) && /^[,;]$/.test(tokens[k - 1]?.text ?? '');
      if (!bare && !quotedComma && (k < 1 || !(/^[,;]$/.test(tokens[k]!.text) || isDashAt(tokens, k)) || tokens[k]!.quote >= 0)) continue;
      if (tokens[k]!.text === ',' && k === at - 1 && !participle) continue; // ", Y said" alone is an interrupting cue
      const end = bare || quotedComma ? tokens[k]!.end : tokens[k - 1]!.end;
      if (end > a.contentStart + 8) a.contentEnd = Math.min(a.contentEnd, end);
    }
    // (A content cut before a later quotation holds none of it: "fears the road cannot cope, and said officers had “bent …”" is indirect.)
    if (a.contentEnd !== before && a.inQuote < 0) a.form = formOf(layer, a.contentStart, a.contentEnd);
  }
  return atts;
}
