// Stage 3's rules as one visible table: every attribution records the id of the rule that read it
// (RawAttribution.rule, Statement.rule), so each rule can be explained (`annotate --explain`),
// measured (scripts/rule-report.ts → docs/rules.md) and tested by its own example. The order of
// the cue rules — the first that applies wins — is CUE_STEPS in attribution/cue-rules.ts.

/** One named rule: an id, the family (the file under attribution/ or passes/ that holds it), a one-line reason and an example it reads. */
export interface RuleInfo {
  readonly id: string;
  readonly family: string;
  readonly reason: string;
  /** An invented sentence this rule reads (tested: the rule's own reading of it is found). */
  readonly example: string;
}

export const RULES = [
  // ---- cue rules (one cue at a time, attribution/cue-rules.ts)
  { id: 'according-to', family: 'according-to', reason: '"according to X" names the source of the clause before or after it', example: 'The blaze started in a kitchen, according to the fire department.' },
  { id: 'as-reported-by', family: 'according-to', reason: '"As reported by X, C": the clause after the comma is X\'s report', example: 'As reported by the Harbour Gazette, the ferry will stop running in May.' },
  { id: 'infinitive-purpose', family: 'infinitive', reason: 'a cue in a purpose or complement infinitive reports for the clause\'s subject', example: 'The mayor used the speech to call for a new bridge over the river.' },
  { id: 'participle-adjunct', family: 'participle', reason: '", saying C" / "by saying C" / "Noting C, X …": the participle reports for the main clause\'s subject', example: 'The minister left the hall, saying that the talks had failed.' },
  { id: 'participle-with-noun', family: 'participle', reason: '"with N saying C": the noun phrase after "with" speaks', example: 'The survey ended the debate, with 30 percent of tenants saying the rent was too high.' },
  { id: 'participle-after-object', family: 'participle', reason: '"sent volunteers a note saying C": a participle after the object reports for the subject', example: 'The coach emailed parents saying that the match was cancelled.' },
  { id: 'participle-after-day', family: 'participle', reason: '"posted a message early Friday saying C": after a day, the participle is the subject\'s', example: 'Marta Ruiz sent a series of messages early Friday saying the vote was rigged.' },
  { id: 'participle-stance-noun', family: 'participle', reason: '"a group backing X": a stance participle after a noun is that noun phrase\'s stance', example: 'A group backing Lindqvist raised two million dollars in May.' },
  { id: 'participle-after-name', family: 'participle', reason: '"footage of X saying C": a speech participle after a name reports that name\'s words', example: 'The video shows Dana Whitfield saying that the plant will close.' },
  { id: 'participle-broad', family: 'participle', reason: 'any other -ing cue after a noun phrase, preposition or verb, read broadly for the confidence model', example: 'Residents have posted signs criticizing the new parking rules downtown.' },
  { id: 'passive-agent', family: 'passive', reason: 'a passive cue with "by X": X is the source of the clause before it', example: 'The closure of the port was announced by the harbour authority.' },
  { id: 'passive-question', family: 'passive', reason: '"X was asked whether C": a question put by an unnamed asker', example: 'The mayor was asked whether she would run again next year.' },
  { id: 'passive-view', family: 'passive', reason: '"X is seen as Y": a view held by no named source', example: 'The senator is widely seen as a moderate on trade policy.' },
  { id: 'passive-generic-content', family: 'passive', reason: 'an agentless passive cue followed by a clause or quotation: what was said, by nobody named', example: 'The residents were told that the water was safe to drink.' },
  { id: 'passive-generic-subject', family: 'passive', reason: 'an agentless passive cue with no clause after it: its subject is what was spoken of', example: 'The purchase price of the ferry company was not disclosed.' },
  { id: 'raising-infinitive', family: 'raising', reason: '"X seemed to …": an appearance with no source; the clause with its subject is what appears', example: 'The new stadium seemed to please most of the fans in the city.' },
  { id: 'raising-adjective', family: 'raising', reason: '"X appeared paralyzed": an appearance with an adjective; no source', example: 'The city council appeared divided over the new budget plan.' },
  { id: 'coordinated-verb', family: 'coordinated', reason: '"X promised A and said C": the subject of the first verb speaks the second', example: 'Ruth Okafor thanked the volunteers and said the shelter would stay open.' },
  { id: 'as-aside', family: 'content-before', reason: '"C, as X pointed out, C2": the whole sentence is X\'s report', example: 'The island, as one adviser pointed out, rarely gets hurricanes in June.' },
  { id: 'relative-which-said', family: 'content-after', reason: '"…, which X said were a threat": the verb phrase after the cue is the report', example: 'The council cut the grants, which the mayor said were a waste of money.' },
  { id: 'subordinate-opener-content-after', family: 'content-after', reason: 'a subordinate or prepositional opener before the speaker is not content; the content follows the cue', example: 'When the storm hit, the mayor said crews were ready.' },
  { id: 'interrupting-runs-through', family: 'content-before', reason: '"C1, X said, C2" where C1 is a bare subject: the report runs through the interruption', example: 'The budget, the governor said, is balanced for the first time.' },
  { id: 'verbless-opener-content-after', family: 'content-after', reason: 'a verbless opener before the speaker ("On Monday, X said C"): the content follows the cue', example: 'Later that night, the chairman said the count would be public.' },
  { id: 'content-before-participle-after', family: 'content-before', reason: '"C, X said, adding that D": the participle takes D, so what stands first is the content even when the tagger saw no verb in it', example: 'Nearly 8 million people face acute hunger, a coalition of aid groups said on Tuesday, warning that funding had fallen.' },
  { id: 'verbless-answer', family: 'content-before', reason: '"People like Scott, he said.": a verbless answer when the cue closes the sentence', example: 'People like the older fishermen, she said.' },
  { id: 'opener-then-complement', family: 'content-after', reason: 'a clause opener before the speaker and a complement right after the cue: the complement is the content', example: 'Minutes after the vote began, the clerk announced four votes for Ruiz.' },
  { id: 'interrupting-runs-on', family: 'content-before', reason: '"It was, he said, one of …": what stands before the speaker cannot end a clause, so the report runs on', example: 'It was, she said, one of the hardest winters in memory.' },
  { id: 'content-before', family: 'content-before', reason: '"C, X said." / "“C,” X said.": the clause or quotation before the speaker is the content', example: '“We will not give up,” the coach said.' },
  { id: 'content-before-cross-sentence', family: 'content-before', reason: 'a quotation that closed the previous sentence, then "X wrote in an email to …"', example: '“Call me now!!!” Lee wrote in a September 16, 2012 email to top officials.' },
  { id: 'content-before-then-narration', family: 'content-before', reason: '"“C,” she said, and a big reason …": after the quotation, an unquoted clause joined by "and" is narration', example: '“Prices will rise,” Diaz said, and the shop owners agreed with her.' },
  { id: 'content-before-summary-appositive', family: 'content-before', reason: '"“C,” X said, a complaint …": an appositive that sums up the words after the cue is no continuation of them', example: '“We gave that away,” Berg said, a complaint his coach later played down.' },
  { id: 'content-before-then-adjunct', family: 'content-before', reason: '"“C,” she said, cutting off a reporter …": after the quotation, unquoted words that open no clause are the writer\'s adjunct', example: '“We will rebuild,” Ortiz said, pointing at the flooded square.' },
  { id: 'content-before-continued', family: 'content-before', reason: '"“C1,” he said, “C2.”": the quotation continues after an interrupting cue', example: '“Prices will rise,” Diaz said, “and wages will follow.”' },
  { id: 'content-after', family: 'content-after', reason: '"X said (that) C", "X said: “C”", "X told Y that C": the content follows the cue', example: 'Mayor Carla Diaz said that the bridge would reopen in June.' },
  { id: 'inverted-opening', family: 'inverted', reason: '"Said X: “C”": a sentence-initial inverted cue', example: 'Said Ellis: “I doubt it will pass.”' },
  { id: 'inverted', family: 'inverted', reason: '"“C,” said X.": a speech verb before its speaker after the content', example: '“The bridge is safe,” said Maria Lopez, the city engineer.' },
  { id: 'adjective-attitude', family: 'adjective', reason: '"X is confident that C": an attitude after a copula is its subject\'s view', example: 'The treasurer is confident that the budget will pass.' },
  // ---- document passes (passes/)
  { id: 'dash-signed', family: 'punctuation', reason: 'a quotation signed with a dash: "“C” ― Jane Doe"', example: '“Nobody asked us about the tower.” ― Tom Reyes' },
  { id: 'pull-quote-signed', family: 'punctuation', reason: 'a paragraph of one or two sentences signed by a name after its last full stop (a pull quote): "C. Jane Doe, Harbour Watch"', example: 'The council met on Monday.\n\nThe levy will fail unless the province pays its share. Dana Ruiz, Harbour Watch\n\nThe vote is on Friday.' },
  { id: 'transcript-turn', family: 'punctuation', reason: 'a paragraph led by a speaker\'s label in capitals and a colon in an interview transcript ("TAPPER: …") is that person\'s turn, even where reports inside it were read: they nest in it', example: 'Henrik Aaltonen joined us from Oulu.\n\nAALTONEN: Well, I think the farmers will not accept the cuts.' },
  { id: 'speaker-colon', family: 'punctuation', reason: 'a paragraph led by a name and a colon (headline or transcript): "Smith: Talks Have Failed"', example: 'Okafor: The shelter will stay open all winter' },
  { id: 'document-source-opening', family: 'document', reason: '"In a new survey, C": a sentence opened by "in" + a source noun reports that source', example: 'In the latest Harbor Institute survey, the mayor leads by four points.' },
  { id: 'document-source-closing', family: 'document', reason: '"C in a new poll.": a sentence closed by "in" + a source noun reports that source', example: 'The mayor led her rival by two to one in a new poll.' },
  { id: 'evidential-adverb', family: 'evidential', reason: '"X has reportedly hired Y": hearsay marked by an adverb, with no source', example: 'The ferry company has reportedly hired a new lobbyist.' },
  { id: 'asked-opener', family: 'asked', reason: '"Asked whether C, X said …": a question put by someone the article does not name', example: 'Asked whether the plan would pass, Ruiz said she was hopeful.' },
  { id: 'hearing-heard-before', family: 'hearing', reason: '"C, the court heard.": evidence given to a hearing by someone the sentence does not name', example: 'The driver had been drinking before the crash, the inquest heard.' },
  { id: 'hearing-heard-after', family: 'hearing', reason: '"The jury was told that C.": evidence given to a hearing, after its cue', example: 'The court heard that the ferry had left the harbour without lights.' },
  { id: 'possessed-stance', family: 'nominal-stance', reason: '"X\'s support for Y", "her criticism of Z": a stance noun with a possessor', example: 'Lopez\'s support for the new tax surprised her allies.' },
  { id: 'relayed-report', family: 'relayed', reason: '"A quoted B as saying C", "B was quoted by A as saying C": B\'s own report of C, nested in A\'s', example: 'The Harbour Gazette quoted port director Lena Ortiz as saying that the ferry would stop in May.' },
  { id: 'cited-by', family: 'relayed', reason: '"B, quoted by A, said C", "said B, cited by A": A passes B\'s report on; B\'s report is nested in A\'s', example: '“The ferry will stop in May,” said port director Lena Ortiz, cited by the Harbour Gazette.' },
  { id: 'floating-quote-after-act', family: 'floating', reason: 'a quoted paragraph with no cue after a paragraph ending in a named person\'s speech act ("X objected.") is that person\'s', example: 'Analyst Tom Reyes said the shares were cheap.\n\nBoard chairman Lena Ortiz objected.\n\n“We are not selling the port.”' },
  { id: 'quote-after-manner', family: 'floating', reason: 'a quotation closing its paragraph right after "She was blunt." (a pronoun or a name, "be", an adjective) is that subject\'s words', example: 'The mayor took questions for an hour. On the bridge, she was blunt. “Nobody will pay a toll.”' },
  { id: 'floating-quote', family: 'floating', reason: 'a quoted paragraph with no cue is spoken by the last speaker', example: 'Mayor Carla Diaz said the bridge would reopen.\n\n“We have waited long enough for this.”' },
  // ---- fallbacks after the confidence model (index.ts)
  { id: 'quoted-words', family: 'floating', reason: 'quoted words no kept statement holds belong to the subject of their clause', example: 'Reid has gone after Lee as a “human leech who will bleed the country dry” all week.' },
  { id: 'unattributed-quotation', family: 'floating', reason: 'a quotation no statement holds is kept without a speaker, so that nothing quoted is lost', example: '“This is the end of the line.”' },
] as const satisfies readonly RuleInfo[];

/** The id of a stage-3 rule. */
export type RuleId = (typeof RULES)[number]['id'];

const BY_ID: ReadonlyMap<string, RuleInfo> = new Map(RULES.map((r) => [r.id, r]));

/** The rule of an id, or undefined for an id no rule has (older data). */
export function ruleInfo(id: string): RuleInfo | undefined {
  return BY_ID.get(id);
}
