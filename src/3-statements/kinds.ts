// What a statement reports (Statement.kind): speech — the source communicated it, spoken or
// written — or a thought, stance, intention or finding with no act of communication. Decided from
// the rule that read the statement, its cue and the shape of its content, by the first rule of
// KIND_RULES that applies (lists in data/lexicon/kinds.json). "warned that" is speech, "is worried
// that" a thought, "vowed to repeal it" an intention, "a new poll shows" a finding.

import kinds from '../../data/lexicon/kinds.json' with { type: 'json' };
import cueLexicon from '../../data/lexicon/cues.json' with { type: 'json' };
import type { StatementForm, StatementKind, Token } from '../types.js';
import type { CueHit } from './cues.js';
import type { ContentShape } from './grammar/content-shape.js';
import { CUE_NOUNS, SAYING_VERBS, SOURCE_NOUNS } from './cues.js';
import { WH_WORDS } from './grammar/words.js';
import { WORDS } from './grammar/lexicon.js';
import { headWordOf } from './grammar/noun-phrases.js';
import type { RuleId } from './rules.js';

const THOUGHT = new Set(kinds.thoughtVerbs);
const INTENTION = new Set(kinds.intentionVerbs);
/** Is the lemma a verb of intention or commitment (kinds.json intentionVerbs: "plan", "vow", "threaten")? */
export const isIntentionVerb = (lemma: string): boolean => INTENTION.has(lemma);
const EXPECTATION = new Set(kinds.expectationVerbs);
const STANCE = new Set(kinds.stanceVerbs);
const FINDING = new Set(kinds.findingVerbs);
const FINDING_ALWAYS = new Set(kinds.findingAlways);
/** Is the lemma a verb of finding or showing (kinds.json findingVerbs: "show", "suggest", "reveal")? */
export const isFindingVerb = (lemma: string): boolean => FINDING.has(lemma);
const FINDING_DOCUMENTS: ReadonlySet<string> = new Set(kinds.findingDocuments);
const ASSERTING_DOCUMENTS: ReadonlySet<string> = new Set(kinds.assertingDocuments);
const STANCE_ADJECTIVES = new Set(kinds.stanceAdjectives);
const SPEECH_ACTS = new Set(kinds.speechActVerbs);
const TOPIC = new Set(kinds.topicVerbs);
const NARRATION = new Set(kinds.narrationVerbs);
/** "about", "of": after a cue, they introduce what the words were about (kinds.json topicPrepositions). */
export const TOPIC_PREPOSITIONS: ReadonlySet<string> = new Set(kinds.topicPrepositions);
const WITHHELD = new Set(kinds.withheldVerbs);
const CONVENED = new Set(kinds.convenedObjects);
const CLAIMED = new Set(kinds.claimedObjects);
const PRESSING = new Set(kinds.pressingVerbs);
const WANTING_OTHERS = new Set(kinds.wantingOthersVerbs);
const SIDING = new Set(kinds.sidingCues);
const DECIDING = new Set(kinds.decidingCues);
const INTENTION_NOUN_FORMS: ReadonlySet<string> = new Set(cueLexicon.intentionNounForms);
const QUESTION_INFINITIVES: readonly string[] = kinds.questionInfinitives;
const STANCE_LIGHT_NOUNS = new Set(kinds.stanceLightNouns);
const WRITING_VERBS = new Set(kinds.writingVerbs);
const WRITTEN_WORKS = new Set(kinds.writtenWorks);
const WORK_DETERMINERS = new Set(kinds.workDeterminers);
const WITHHOLDING_VERBS = new Set(kinds.withholdingVerbs);
/** "wrote her first cookbook in 1991", "has written three novels": a determiner and a written work (kinds.json writtenWorks) among the first four words — the work, not words it says, whatever clause the content runs on to. */
const writtenWork = (k: KindInput): boolean => {
  const words = k.content.trim().toLowerCase().split(/\s+/).slice(0, 4).map((w) => w.replace(/[^\p{L}-]/gu, ''));
  return WRITING_VERBS.has(k.cue?.lemma ?? '') && (WORK_DETERMINERS.has(words[0]!) || ARTICLES.has(words[0]!) || /^\d/.test(k.content.trim())) && words.some((w) => WRITTEN_WORKS.has(w));
};
/** "denied Republicans the votes", "denied him the chance": a hearer (a capitalised name or an object pronoun) and an article — what was withheld from someone, not words. */
const withheldFrom = (k: KindInput): boolean => {
  const words = k.content.trim().split(/\s+/);
  if (!WITHHOLDING_VERBS.has(k.cue?.lemma ?? '') || CLAUSE_START.test(k.content.trim())) return false;
  let i = 0;
  while (i < 3 && /^\p{Lu}[\p{L}.-]*$/u.test(words[i] ?? '')) i++;
  if (i === 0 && WORDS.accusativePronouns.has((words[0] ?? '').toLowerCase()) && !ARTICLES.has((words[0] ?? '').toLowerCase())) i = 1;
  return i > 0 && ARTICLES.has((words[i] ?? '').toLowerCase());
};
/** "throw support behind", "voice opposition to": a light-verb cue (verb, noun, preposition) whose noun takes a side (kinds.json stanceLightNouns). */
const lightStance = (k: KindInput): boolean => {
  const parts = k.cue?.kind === 'phrase' ? k.cue.lemma.split(' ') : [];
  return parts.length === 3 && STANCE_LIGHT_NOUNS.has(parts[1]!) && !reportsClause(k);
};
/** "to know whether …", "to find out why": an infinitive that puts a question (kinds.json questionInfinitives). */
// (Then the question: a wh-word, "if", "whether" or a quotation — "needed to know, so he …" puts none.)
const asksQuestion = (k: KindInput): boolean => {
  const c = k.content.trim().toLowerCase();
  const q = QUESTION_INFINITIVES.find((w) => c.startsWith(`${w} `) || c.startsWith(`${w},`) || c.startsWith(`${w}:`));
  if (q === undefined) return false;
  const rest = c.slice(q.length).replace(/^[\s,:]+/, '');
  const next = (rest.split(/\s/)[0] ?? '').replace(/['’].*$/, '');
  return /^["“‘']/.test(rest) || WH_WORDS.has(next) || next === 'if';
};
const ARTICLES = WORDS.articles;

/** What the kind rules look at. */
export interface KindInput {
  rule: RuleId | 'unattributed-quotation';
  cue: Pick<CueHit, 'lemma' | 'kind'> | null;
  form: StatementForm;
  content: string;
  /** The content's shape, read from its tokens (grammar/content-shape.ts). */
  shape: ContentShape;
  /** The speaker mention as written, or null. */
  speaker: string | null;
  /** The cue is an act still to come: "is expected to announce", "is set to ask" (optional; false when absent). */
  prospective?: boolean;
  /** The cue is negated: "would not say", "won't explain", "did not immediately disclose" (optional; false when absent). */
  negated?: boolean;
  /** The content is the object of "about" or "of" after the cue and its hearer: "told us about the plan" (optional; false when absent). */
  afterTopicPreposition?: boolean;
  /** The content is a hearer and a to-infinitive after the cue: "pressed Hamas | to accept the deal" (optional; false when absent; hearerThenInfinitive). */
  hearerInfinitive?: boolean;
}

/**
 * Do tokens [a, b) open with a hearer and a to-infinitive ("Hamas to accept the deal", "the two
 * sides to agree a truce")? At most six words of a noun phrase (names, nouns, pronouns, determiners,
 * adjectives, numbers, "and", commas), then "to" and a verb.
 */
export function hearerThenInfinitive(tokens: readonly Token[], a: number, b: number): boolean {
  let k = a;
  while (k < b && k < a + 6 && (/^(PROPN|NOUN|PRON|DET|ADJ|NUM|CCONJ)$/.test(tokens[k]!.pos) || tokens[k]!.text === ',') && tokens[k]!.lower !== 'to') k++;
  // ("the cost to be shared": "be" after "to" is tagged an auxiliary.)
  return k > a && k + 1 < b && tokens[k]!.lower === 'to' && (tokens[k + 1]!.pos === 'VERB' || tokens[k + 1]!.pos === 'AUX');
}

/** One kind rule: an id, a one-line reason, an example and its test. */
export interface KindRule {
  readonly id: string;
  readonly kind: StatementKind;
  readonly reason: string;
  readonly example: string;
  readonly test: (k: KindInput) => boolean;
}

/** The verb of a cue lemma ("call for" → "call"). */
const verbOf = (k: KindInput): string => k.cue?.lemma.split(' ')[0] ?? '';
/** Content that is a clause of its own: a that- or wh-clause, a colon's clause, or a quotation. */
const CLAUSE_START = /^(?:that|whether|if|how|why|what|when|where|who)\b|^["“‘'«]/i;
// ("rejected that criticism": "that" before a short phrase is a determiner, no clause's opener; a
// long one may hold a clause whose verb the shape did not reach: "hoped that lingering discomfort … would".)
const THAT_PHRASE = /^that(?:\s+[^\s]+){1,4}$/i;
const reportsClause = (k: KindInput): boolean => CLAUSE_START.test(k.content.trim()) && !(k.shape === 'phrase' && THAT_PHRASE.test(k.content.trim()));
const infinitive = (k: KindInput): boolean => /^(?:not |never )?to \p{L}/iu.test(k.content.trim());
/** The speaker's head noun ("a new Harbor Institute poll, released Monday" → "poll"). */
/** The head noun of a speaker phrase as written, lower-cased, without a possessive ending. */
function headOfSpeaker(speaker: string): string {
  const first = speaker.split(/,|\(|—|–| -- /)[0]!.trim();
  // (Before a phrase that follows the head: "Emails obtained by the paper", "a report from the ministry".)
  return headWordOf(first).toLowerCase().replace(/['’]s?$/, '');
}
/** A phrase for content, after a verb whose object is not itself the words said ("discussed the budget"), or after "about"/"of" ("told us about the plan"). */
const topicPhrase = (k: KindInput): boolean => k.shape === 'phrase' && (k.afterTopicPreposition === true || (!SPEECH_ACTS.has(k.cue?.lemma ?? '') && (!SPEECH_ACTS.has(verbOf(k)) || aboutPreposition(k))));
/** "warned of the risk", "spoke about the plan": the preposition's object is what the words were about, whatever the verb does with a direct object ("warned residents to leave"). */
const aboutPreposition = (k: KindInput): boolean => TOPIC_PREPOSITIONS.has(k.cue?.lemma.split(' ').at(-1) ?? '') && (k.cue?.lemma.includes(' ') ?? false);
/** "allowed drilling near the coast", "ordered dredging the channel": a gerund (not a noun in -thing) opens the content. */
const gerund = (k: KindInput): boolean => /^(?!\p{L}*thing\b)\p{L}{3,}ing\b/iu.test(k.content.trim());
/** A document that establishes what it shows (not one that alleges: "according to a criminal complaint" reports speech). */
const documentSpeaker = (k: KindInput): boolean => documentPhrase(k.speaker ?? '');
const DOCUMENT_REPORT_VERBS: ReadonlySet<string> = new Set(kinds.documentReportVerbs);
/**
 * "… said an internal memo showed the company had cut 300 jobs": a document named inside someone's words
 * that shows or finds a clause is a report of its own (a finite cue, not "showing"/"predicting").
 */
export const documentReport = (speaker: string, cue: string, cueLemma: string): boolean => DOCUMENT_REPORT_VERBS.has(cueLemma) && !/ing$/i.test(cue) && documentPhrase(speaker);
/** A speaker phrase headed by a document that establishes what it shows ("an internal memo at the firm", "the records"), not one that alleges ("the lawsuit"). */
export const documentPhrase = (speaker: string): boolean => {
  const head = headOfSpeaker(speaker);
  const one = head.replace(/s$/, '');
  return (isDocument(head) || isDocument(one)) && !ASSERTING_DOCUMENTS.has(head) && !ASSERTING_DOCUMENTS.has(one);
};
/** A document source (cues.json `sources`: polls, reports, records) or a written or recorded thing (kinds.json `findingDocuments`: emails, memos, videos). */
export const isDocument = (head: string): boolean => SOURCE_NOUNS.has(head) || FINDING_DOCUMENTS.has(head);
/** "A new report shows the city has “failed” …": a document that shows or finds; the words it quotes are its findings' terms, not speech. */
const documentFinding = (k: KindInput): boolean => documentSpeaker(k) && FINDING.has(verbOf(k));

/** Quoted words inside the object or infinitive of an act, a thought, a stance, a plan, a topic or a finding ("knocked out Cris “Cyborg” Justino", "admired her “sexy” confidence", "decided to step up her campaign against the “older girls”", "discussed the “Green Deal”", "shows the actor in a scene from “The Kid Who Would Be King”"): a name, a title or a scare quote, not the statement's words. */
const scareQuote = (k: KindInput): boolean =>
  (((k.shape === 'phrase' || k.shape === 'infinitive') && !reportsClause(k)) || SOURCELESS_VIEWS.has(k.rule ?? '')) && !SAYING_VERBS.has(verbOf(k)) && [NARRATION, THOUGHT, STANCE, INTENTION, TOPIC, FINDING].some((set) => set.has(k.cue?.lemma ?? '') || set.has(verbOf(k)));

/** The rules of a view held by no named source ("X is known for …", "X have been known to …"): the clause is the reporter's, so its quotation marks are scare quotes or a title's. */
const SOURCELESS_VIEWS: ReadonlySet<string> = new Set(['passive-view', 'raising-infinitive', 'raising-adjective']);

const CITED_AS_OPENERS = new Set(kinds.citedAsOpeners);
const NOT_CITED_AS = new Set(kinds.notCitedAs);
/** "the ban as his reason": "as" and what the source calls the thing (not "as well as", "such as", "so as"). */
function asComplement(content: string): boolean {
  const words = content.toLowerCase().split(/\s+/);
  return words.some((w, i) => w === 'as' && i > 0 && !NOT_CITED_AS.has(words[i - 1]!) && CITED_AS_OPENERS.has(words[i + 1] ?? ''));
}

/** "a snap election for May", "witness Malcolm Gibson": an event or a witness among the first three words, no second noun phrase ("the election | a fraud") after it. */
function convenes(content: string): boolean {
  const words = content.trim().split(/\s+/).map((w) => w.toLowerCase().replace(/[^\p{L}-]/gu, ''));
  const at = words.slice(0, 3).findIndex((w) => CONVENED.has(w));
  return at >= 0 && !ARTICLES.has(words[at + 1] ?? '');
}

/** "responsibility for the attack", "victory": a claimed object (kinds.json claimedObjects) first, after an article or a possessive at most. */
function claimsCredit(content: string): boolean {
  const words = content.trim().split(/\s+/).map((w) => w.toLowerCase());
  return CLAIMED.has(words[0] ?? '') || (words.length > 1 && CLAIMED.has(words[1]!));
}

/** Words a plural noun's phrase does not run on from: articles, possessives, quantifiers, prepositions, coordinators. */
const NOT_SUBJECT_HEADS: readonly ReadonlySet<string>[] = [WORDS.articles, WORDS.possessiveDeterminers, WORDS.quantifiers, WORDS.npInnerPrepositions, WORDS.objectOnlyPrepositions, WORDS.coordinators, WORDS.complementOpeners];
/**
 * "each year of schooling yields a gain", "the board plans to sell the yard": a word in -s right after
 * a content word and before an article, a possessive or "that" (before "to", a verb of intention that is
 * a noun too: cues.json intentionNounForms), among the first ten words and with no "about" or "to"
 * before it — the finite verb of a clause that the tagger read as a plural noun.
 */
function verbReadAsNoun(content: string): boolean {
  const words = content.trim().split(/\s+/, 10);
  for (let i = 1; i + 1 < words.length; i++) {
    const w = words[i]!;
    const prev = words[i - 1]!.toLowerCase();
    // ("nothing about the attempts to …", "little about their aims to …": the object of "about" or of an infinitive.)
    if (WORDS.aboutTo.has(prev)) return false;
    if (!/^\p{Ll}{3,}s$/u.test(w) || /(?:ss|us|is)$/.test(w) || !/^\p{L}+$/u.test(prev) || NOT_SUBJECT_HEADS.some((set) => set.has(prev))) continue;
    const next = words[i + 1]!;
    // ("efforts to crack down", "exports to China": before "to", only a verb of intention that is a noun too.)
    if (next === 'to' ? INTENTION_NOUN_FORMS.has(w.slice(0, -1)) : WORDS.complementOpeners.has(next) || WORDS.accusativePronouns.has(next)) return true;
  }
  return false;
}
/** A verb of saying with a phrase for content in which a clause's verb was read as a noun ("said the board plans to sell the yard"). */
const misreadClause = (k: KindInput): boolean => k.shape === 'phrase' && k.afterTopicPreposition !== true && SAYING_VERBS.has(verbOf(k)) && !documentSpeaker(k) && verbReadAsNoun(k.content);

/** The kind rules in order: the first whose test holds decides; none → speech. */
export const KIND_RULES: readonly KindRule[] = [
  { id: 'quoted-words', kind: 'speech', reason: 'words in quotation marks were spoken or written (a nickname, title or scare quote inside the object or infinitive of an act, thought, stance, plan, topic or finding is not, nor are the terms a report or poll quotes in what it shows)', example: '“We will rebuild,” the mayor said.', test: (k) => (k.form === 'mixed' ? !scareQuote(k) && !documentFinding(k) : k.form !== 'indirect') || k.rule === 'floating-quote' || k.rule === 'quoted-words' || k.rule === 'dash-signed' || k.rule === 'unattributed-quotation' },
  { id: 'document-source', kind: 'finding', reason: '"In a new poll, C" / "C in a new survey": what a document or count shows', example: 'In the latest Harbor Institute survey, the mayor leads by four points.', test: (k) => k.rule === 'document-source-opening' || k.rule === 'document-source-closing' },
  { id: 'passive-subject-topic', kind: 'topic', reason: 'an agentless passive with no clause ("the price was not disclosed"): its subject is what was spoken of, by nobody named', example: 'The purchase price of the ferry company was not disclosed.', test: (k) => k.rule === 'passive-generic-subject' },
  { id: 'prospective-act', kind: 'intention', reason: '"is expected to announce", "is set to ask": an act still to come, not words anyone has said', example: 'The mayor is expected to ask the council to approve the budget.', test: (k) => k.prospective === true },
  { id: 'withheld', kind: 'topic', reason: '"would not say whether", "did not disclose the price", "has not said she would sign": a negated verb of telling before a wh-clause, an object or a clause names what the source kept back or did not say, not anything it said', example: 'The mayor would not say whether the ferry would run in winter.', test: (k) => k.negated === true && WITHHELD.has(verbOf(k)) && (k.shape === 'phrase' || k.shape === 'clause' || WH_WORDS.has(k.content.trim().split(/\s/)[0]!.toLowerCase())) },
  { id: 'claimed-credit', kind: 'speech', reason: '"claimed responsibility for the attack", "claimed victory": "claim" with one of these objects asserts that the claimant did or won it — words, not a subject matter', example: 'A group calling itself the Harbour Front claimed responsibility for the blast.', test: (k) => k.cue?.lemma === 'claim' && k.shape === 'phrase' && claimsCredit(k.content) },
  { id: 'light-stance', kind: 'stance', reason: '"threw his support behind", "voiced its opposition to": a light verb with a noun of taking a side and a preposition takes a position, as "backed" or "opposed" do', example: 'The dockers\' union threw its support behind the harbour plan.', test: lightStance },
  { id: 'deciding-call', kind: 'stance', reason: '"makes the final call on new hires": "make" and "call" with "on" or "about" is a decision taken, not words said (kinds.json decidingCues; "made a call for calm" stays speech)', example: 'The club owner makes the final call on signing new players.', test: (k) => DECIDING.has(k.cue?.lemma ?? '') },
  { id: 'written-work', kind: 'topic', reason: '"wrote her first cookbook in 1991", "has written three novels": writing a work names the work, not words the writer says (a clause the content runs on to is the narration\'s)', example: 'The chef wrote her first cookbook in 1994, then opened a bistro in Lyon.', test: writtenWork },
  { id: 'withheld-from', kind: 'stance', reason: '"denied Republicans the votes", "denied him the chance": a hearer and the thing withheld is an act of refusing something to someone, not a denial of a claim', example: 'The senators denied Governor Ada Hale the votes she needed to pass the budget.', test: withheldFrom },
  { id: 'misread-clause', kind: 'speech', reason: '"said each year of schooling yields a gain": after a verb of saying, a word in -s between a noun and an article, a possessive or "to" is the verb of a clause the tagger read as a plural noun — the words said, not a topic', example: 'The minister said each extra year of schooling yields a higher wage.', test: misreadClause },
  { id: 'saying-verb', kind: 'speech', reason: 'a verb of saying proper ("said", "told", "wrote", "announced") reports speech whatever its content', example: 'The minister announced that the border would reopen.', test: (k) => SAYING_VERBS.has(verbOf(k)) && !(documentSpeaker(k) && FINDING.has(verbOf(k))) && !topicPhrase(k) },
  { id: 'according-to', kind: 'speech', reason: '"according to X" reports what X said or wrote (a document as X: what it states)', example: 'The blaze started in a kitchen, according to the fire department.', test: (k) => k.cue?.kind === 'according' && !documentSpeaker(k) },
  { id: 'document-finding', kind: 'finding', reason: 'a poll, study, report or filing that shows, finds or suggests, or is cited with "according to"', example: 'A new study suggests that the lake is warming faster than expected.', test: (k) => documentSpeaker(k) && (FINDING.has(verbOf(k)) || k.cue?.kind === 'according' || verbOf(k) === 'say') },
  { id: 'finding-verb', kind: 'finding', reason: '"found that", "showed that": what was established, by anyone', example: 'The inspectors found that the pipes were corroded.', test: (k) => FINDING_ALWAYS.has(verbOf(k)) },
  { id: 'appearance', kind: 'thought', reason: 'an appearance or a view held by no named source ("seemed to", "is seen as")', example: 'The council appeared divided over the plan.', test: (k) => k.rule === 'raising-infinitive' || k.rule === 'raising-adjective' || k.rule === 'passive-view' },
  { id: 'stance-adjective', kind: 'stance', reason: 'a position after a copula: "is critical of", "was supportive of", "is against"', example: 'The union is critical of the new contract.', test: (k) => k.rule === 'adjective-attitude' && STANCE_ADJECTIVES.has(verbOf(k)) },
  { id: 'attitude-adjective', kind: 'thought', reason: 'a state of mind after a copula: "is confident that", "was worried that"', example: 'The treasurer is confident that the budget will pass.', test: (k) => k.rule === 'adjective-attitude' },
  { id: 'possessed-speech', kind: 'speech', reason: '"the government\'s announcement that …", "her statement that …": a noun for words said (cues.json nouns) with a possessor and a clause reports speech', example: 'The ministry\'s announcement that the border would reopen calmed the markets.', test: (k) => k.rule === 'possessed-stance' && CUE_NOUNS.has(k.cue?.lemma ?? '') && reportsClause(k) },
  { id: 'possessed-stance', kind: 'stance', reason: '"her support for the levy", "his criticism of the plan": a stance noun with a possessor', example: 'Lopez\'s support for the new tax surprised her allies.', test: (k) => k.rule === 'possessed-stance' || k.rule === 'participle-stance-noun' },
  { id: 'hearer-infinitive', kind: 'speech', reason: '"pressed Hamas to accept the deal", "lobbied ministers to back the bill": a verb of bringing someone to act by words, with a hearer and a to-infinitive, reports an urging (kinds.json pressingVerbs)', example: 'Regional envoys pressed the rebels to release the hostages.', test: (k) => k.hearerInfinitive === true && PRESSING.has(verbOf(k)) },
  { id: 'wanted-of-others', kind: 'stance', reason: '"wants the council to drop the fee", "want the cost to be shared": wanting someone else to act takes a position on what others should do, not a plan of the source\'s own (kinds.json wantingOthersVerbs)', example: 'The ferry union wants the council to drop the new fee.', test: (k) => k.hearerInfinitive === true && WANTING_OTHERS.has(verbOf(k)) },
  { id: 'siding-with', kind: 'stance', reason: '"agreed with the judge", "sided with the union": agreeing with a person or a position takes a side, it is no plan ("agreed to pay" is one)', example: 'The harbour master agreed with the pilots on the new tide tables.', test: (k) => SIDING.has(k.cue?.lemma ?? '') && !reportsClause(k) },
  { id: 'wanted-to-know', kind: 'speech', reason: '"wanted to know whether", "wants to find out why": a verb of wanting before an infinitive that puts a question reports the question asked, not a plan', example: 'Several councillors wanted to know whether the ferry would run in winter.', test: (k) => INTENTION.has(verbOf(k)) && asksQuestion(k) },
  { id: 'intention-infinitive', kind: 'intention', reason: 'a verb of wanting, planning or promising with an infinitive: "vowed to repeal it", "plans to run"', example: 'The governor plans to run for a second term.', test: (k) => INTENTION.has(verbOf(k)) && infinitive(k) },
  { id: 'expectation-object', kind: 'thought', reason: '"expects a recovery", "expect the Fed to cut rates": expecting with an object is a belief about what will happen (with its own infinitive, "expects to cut jobs", a plan)', example: 'Analysts expect a slow recovery in the harbour trade.', test: (k) => EXPECTATION.has(verbOf(k)) && !infinitive(k) && !reportsClause(k) },
  { id: 'intention-object', kind: 'intention', reason: 'a verb of wanting or planning with an object: "wants a recount", "seeks a second term" (a verb of thought with a clause, "hopes the row can be settled", is a view of what will happen)', example: 'The challenger wants a full recount of the ballots.', test: (k) => INTENTION.has(verbOf(k)) && !reportsClause(k) && !(k.shape === 'clause' && THOUGHT.has(verbOf(k))) },
  { id: 'view-held', kind: 'thought', reason: '"has doubts about", "have concerns that": "have" and a noun of a view held (cues.json haveNouns) is a view, not words said', example: 'Several councillors have doubts about the ferry plan.', test: (k) => verbOf(k) === 'have' },
  { id: 'thought-verb', kind: 'thought', reason: 'a verb of thinking, believing, knowing or feeling: "believes that", "fears the plan will fail"', example: 'Most residents believe the plan will fail.', test: (k) => k.cue?.kind === 'cognition' || (THOUGHT.has(verbOf(k)) && !SAYING_VERBS.has(verbOf(k))) },
  { id: 'convening-call', kind: 'stance', reason: '"called an election", "called a news conference", "called witness X": "call" with an event or a witness for object convenes or orders, it reports no words ("called the election a fraud" does; "called for a ceasefire" asks for one)', example: 'The premier called a snap election for May.', test: (k) => k.cue?.lemma === 'call' && k.shape === 'phrase' && convenes(k.content) },
  { id: 'speech-act-object', kind: 'speech', reason: 'a cue that takes an object but reports words: "called the plan a disgrace", "urged Congress to act", "denied the allegations"', example: 'The senator urged colleagues to reject the bill.', test: (k) => !(k.afterTopicPreposition === true && k.shape === 'phrase') && (SPEECH_ACTS.has(k.cue?.lemma ?? '') || (SPEECH_ACTS.has(verbOf(k)) && !topicPhrase(k))) },
  { id: 'stance-object', kind: 'stance', reason: 'a verb of support or opposition with an object, not a clause: "backed the bill", "criticized the plan"', example: 'The teachers union endorses Martinez.', test: (k) => (STANCE.has(k.cue?.lemma ?? '') || STANCE.has(verbOf(k))) && !reportsClause(k) },
  { id: 'narration-act', kind: 'stance', reason: 'a verb that narrates an act, with no reported clause ("voted for the bill", "ordered a review", "pleaded guilty") or with a gerund ("allowed drilling near the coast, where …"): a position taken by an act, not words', example: 'The regulator allowed the merger on Tuesday.', test: (k) => (NARRATION.has(k.cue?.lemma ?? '') || NARRATION.has(verbOf(k))) && ((k.shape !== 'clause' && k.shape !== 'quotation') || gerund(k)) },
  { id: 'cited-as', kind: 'speech', reason: '"cited the ban as his reason", "highlighted the port as a model": a verb of speaking about something, with "as" and what the source calls it, reports what was said of it', example: 'The minister cited the fuel tax as the reason for the fare rise.', test: (k) => k.shape === 'phrase' && (TOPIC.has(k.cue?.lemma ?? '') || TOPIC.has(verbOf(k))) && asComplement(k.content) },
  { id: 'topic-phrase', kind: 'topic', reason: 'a verb of speaking with a phrase for content ("discussed the budget", "referred to the report"): what was talked about, not what was said', example: 'The two ministers discussed the fishing quotas.', test: (k) => topicPhrase(k) && (TOPIC.has(k.cue?.lemma ?? '') || TOPIC.has(verbOf(k)) || SAYING_VERBS.has(verbOf(k)) || k.cue?.kind === 'speech') },
  { id: 'object-act', kind: 'stance', reason: 'any other cue with an object and no reported clause ("approved the plan", "named a successor") takes a position by an act, not by words', example: 'The mayor focused on the gap in the budget.', test: (k) => k.cue?.kind === 'object' && !reportsClause(k) && !infinitive(k) && !SAYING_VERBS.has(verbOf(k)) },
];

/** The kind of a statement: the first kind rule that holds, or speech. */
export function statementKind(k: KindInput): { kind: StatementKind; by: string } {
  for (const r of KIND_RULES) if (r.test(k)) return { kind: r.kind, by: r.id };
  return { kind: 'speech', by: 'default' };
}
