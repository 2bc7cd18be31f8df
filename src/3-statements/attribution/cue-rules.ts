// The cue rules: reads one reporting cue in its sentence and returns the attribution of the first
// rule that applies (the order is one table), or null.

import type { Sentence, TextLayer } from '../../types.js';
import { lowerBound } from '../../spans.js';
import { LONE_DETERMINERS, OBJECT_CUES, PASSIVE_QUESTIONS, PASSIVE_VIEWS, RAISING_PASSIVES, RAISING_VERBS, SAYING_VERBS, STANCE_VERBS, cueAt, type CueHit } from '../cues.js';
import { readAccordingTo } from './according-to.js';
import { readAdjectiveCue } from './adjective.js';
import { hearerOnly, readContentAfter } from './content-after.js';
import { contentBefore, readContinuation } from './content-before.js';
import { type Content, type RawAttribution, make, recentCovers, speechReportHolding } from './make.js';
import { afterCueClause, clauseEnd, commaBetween, findPassive, hasFiniteVerb, relativeClauseEnd } from '../grammar/clauses.js';
import { nounPhraseLeft, nounPhraseRight } from '../grammar/noun-phrases.js';
import { appositiveParticiple, emphaticReflexive, floatingQuantifier, loneSubject, participialOpener, participleBefore, prepositionalOpener, skipDateBack, timeWordIsName } from '../grammar/openers.js';
import { closesQuotation, extendToTrailingAdjunct, quoteAwareSentenceStart, sentenceEndOffset } from '../grammar/quotes.js';
import { clauseOpeningSubject, coordinatedSubject, matrixBeforeTo, participleSubject, sentenceSubject, speakerLeft, speakerRight } from '../grammar/subjects.js';
import { AUX_OR_ADV, CLOSE_MARKS, END_PUNCT, MONTH_OR_DAY, NEGATIVE_IMPLICATIVE, OPEN_MARKS, SUBORDINATORS, TIME_NOUN, TIME_WORDS, WH_WORDS, isDashAt } from '../grammar/words.js';

export function readCue(layer: TextLayer, s: Sentence, cue: CueHit, prior: RawAttribution[]): RawAttribution | null {
  const { tokens } = layer;
  const inQuote = tokens[cue.first]!.quote;
  if (cue.kind === 'according') return readAccordingTo(layer, s, cue, inQuote);

  const before = tokens[cue.first - 1];
  const beforeLower = before?.text.toLowerCase();
  // Infinitives and modifiers are not reports: "declined to say", "so-called", "the said plan".
  // "continued to insist", "was quick to note", "is likely to say": a verb or adjective of aspect,
  // attempt or likelihood before "to" leaves the report to its subject; "declined to say" does not.
  let subjectEnd = cue.first - 1;
  if (before && cue.first > s.tokenStart) {
    if (beforeLower === 'to') {
      const matrix = matrixBeforeTo(tokens, cue.first - 1, s.tokenStart);
      if (matrix === null) {
        // Any other "to" + cue is a purpose or complement infinitive whose subject is the clause's:
        // "took to the steps of City Hall to assail X", "used the speech to call for Y". Such
        // candidates are read broadly and left to the confidence model, which weighs "to" before
        // the cue; after "declined to", "refused to" nothing was said.
        if (tokens[cue.first - 2] && NEGATIVE_IMPLICATIVE.test(tokens[cue.first - 2]!.lemma)) return null;
        const subj = coordinatedSubject(tokens, cue.first - 1, s.tokenStart);
        if (!subj) return null;
        const content = readContentAfter(layer, s, cue, cue.last, false);
        return content ? make(layer, s, inQuote, { content, cue, speaker: subj, rule: 'infinitive-purpose' }) : null;
      }
      subjectEnd = matrix - 1;
    }
    if (beforeLower === 'so-' || beforeLower === 'so') return null;
    if (beforeLower === '-' && tokens[cue.first - 2]?.text.toLowerCase() === 'so') return null;
    // ("Some say …", "Many said …": a determiner standing alone as the subject is not a modifier.)
    const standalone = LONE_DETERMINERS.test(beforeLower!) && (cue.first - 1 === s.tokenStart || /^[,;:“"]$/.test(tokens[cue.first - 2]!.text));
    if (before.pos === 'DET' && beforeLower !== 'that' && !floatingQuantifier(tokens, cue.first - 1, s) && !standalone) return null;
  }
  const lower = tokens[cue.first]!.text.toLowerCase();
  // "show up", "call up": a particle "up" makes another verb.
  if (cue.kind !== 'phrase' && /^up$/i.test(tokens[cue.last]?.text ?? '')) return null;
  // "…, saying that C" / "… by saying C" / "…, adding: “C”": the speaker is the subject of the main clause.
  if (/ing$/.test(lower) && (beforeLower === ',' || (cue.first > s.tokenStart && isDashAt(tokens, cue.first - 1)) || (before && CLOSE_MARKS.test(before.text) && before.quote >= 0) || /^(by|after|before|while|when|in|without)$/.test(beforeLower ?? '') || (beforeLower === 'and' && participleBefore(tokens, s, cue.first - 1)))) {
    // "An official, speaking on condition of anonymity, said …": a participle set off inside the
    // subject, before the main verb, reports nothing.
    if (beforeLower === ',' && appositiveParticiple(tokens, cue.last, s.tokenEnd)) return null;
    const content = readContentAfter(layer, s, cue, cue.last, true);
    if (!content) return null;
    // "While commenting on the vote, Lee said …": past the opener's comma is the main clause, not its content.
    if (/^(by|after|before|while|when|in|without)$/.test(beforeLower ?? '') && commaBetween(tokens, cue.last, content.start)) return null;
    const subject = prior.length && prior.at(-1)!.lastSentence === s.index ? null : participleSubject(tokens, s, cue.first);
    // "After saying C, the man asked …": the content ends where the main clause begins.
    if (subject && subject[0] > cue.first && tokens[subject[0] - 1]!.text === ',') content.end = Math.min(content.end, tokens[subject[0] - 2]!.end);
    return make(layer, s, inQuote, { content, cue, speaker: subject, inherit: subject === null, rule: 'participle-adjunct' });
  }
  // "…, with 30 percent of voters saying they …": a participle after "with" + a noun phrase
  // reports that noun phrase's words.
  if (/ing$/.test(lower) && SAYING_VERBS.has(cue.lemma) && before && /^(NOUN|PROPN|NUM)$/.test(before.pos)) {
    const np = nounPhraseLeft(tokens, cue.first - 1, s.tokenStart);
    // ("the survey with 30 percent of tenants saying": the noun phrase may have swallowed the "with".)
    let w = cue.first - 1;
    while (np && w >= np[0] - 1 && w > s.tokenStart && !/^with$/i.test(tokens[w]!.text)) w--;
    if (np && w >= np[0] - 1 && w + 1 < cue.first && /^with$/i.test(tokens[w]!.text)) {
      const content = readContentAfter(layer, s, cue, cue.last, true);
      const speaker: [number, number] = [w + 1, cue.first];
      return content ? make(layer, s, inQuote, { content, cue, speaker: speaker, rule: 'participle-with-noun' }) : null;
    }
  }
  // "emailed volunteers saying: “…”", "opened the meeting saying …": a participle after the
  // object of the main verb reports the words of the main clause's subject.
  if (/ing$/.test(lower) && cue.kind === 'speech' && before && /^(NOUN|PROPN)$/.test(before.pos)) {
    const np = nounPhraseLeft(tokens, cue.first - 1, s.tokenStart);
    // "put out a statement saying": a particle may stand between the verb and its object.
    let vAt = np ? np[0] - 1 : -1;
    if (vAt > s.tokenStart && /^(ADP|PART|ADV)$/.test(tokens[vAt]!.pos) && tokens[vAt - 1]!.pos === 'VERB') vAt--;
    const verb = np && vAt >= s.tokenStart ? tokens[vAt]! : null;
    if (np && verb && before.pos === 'NOUN' && verb.pos === 'VERB' && !/ing$/i.test(verb.text) && verb.quote === tokens[cue.first]!.quote) {
      const subject = sentenceSubject(tokens, s);
      const content = subject && subject[1] <= np[0] - 1 ? readContentAfter(layer, s, cue, cue.last, true) : null;
      if (content && subject) return make(layer, s, inQuote, { content, cue, speaker: subject, rule: 'participle-after-object' });
    }
  }
  // "Lee sent a series of tweets early Friday saying …": after a day, the participle is the subject's.
  if (/ing$/.test(lower) && cue.kind === 'speech' && before && before.pos === 'PROPN' && MONTH_OR_DAY.test(before.text)) {
    const subject = sentenceSubject(tokens, s);
    const content = subject && subject[1] < cue.first ? readContentAfter(layer, s, cue, cue.last, true) : null;
    return content && subject ? make(layer, s, inQuote, { content, cue, speaker: subject, rule: 'participle-after-day' }) : null;
  }
  // "a group backing Rubio", "donors supporting her campaign": a stance participle after a noun
  // is that noun phrase's.
  if (/ing$/.test(lower) && STANCE_VERBS.has(cue.lemma) && before && /^(NOUN|PROPN)$/.test(before.pos) && !MONTH_OR_DAY.test(before.text)) {
    const np = nounPhraseLeft(tokens, cue.first - 1, s.tokenStart);
    const next = tokens[cue.last];
    if (np && next && /^(DET|PROPN|NOUN|ADJ|PRON|NUM)$/.test(next.pos)) {
      // The object ends at the clause's end, its first comma ("One pastor supporting Cruz, Ana Ruiz,
      // said") or the main clause's verb ("A group backing Lind raised …").
      let stop = cue.last;
      while (stop < s.tokenEnd && tokens[stop]!.text !== ',' && !END_PUNCT.test(tokens[stop]!.text) && !(stop > cue.last && /^(AUX|VERB)$/.test(tokens[stop]!.pos) && /^(NOUN|PROPN)$/.test(tokens[stop - 1]!.pos))) stop++;
      const end = Math.min(clauseEnd(layer, s, cue.last), tokens[stop - 1]!.end);
      return make(layer, s, inQuote, { content: { start: next.start, end, form: 'indirect' }, cue, speaker: np, rule: 'participle-stance-noun' });
    }
  }
  // "footage of Trump saying, “…”": a participle after a name reports that name's words.
  if (/ing$/.test(lower) && cue.kind === 'speech' && before && before.pos === 'PROPN') {
    const np = nounPhraseLeft(tokens, cue.first - 1, s.tokenStart);
    const content = np ? readContentAfter(layer, s, cue, cue.last, true) : null;
    return content && np ? make(layer, s, inQuote, { content, cue, speaker: np, rule: 'participle-after-name' }) : null;
  }
  // A progressive ("is telling", "isn't saying") is a finite report; other -ing forms are not.
  let auxAt = cue.first - 1;
  while (auxAt > s.tokenStart && tokens[auxAt]!.pos === 'ADV') auxAt--;
  const progressive = /ing$/.test(lower) && /^(is|are|was|were|been|be|'s|’s|'re|’re|am)$/i.test(tokens[auxAt]?.text ?? '')
    || /ing$/.test(lower) && /^(n't|n’t|not|also|still|now)$/i.test(beforeLower ?? '') && /^(is|are|was|were|isn|aren|wasn|ca)$/i.test(tokens[cue.first - 2]?.text ?? '');
  if (/ing$/.test(lower) && !progressive && before && cue.first > s.tokenStart) {
    // Other -ing cues are read broadly and weighed by the confidence model: after a noun phrase, a
    // reduced relative ("ads extolling the mayor's record", "with the mayor calling for a ban") reports that
    // noun phrase's words; after a preposition or verb ("took the step of criticizing X", "avoids
    // discussing Y"), the clause subject's.
    let subj: [number, number] | null = null;
    if (/^(NOUN|PROPN)$/.test(before.pos)) subj = nounPhraseLeft(tokens, cue.first - 1, s.tokenStart);
    else if (/^(ADP|VERB)$/.test(before.pos) || (before.pos === 'ADV' && cue.first - 2 >= s.tokenStart && /^(NOUN|PROPN)$/.test(tokens[cue.first - 2]!.pos))) subj = coordinatedSubject(tokens, cue.first - 1, s.tokenStart);
    else if (/^(and|but)$/i.test(beforeLower!)) {
      // "said it was a disaster and asking, “…”": the report before the "and" lends its speaker.
      const outer = speechReportHolding(prior, s, inQuote, before);
      subj = outer ? outer.speaker : coordinatedSubject(tokens, cue.first - 1, s.tokenStart);
    }
    if (!subj) return null;
    const content = readContentAfter(layer, s, cue, cue.last, true);
    return content ? make(layer, s, inQuote, { content, cue, speaker: subj, rule: 'participle-broad' }) : null;
  }
  if ((/ing$/.test(lower) && !progressive) || /^(to|be)$/.test(lower)) return null;

  // "As reported by the Gazette, C": the sentence after the comma is the report.
  if (cue.first === s.tokenStart + 1 && /^as$/i.test(tokens[s.tokenStart]!.text) && tokens[cue.last]?.text.toLowerCase() === 'by') {
    const agent = nounPhraseRight(tokens, cue.last + 1, s.tokenEnd);
    if (agent && tokens[agent[1]]?.text === ',' && agent[1] + 1 < s.tokenEnd - 1) {
      return make(layer, s, inQuote, { content: { start: tokens[agent[1] + 1]!.start, end: sentenceEndOffset(layer, s), form: 'indirect' }, cue, speaker: agent, rule: 'as-reported-by' });
    }
  }
  // Passive with an agent: "it was stated by X". Without an agent it is not attributed.
  const passive = findPassive(tokens, s, cue);
  const baseLemma = cue.lemma.split(' ')[0]!;
  const genericPassive = passive === 'agentless' && !RAISING_PASSIVES.has(cue.lemma) && !PASSIVE_VIEWS.has(baseLemma) && !PASSIVE_QUESTIONS.has(baseLemma);

  // Subject to the left ("X said"), after skipping auxiliaries and adverbs.
  let j = subjectEnd;
  for (;;) {
    // (Day names are left to skipDateBack, which also takes the "on" before them: "Trump on Friday endorsed".)
    while (j >= s.tokenStart && (AUX_OR_ADV.has(tokens[j]!.pos) || (TIME_WORDS.test(tokens[j]!.text) && !MONTH_OR_DAY.test(tokens[j]!.text) && !timeWordIsName(tokens, j, s)) || floatingQuantifier(tokens, j, s) || emphaticReflexive(tokens, j, s) || (/^since$/i.test(tokens[j]!.text) && tokens[j - 1]?.pos === 'AUX')) && tokens[j]!.quote === tokens[cue.first]!.quote && !/^(that|as)$/i.test(tokens[j]!.text) && !loneSubject(tokens, j, s)) j--;
    const d = skipDateBack(tokens, j, s.tokenStart);
    if (d === j) break;
    j = d;
  }
  if (cue.kind === 'adjective') return readAdjectiveCue(layer, s, cue, j, inQuote);
  if (typeof passive === 'number') {
    // Content is the clause before the passive; speaker after "by".
    const agent = nounPhraseRight(tokens, passive, s.tokenEnd);
    if (!agent) return null;
    let be = cue.first - 1;
    while (be > s.tokenStart && tokens[be]!.pos === 'ADV') be--;
    const content: Content = { start: tokens[s.tokenStart]!.start, end: tokens[Math.max(s.tokenStart, be)]!.start, form: 'indirect' };
    const subj = nounPhraseLeft(tokens, j, s.tokenStart);
    if (subj && subj[1] - subj[0] === 1 && /^(it|this|that)$/i.test(tokens[subj[0]]!.text)) {
      // "it was stated by X": the content is what "it" stands for — the preceding clause of the sentence.
      // "it was stated by X": "it" stands for what was said; the clause from "it" holds the report.
      content.start = tokens[subj[0]]!.start;
      content.end = tokens[agent[1] - 1]!.end;
      extendToTrailingAdjunct(tokens, s, agent[1], content);
    }
    return make(layer, s, inQuote, { content, cue, speaker: agent, rule: 'passive-agent' });
  }

  // "Smith promised X and said C": the subject of the first verb speaks.
  // "… offered him a job, then said C": "then" after a comma coordinates like "and".
  if (j > s.tokenStart && (/^(and|but)$/i.test(tokens[j]!.text) || (tokens[j]!.text === ',' && /^then$/i.test(tokens[j + 1]?.text ?? '') && j + 1 < cue.first))) {
    // "Rendell said he'd had pneumonia and called it common": a second verb inside the content of
    // the sentence's first speech report is that reporter's own.
    const outer = speechReportHolding(prior, s, inQuote, tokens[j]!);
    const subj = outer ? outer.speaker : coordinatedSubject(tokens, j, s.tokenStart);
    if (!subj) return null;
    const content = readContentAfter(layer, s, cue, cue.last, false);
    return content ? make(layer, s, inQuote, { content, cue, speaker: subj, head: outer ? outer.speakerHead : subj, rule: 'coordinated-verb' }) : null;
  }
  const left = j >= s.tokenStart ? speakerLeft(tokens, j, s.tokenStart, inQuote) ?? clauseOpeningSubject(layer, s, j, inQuote) : null;
  // (A relative clause is read like any clause — "voters who want a change", "a group that
  // criticized the plan": PolNeAR attributes both; the confidence model weighs the cue.)
  if (left) {
    const [spk, head, boundary] = left;
    // "The music seemed to match the mood": an appearance has no source, and what appears is the
    // clause with its subject. ("Cruz seemed to blame X" is Cruz's report: "blame" is a cue.)
    if (RAISING_VERBS.has(cue.lemma) || passive === 'agentless') {
      let v = cue.last;
      while (v < s.tokenEnd && tokens[v]!.pos === 'ADV') v++;
      if (tokens[v]?.text.toLowerCase() === 'to' && v + 1 < s.tokenEnd && tokens[v + 1]!.pos !== 'PUNCT' && !cueAt(tokens, v + 1, s.tokenEnd)) {
        let end = clauseEnd(layer, s, v);
        // "The final, which is expected to draw crowds, starts at noon": the relative clause ends at ", starts".
        if (/^(who|which|that)$/i.test(tokens[spk[1] - 1]!.text)) end = relativeClauseEnd(tokens, v, s.tokenEnd, end);
        return make(layer, s, inQuote, { content: { start: tokens[spk[0]]!.start, end, form: 'indirect' }, cue, speaker: null, rule: 'raising-infinitive' });
      }
      // "The team appeared paralyzed", "the deal seems unlikely": an appearance with an adjective
      // is no source's either; the clause with its subject is what appears.
      if (RAISING_VERBS.has(cue.lemma) && v < s.tokenEnd && (tokens[v]!.pos === 'ADJ' || (tokens[v]!.pos === 'VERB' && /ed$/i.test(tokens[v]!.text)))) {
        return make(layer, s, inQuote, { content: { start: tokens[spk[0]]!.start, end: clauseEnd(layer, s, v), form: 'indirect' }, cue, speaker: null, rule: 'raising-adjective' });
      }
      // "She was asked whether she would run": what was asked, put by no named asker.
      if (passive === 'agentless' && PASSIVE_QUESTIONS.has(baseLemma)) {
        const asked = readContentAfter(layer, s, cue, cue.last, false);
        return asked ? make(layer, s, inQuote, { content: asked, cue, speaker: null, rule: 'passive-question' }) : null;
      }
      // "The senator is seen as a moderate", "The firm was criticized for its delays": a view held
      // by no named source; the clause with its subject is the view.
      if (passive === 'agentless' && PASSIVE_VIEWS.has(baseLemma) && v < s.tokenEnd && (/^(as|for)$/i.test(tokens[v]!.text) || /^(ADJ|DET|NOUN)$/.test(tokens[v]!.pos))) {
        let end = clauseEnd(layer, s, v);
        if (/^(who|which|that)$/i.test(tokens[spk[1] - 1]!.text)) end = relativeClauseEnd(tokens, v, s.tokenEnd, end);
        return make(layer, s, inQuote, { content: { start: tokens[spk[0]]!.start, end, form: 'indirect' }, cue, speaker: null, rule: 'passive-view' });
      }
      // Any other agentless passive of a cue: a clause or quotation after it is what was said
      // ("was asked what happened"); otherwise its subject is what the unnamed source spoke of
      // ("The purchase price was not disclosed"). Broad; the confidence model weighs it.
      if (genericPassive) {
        const after = tokens[v];
        if (after && (/^(that|:)$/i.test(after.text) || WH_WORDS.test(after.text) || (OPEN_MARKS.test(after.text) && after.quote >= 0))) {
          const asked = readContentAfter(layer, s, cue, cue.last, false);
          return asked ? make(layer, s, inQuote, { content: asked, cue, speaker: null, rule: 'passive-generic-content' }) : null;
        }
        let end = clauseEnd(layer, s, v - 1);
        if (/^(who|which|that)$/i.test(tokens[spk[1] - 1]!.text)) end = relativeClauseEnd(tokens, v, s.tokenEnd, end);
        return make(layer, s, inQuote, { content: { start: tokens[spk[0]]!.start, end, form: 'indirect' }, cue, speaker: null, rule: 'passive-generic-subject' });
      }
      if (passive === 'agentless') return null;
    }
    // Content before the speaker: "C, X said." / "“C,” X said, “C2.”" / "C, X said, C2".
    // A relative subject ("Kamin, who emphasized that …") always takes its content after the cue.
    const relative = /^(who|which|whom)$/i.test(tokens[head[1] - 1]!.text);
    // A cue inside the content of an earlier report ("Fowler noted that in 1972, he supported …")
    // is nested in it: its own content comes after it, never before.
    const cueAt0 = tokens[cue.first]!.start;
    let insideEarlier = recentCovers(prior, cueAt0);
    // "The campaign plans to release the records, a spokesman announced.": a speech cue closing the
    // sentence after a comma reports the whole clause before it, when the earlier cue covering it
    // only names a plan, wish or view; that earlier report ends before the comma.
    const closesSentence = (): boolean => {
      const after = afterCueClause(tokens, s, cue.last);
      return after.kind === 'end' && END_PUNCT.test(tokens[after.at]?.text ?? '');
    };
    if (insideEarlier && cue.kind === 'speech' && boundary !== null && boundary > s.tokenStart && tokens[boundary]!.text === ',' && !relative
      && tokens[boundary]!.quote < 0 && closesSentence()) {
      const earlier = prior.filter((a) => a.firstSentence === s.index && a.contentStart <= cueAt0 && cueAt0 < a.contentEnd);
      if (earlier.length && earlier.every((a) => a.cue && a.cue.kind !== 'speech' && a.cue.kind !== 'according')) {
        for (const a of earlier) a.contentEnd = Math.min(a.contentEnd, tokens[boundary - 1]!.end);
        insideEarlier = false;
      }
    }
    // "Hawaii, as one adviser pointed out, rarely gets hurricanes": the report is the whole sentence.
    if (spk[0] >= s.tokenStart + 2 && /^as$/i.test(tokens[spk[0] - 1]!.text) && tokens[spk[0] - 2]!.text === ',' && tokens[cue.last]?.text === ',') {
      return make(layer, s, inQuote, { content: { start: quoteAwareSentenceStart(layer, s), end: sentenceEndOffset(layer, s), form: 'indirect' }, cue, speaker: spk, head: head, rule: 'as-aside' });
    }
    // "…, Ruiz said: “C”": a colon after the cue announces the content; what came before is narration.
    // So does "that" ("…, under a sky that seemed grey, the mayor warned that …").
    const colonAfter = (tokens[cue.last]?.text === ':' || tokens[cue.last]?.text.toLowerCase() === 'that') && cue.last + 1 < s.tokenEnd;
    // "…, which he said were a threat": the report is the verb phrase after the cue.
    const relPron = spk[0] > s.tokenStart ? tokens[spk[0] - 1]! : null;
    const afterCue = tokens[cue.last];
    if (relPron && /^(who|which|that)$/i.test(relPron.text) && spk[1] - spk[0] <= 3 && afterCue && cue.last < s.tokenEnd && (afterCue.pos === 'AUX' || (afterCue.pos === 'VERB' && !/ing$/i.test(afterCue.text)))) {
      const end = relativeClauseEnd(tokens, cue.last, s.tokenEnd, sentenceEndOffset(layer, s));
      let stop = cue.last;
      while (stop < s.tokenEnd && tokens[stop]!.end <= end && tokens[stop]!.text !== ',' && !END_PUNCT.test(tokens[stop]!.text)) stop++;
      if (stop > cue.last) return make(layer, s, inQuote, { content: { start: afterCue.start, end: tokens[stop - 1]!.end, form: 'indirect' }, cue, speaker: spk, head: head, rule: 'relative-which-said' });
    }
    // Only reporting verbs take their content before them ("C, Smith said"); "C, Clinton allowed" is narration.
    const contentFirstOk = cue.kind !== 'object';
    // "“C1,” Duarte said. … “C2.” He added, “C3.”": a quotation that closed the previous sentence
    // and already has a speaker is not this cue's content.
    const takenBefore = boundary !== null && boundary < s.tokenStart && tokens[boundary]!.quote >= 0 && recentCovers(prior, layer.quotations[tokens[boundary]!.quote]!.contentStart);
    if (boundary !== null && !relative && !insideEarlier && !colonAfter && contentFirstOk && !takenBefore) {
      const after = afterCueClause(tokens, s, cue.last);
      const content = contentBefore(layer, s, boundary, tokens[spk[0]]!.start);
      // Content first only when what comes before is a clause or a quotation, not an adverbial
      // ("On May 3, at a rally, she said that …") or a subordinate clause ("When X arrived, she said …").
      const subordinate = ((SUBORDINATORS.test(tokens[s.tokenStart]!.text) || participialOpener(tokens, s) || prepositionalOpener(tokens, s.tokenStart, boundary)) && content?.form === 'indirect')
        || (participialOpener(tokens, s) && content?.form === 'mixed');
      // "On the broadcast of “Fox News Sunday,” X said his …": a title in quotes inside an adverbial.
      const quotedAdverbial = content?.form === 'mixed' && !hasFiniteVerb(tokens, s.tokenStart, boundary);
      if (subordinate || quotedAdverbial) {
        const svc = readContentAfter(layer, s, cue, cue.last, false);
        if (svc) return make(layer, s, inQuote, { content: svc, cue, speaker: spk, head: head, rule: 'subordinate-opener-content-after' });
        // A participial opener, or a temporal clause that holds a report of its own ("After
        // saying C, the man asked …"), is never what was said.
        const openerReport = prior.length > 0 && prior.at(-1)!.firstSentence === s.index && prior.at(-1)!.contentEnd <= tokens[boundary]!.start;
        if (participialOpener(tokens, s) || openerReport) return null;
      }
      // (A cue read earlier in the clause is its verb, even where the tagger saw a noun: "The campaign plans to …".)
      const cueBefore = prior.some((a) => a.firstSentence === s.index && a.cue && a.cue.first >= s.tokenStart && a.cue.first < boundary);
      if (content && content.form === 'indirect' && !hasFiniteVerb(tokens, s.tokenStart, boundary) && !cueBefore) {
        // "Climate change, Mr. Obama often says, is the greatest threat": the report runs through.
        if (after.kind === 'continues' && boundary > s.tokenStart && /^(NOUN|PROPN|PRON|ADJ|NUM|DET|ADV|SYM|X)$/.test(tokens[boundary - 1]!.pos) && !/^(ADP|SCONJ)$/.test(tokens[s.tokenStart]!.pos)) {
          const rest = readContinuation(layer, s, after.at);
          return make(layer, s, inQuote, { content: { start: content.start, end: rest.end, form: 'indirect' }, cue, speaker: spk, head: head, rule: 'interrupting-runs-through' });
        }
        const svc = readContentAfter(layer, s, cue, cue.last, false);
        if (svc) return make(layer, s, inQuote, { content: svc, cue, speaker: spk, head: head, rule: 'verbless-opener-content-after' });
        // "People like Scott, he said.": a verbless answer, when the cue closes the sentence and what
        // comes first is neither an adverbial nor a time.
        const closes = cue.kind === 'speech' && after.kind === 'end' && after.at === cue.last && END_PUNCT.test(tokens[after.at]?.text ?? '');
        const adverbial = /^(ADP|SCONJ|ADV)$/.test(tokens[s.tokenStart]!.pos) || tokens.slice(s.tokenStart, boundary).some((t) => MONTH_OR_DAY.test(t.text) || TIME_NOUN.test(t.text.replace(/s$/i, '')));
        return closes && !adverbial && boundary - s.tokenStart >= 2 ? make(layer, s, inQuote, { content, cue, speaker: spk, head: head, rule: 'verbless-answer' }) : null;
      }
      const crossSentence = boundary < s.tokenStart;
      const next = tokens[cue.last];
      const bareCue = !next || END_PUNCT.test(next.text) || next.text === ',' || next.pos === 'ADV' || next.pos === 'ADP' || next.text.toLowerCase() === 'to' || TIME_WORDS.test(next.text) || hearerOnly(tokens, s, cue);
      // "Minutes after the vote began, the clerk announced four votes for Ruiz": when the cue has a
      // complement of its own right after it, the clause before the speaker was only an opener.
      if (content && content.form === 'indirect' && !crossSentence) {
        const svc = readContentAfter(layer, s, cue, cue.last, false);
        if (svc && !commaBetween(tokens, cue.last, svc.start)) return make(layer, s, inQuote, { content: svc, cue, speaker: spk, head: head, rule: 'opener-then-complement' });
      }
      // "It was, he said, one of the bitterest failures": what stands before the speaker cannot end a
      // clause (a copula, an article, a conjunction), so the report runs on past the cue.
      if (content && content.form === 'indirect' && !crossSentence && after.kind === 'end' && tokens[after.at]?.text === ',' && boundary > s.tokenStart
        && (/^(AUX|DET|ADP|CCONJ|SCONJ|PART)$/.test(tokens[boundary - 1]!.pos) || /^(so|then)$/i.test(tokens[boundary - 1]!.text)) && after.at + 1 < s.tokenEnd - 1) {
        return make(layer, s, inQuote, { content: { start: content.start, end: sentenceEndOffset(layer, s), form: 'indirect' }, cue, speaker: spk, head: head, rule: 'interrupting-runs-on' });
      }
      if (content && after.kind === 'end' && (!crossSentence || bareCue)) return make(layer, s, inQuote, { content, cue, speaker: spk, head: head, rule: 'content-before' });
      // "“C!!!” Lee wrote in a September 16, 2012 email to …": after the previous sentence's quotation,
      // an adjunct that only looks like a clause ("to top officials") is still the cue's.
      if (content && crossSentence && bareCue && after.kind === 'continues' && !(tokens[after.at]!.quote >= 0 && OPEN_MARKS.test(tokens[after.at]!.text))) return make(layer, s, inQuote, { content, cue, speaker: spk, head: head, rule: 'content-before-cross-sentence' });
      // "“C1.” He added, “C2.”": the quotation of the previous sentence is left to the statement before
      // (or read as floating); this cue takes what follows it.
      if (content && after.kind === 'continues' && !crossSentence) {
        // "“C,” she said, and a big reason for it was …": after a quotation, a clause joined by
        // "and"/"but" is narration unless it is quoted too.
        const joined = /^(and|but|still|also|then|yet)$/i.test(tokens[after.at - 1]?.text ?? '');
        if (content.form === 'direct' && joined && !(tokens[after.at]!.quote >= 0 && OPEN_MARKS.test(tokens[after.at]!.text))) return make(layer, s, inQuote, { content, cue, speaker: spk, head: head, rule: 'content-before-then-narration' });
        const rest = readContinuation(layer, s, after.at);
        content.end = Math.max(content.end, rest.end);
        if (rest.quoted !== content.form) content.form = 'mixed';
        return make(layer, s, inQuote, { content, cue, speaker: spk, head: head, rule: 'content-before-continued' });
      }
    }
    // Content after the cue: "X said (that) C", "X said: “C”", "X told Y that C".
    const content = readContentAfter(layer, s, cue, cue.last, false);
    if (!content) return null;
    // "Residents, many of whom say the plan is unfair, gathered": the relative clause ends at the
    // comma before the main clause's verb.
    if (relative) content.end = relativeClauseEnd(tokens, cue.last, s.tokenEnd, content.end);
    // "respondents who support Sanders are in college": an object ends where the main clause's verb comes.
    if (relative && cue.kind !== 'speech') {
      for (let m = lowerBound(tokens, content.start) + 1; m < s.tokenEnd && tokens[m]!.start < content.end; m++) {
        if ((tokens[m]!.pos === 'AUX' || tokens[m]!.pos === 'VERB') && /^(NOUN|PROPN)$/.test(tokens[m - 1]!.pos)) {
          content.end = tokens[m - 1]!.end;
          break;
        }
      }
    }
    return make(layer, s, inQuote, { content, cue, speaker: spk, head: head, rule: 'content-after' });
  }

  // Sentence-initial inversion: "Said Ellis: “C”".
  if (cue.first === s.tokenStart && cue.kind === 'speech') {
    const right = speakerRight(tokens, cue.last, s.tokenEnd);
    const after = right ? tokens[right[1]] : undefined;
    if (right && after && /^[:,]$/.test(after.text)) {
      const content = readContentAfter(layer, s, cue, right[1], true);
      if (content) return make(layer, s, inQuote, { content, cue, speaker: [right[0], right[1]], rule: 'inverted-opening' });
    }
  }
  // Inverted order: "“C,” said X." / "C, said the official."
  const bj = cue.first - 1;
  // Only reporting verbs invert ("…, said Smith"); "…, blasted Clinton" has Clinton as its object,
  // and so has "…, attacked Rubio" though counts made "attack" a speech verb: a verb that also
  // takes its content as object inverts only when it is a verb of saying proper.
  if (cue.kind === 'object' || (OBJECT_CUES.has(cue.lemma) && !SAYING_VERBS.has(cue.lemma))) return null;
  if (bj >= s.tokenStart && (tokens[bj]!.text === ',' || CLOSE_MARKS.test(tokens[bj]!.text) || closesQuotation(layer, tokens[bj]!) || /^[—–-]$/.test(tokens[bj]!.text))) {
    const right = speakerRight(tokens, cue.last, s.tokenEnd);
    if (!right) return null;
    // "…, said the event brought back memories": a noun phrase with a verb after it is the subject
    // of the reported clause, not an inverted speaker.
    const afterNp = tokens[right[1]];
    // ("said the base chief known as Bob": a participle with "as"/"by" still describes the speaker.)
    const describes = afterNp && afterNp.pos === 'VERB' && /(ed|wn)$/i.test(afterNp.text) && /^(as|by)$/i.test(tokens[right[1] + 1]?.text ?? '');
    if (afterNp && right[1] < s.tokenEnd && (afterNp.pos === 'VERB' || afterNp.pos === 'AUX') && !describes) return null;
    const content = contentBefore(layer, s, bj, tokens[cue.first]!.start);
    if (!content) return null;
    const after = afterCueClause(tokens, s, right[2]);
    if (after.kind === 'continues') {
      const rest = readContinuation(layer, s, after.at);
      content.end = Math.max(content.end, rest.end);
    } else if (after.kind === 'other') return null;
    return make(layer, s, inQuote, { content, cue, speaker: [right[0], right[2]], head: [right[0], right[1]], rule: 'inverted' });
  }
  return null;
}
