// Stage 3, statement kinds: speech, thought, stance, intention, finding, topic — decided from the rule,
// the cue and the content's shape (src/3-statements/kinds.ts). Every sentence is written for this
// test; the rules' readings are taken before the confidence threshold.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';
import { KIND_RULES, statementKind } from '../../src/3-statements/kinds.js';

function kinds(text: string): { content: string; kind: string | undefined }[] {
  const a = analyze({ id: 't', text, published: '2024-05-06' }, { today: '2024-06-01', minConfidence: 0 });
  return a.statements.map((s) => ({ content: s.content.text, kind: s.kind }));
}

describe('statement kinds', () => {
  it.each([
    ['a verb of saying', 'The harbour master said that the channel would reopen on Friday.', 'that the channel would reopen on Friday', 'speech'],
    ['a filing that closes the sentence with "states" is its source', 'The tanker sailed without a licence for three weeks, the indictment states.', 'The tanker sailed without a licence for three weeks', 'speech'],
    ['a lawsuit that closes the sentence with "claims" is its source', 'The landlord ignored the mould, the tenants\' lawsuit claims.', 'The landlord ignored the mould', 'speech'],
    ['a poll described by its publication day finds', 'A survey by Harbour Polling published Monday found that most tenants back the levy.', 'that most tenants back the levy', 'finding'],
    ['exuding confidence that a thing will happen is a thought', 'Premier Naledi Khumalo on Friday exuded confidence that her coalition would hold.', 'that her coalition would hold', 'thought'],
    ['accepting that something happened is a thought', 'The coroner accepted that the crew had been delayed.', 'the crew had been delayed', 'thought'],
    ['ruling out a phrase is a stance', 'The finance minister ruled out a fuel tax rise.', 'a fuel tax rise', 'stance'],
    ['not ruling out a gerund is a stance', 'Mayor Ruth Okoro did not rule out closing the ferry.', 'closing the ferry', 'stance'],
    ['disputing findings after a relative clause is a stance', 'Okafor, who quit the agency in 2019, disputes the findings.', 'the findings', 'stance'],
    ['writing a book that runs on to a clause of narration is a topic', 'The poet wrote her second novel in 2003, then she moved to Accra.', 'her second novel in 2003, then she moved to Accra', 'topic'],
    ['writing a clause stays speech', 'The poet wrote that the border had closed.', 'that the border had closed', 'speech'],
    ['denying someone a thing is an act', 'The council denied Harbour Rowing the permit it needed to build a boathouse.', 'Harbour Rowing the permit it needed to build a boathouse', 'stance'],
    ['denying a claim stays a topic', 'The council denied the claims about the permit.', 'the claims about the permit', 'topic'],
    ['a bare plural subject planning is an intention', 'Fishermen plan to block the harbour on Monday.', 'to block the harbour on Monday', 'intention'],
    ['rejecting "that" criticism is a stance: "that" before a phrase is a determiner', 'The harbour master rejected that criticism on Monday.', 'that criticism on Monday', 'stance'],
    ['a hope cut before its clause\'s verb stays a thought: a long phrase after "that" may hold a clause', 'The plan has angered harbour leaders, who had hoped that lingering doubts about the mayor\'s policies on ferries and the port deal backed by Reyes might bring gains in May.', 'that lingering doubts about the mayor\'s policies on ferries and the port deal', 'thought'],
    ['backing "that" plan is a stance', 'Most dockers backed that proposal.', 'that proposal', 'stance'],
    ['wanting to know is asking', 'Two senators wanted to know whether the shipyard would close.', 'to know whether the shipyard would close', 'speech'],
    ['wanting to know a thing is asking', 'The fishermen want to know why the quota was cut.', 'to know why the quota was cut', 'speech'],
    ['wanting to know what\'s in a report is asking', 'Voters want to know what\'s in the harbour audit.', 'to know what\'s in the harbour audit', 'speech'],
    ['needing to know, with no question after it, stays a need', 'The skipper needed to know, so he radioed the harbour.', 'to know, so he radioed the harbour', 'intention'],
    ['throwing weight behind a clause reports it', 'The premier has waded into the port debate, throwing her weight behind the mayor\'s advice that the port should stay public.', 'that the port should stay public', 'speech'],
    ['throwing support behind someone is a stance', 'The coach has thrown his support behind the young goalkeeper.', 'the young goalkeeper', 'stance'],
    ['voicing opposition to a plan is a stance', 'The farmers voiced their opposition to the pipeline.', 'the pipeline', 'stance'],
    ['raising concerns about a plan stays speech', 'The farmers raised concerns about the pipeline.', 'the pipeline', 'speech'],
    ['pressing a hearer to act is an urging', 'Regional envoys pressed the rebels to release the hostages.', 'the rebels to release the hostages', 'speech'],
    ['wanting someone else to act is a stance', 'The ferry union wants the harbour board to scrap the night fee.', 'the harbour board to scrap the night fee', 'stance'],
    ['agreeing with a person is a stance, no plan', 'The coroner agreed with the pilots about the tide tables.', 'the pilots about the tide tables', 'stance'],
    ['wanting a cost to be borne by others is a stance', 'The province wants the repair bill to be split among the three towns.', 'the repair bill to be split among the three towns', 'stance'],
    ['reassuring a hearer that a clause holds is speech, its hearer no part of the content', 'The harbour master reassured skippers that the channel was safe.', 'that the channel was safe', 'speech'],
    ['reassuring a hearer of a bare clause is speech', 'The treasurer reassured lenders the ferry levy would be repaid.', 'the ferry levy would be repaid', 'speech'],
    ['pressing two hearers to act is an urging', 'Diplomats pressed Kyiv and Moscow to resume the grain talks.', 'Kyiv and Moscow to resume the grain talks', 'speech'],
    ['lobbying a hearer to act is an urging', 'Farm unions lobbied ministers to approve the subsidy.', 'ministers to approve the subsidy', 'speech'],
    ['"expect" with an object is a belief', 'Analysts expect the harbour board to raise fees in June.', 'the harbour board to raise fees in June', 'thought'],
    ['"expect" with its own infinitive is a plan', 'The ferry company expects to cut 50 jobs.', 'to cut 50 jobs', 'intention'],
    ['"have" and a noun of a view held, with "that"', 'Dockers have concerns that the new cranes are unsafe.', 'that the new cranes are unsafe', 'thought'],
    ['a participle of a state of mind tagged a verb, after a copula', 'The harbour master is convinced that the crane failed.', 'that the crane failed', 'thought'],
    ['a clause whose verb wink reads as a plural noun after a possessive is no topic', 'The skipper said her crew plans to sail on Friday.', 'her crew plans to sail on Friday', 'speech'],
    ['a clause whose verb in -s is read as a plural noun after "of" and a noun is no topic', 'The minister said each extra year of schooling yields a higher wage.', 'each extra year of schooling yields a higher wage', 'speech'],
    ['a clause whose verb in -s is read as a plural noun before an article is no topic', 'The chef said a pinch of salt lifts the whole dish.', 'a pinch of salt lifts the whole dish', 'speech'],
    ['a "that" clause whose only verb is read as a plural noun is no topic', 'The pilots wrote that each late crossing costs the port money.', 'that each late crossing costs the port money', 'speech'],
    ['making the final call on a thing is a decision, no words', 'The head coach makes the final call on picking the squad.', 'picking the squad', 'stance'],
    ['"have" and a noun of a view held, with a preposition', 'The auditors had doubts over whether the ferry line could keep operating.', 'whether the ferry line could keep operating', 'thought'],
    ['a clause whose subject has a relative clause', 'The coach said players who missed training would be dropped.', 'players who missed training would be dropped', 'speech'],
    ['a view\'s noun and the clause that spells it out', 'The minister repeated the harbour board\'s position that the pier would stay closed.', 'the harbour board\'s position that the pier would stay closed', 'speech'],
    ['a clause whose subject has a relative clause set off by commas', 'The navy said the collision, which took place on Monday, injured two sailors.', 'the collision, which took place on Monday, injured two sailors', 'speech'],
    ['a clause whose subject has a "that" relative clause', 'The utility said six turbines that had broken down were back online.', 'six turbines that had broken down were back online', 'speech'],
    ['a warning is speech, whatever it warns of', 'Doctors warned that the clinic could close by spring.', 'that the clinic could close by spring', 'speech'],
    ['a direct quotation', '“We are not leaving,” the tenants told the landlord.', '“We are not leaving,”', 'speech'],
    ['"according to" a person', 'The ferry sank in calm water, according to the captain.', 'The ferry sank in calm water', 'speech'],
    ['a belief', 'Most fishermen believe the quota will be cut again.', 'the quota will be cut again', 'thought'],
    ['a legal complaint alleges: speech', 'According to a criminal complaint, the skipper hid the catch from inspectors.', 'the skipper hid the catch from inspectors', 'speech'],
    ['a study establishes: a finding', 'According to a new study, the catch has halved since 2010.', 'the catch has halved since 2010', 'finding'],
    ['calling for a ceasefire asks for one: speech, not a convening', 'The bishop called for an immediate ceasefire.', 'an immediate ceasefire', 'speech'],
    ['calling a ceasefire declares one', 'The rebel commander called a ceasefire for the holiday.', 'a ceasefire for the holiday', 'stance'],
    ['a clause whose past-tense verb wink reads as a noun', 'The skipper said Norlanders deserved answers.', 'Norlanders deserved answers', 'speech'],
    ['an allegation whose subject has an age set off by commas is speech', 'Prosecutors allege that Tom Reyes, 54, used the harbour fund to pay for holidays.', 'that Tom Reyes, 54, used the harbour fund to pay for holidays', 'speech'],
    ['finding fault is a stance', 'A harbour pilot, Ines Duarte, faulted the new berthing rules.', 'the new berthing rules', 'stance'],
    ['congratulating is a stance', 'The mayor congratulated the rowing club on its win.', 'the rowing club on its win', 'stance'],
    ['thanking is a stance', 'The mayor thanked the lifeboat crews for their courage.', 'the lifeboat crews for their courage', 'stance'],
    ['stressing a nominalised proposition is speech', 'The harbour master stressed the importance of regional cooperation.', 'the importance of regional cooperation', 'speech'],
    ['reiterating a position is speech', 'The envoy reiterated his government\'s support for a ceasefire.', 'his government\'s support for a ceasefire', 'speech'],
    // (Guard: a verb of talking about keeps its topic.)
    ['discussing is talking about', 'The two ministers discussed the importance of regional cooperation.', 'the importance of regional cooperation', 'topic'],
    ['a state of mind after a copula', 'The treasurer is worried that the levy will fail.', 'that the levy will fail', 'thought'],
    ['a disposition with an infinitive ("tend to")', 'Harbour voters tend to favour the incumbent in hard times.', 'to favour the incumbent in hard times', 'thought'],
    ['an appearance with no source', 'The new stadium seemed to please most of the fans.', 'The new stadium seemed to please most of the fans', 'thought'],
    ['a plan with an infinitive', 'The city plans to close two libraries next year.', 'to close two libraries next year', 'intention'],
    ['a vow with an infinitive', 'The new mayor vowed to repeal the parking fee.', 'to repeal the parking fee', 'intention'],
    ['support with an object', 'The teachers union endorses Martinez.', 'Martinez', 'stance'],
    ['a position after a copula', 'The nurses union is critical of the new contract.', 'the new contract', 'stance'],
    ['a stance noun with its possessor', 'Lopez’s support for the new tax surprised her allies.', 'the new tax surprised her allies', 'stance'],
    ['a noun for words said, with its possessor and a clause', 'Markets rose after the ministry’s announcement that the border would reopen.', 'that the border would reopen', 'speech'],
    ['what a poll shows', 'A new Harbor Institute poll shows the mayor leading by four points.', 'the mayor leading by four points', 'finding'],
    ['a document named with its author, cited with "according to"', 'The ferry sank in calm water, according to a report from the coast guard.', 'The ferry sank in calm water', 'finding'],
    ['a document source opening the sentence', 'In the latest Harbor Institute survey, the mayor leads by four points.', 'the mayor leads by four points', 'finding'],
    ['what inspectors found', 'The inspectors found that the pipes were corroded.', 'that the pipes were corroded', 'finding'],
    ['pressing someone on a matter names the matter', 'Senators pressed the admiral on the shipyard delays.', 'the shipyard delays', 'topic'],
    ['a topic talked about, with no words reported', 'The two ministers discussed the fishing quotas on Tuesday.', 'the fishing quotas on Tuesday', 'topic'],
    ['a document cited, not what it says', 'The defence lawyer cited a 2019 report by the coroner.', 'a 2019 report by the coroner', 'topic'],
    ['a thing cited "as" what the source calls it', 'The ferry operator cited the fuel tax as the reason for the fare rise.', 'the fuel tax as the reason for the fare rise', 'speech'],
    ['"as well as" joining two topics (a guard of cited-as: no "as" complement)', 'The two ministers discussed the fishing quotas as well as the ferry timetable.', 'the fishing quotas as well as the ferry timetable', 'topic'],
    ['a request for something', 'The ferry company requested financial help from the harbour board.', 'financial help from the harbour board', 'speech'],
    ['a feeling expressed in words', 'The dockers union expressed disappointment at the harbour board decision.', 'disappointment at the harbour board decision', 'speech'],
    ['the same verb with a clause is speech', 'The defence lawyer noted that the report was never filed.', 'that the report was never filed', 'speech'],
    ['a verb of saying with a phrase object', 'The coach talked about the injuries before the game.', 'the injuries before the game', 'topic'],
    ['a denial with only an object names what was denied', 'The minister denied the allegations on Friday.', 'the allegations on Friday', 'topic'],
    ['a disclosure with only an object names what was disclosed', 'The club revealed its new kit on Monday.', 'its new kit on Monday', 'topic'],
    ['results reported for a period "ended" on a date are a phrase, not a clause', 'Norvik Oil reported a profit of $3 billion for the 12 months ended Dec. 31, 2018.', 'a profit of $3 billion for the 12 months ended Dec. 31, 2018', 'topic'],
    ['a reported plan with a relative clause after its object is still a clause', 'Her office said the council plans to table a bylaw that would raise parking fines.', 'the council plans to table a bylaw that would raise parking fines', 'speech'],
    ['a denial with a clause reports words', 'The minister denied that she had met the lobbyist.', 'that she had met the lobbyist', 'speech'],
    ['an urging with an object and infinitive reports words', 'The mayor urged residents to stay indoors.', 'residents to stay indoors', 'speech'],
    ['a warning of a danger names only what it was about', 'The coast guard warned of rough seas near the cape.', 'rough seas near the cape', 'topic'],
    ['a warning with an object and infinitive reports words', 'The coast guard warned sailors to stay in port.', 'sailors to stay in port', 'speech'],
    ['a narrated act with no clause', 'The regulator allowed the merger on Tuesday.', 'the merger on Tuesday', 'stance'],
    ['a plea in court narrates an act', 'Six months later the driver pleaded guilty to the charge.', 'guilty to the charge', 'stance'],
    ['a second predicate of the subject is no clause of the content', 'Months later the driver pleaded guilty and was fined for the crash.', 'guilty and was fined for the crash', 'stance'],
    ['an act of speaking still to come', 'The coach is scheduled to tell reporters about the injury on Monday.', 'the injury on Monday', 'intention'],
    ['a stance begun, with its gerund for cue, even with a clause later on', 'The union began criticizing the harbour board in 2009, when fees were high.', 'the harbour board in 2009, when fees were high', 'stance'],
    ['a saying continued, with its gerund for cue', 'The coach kept saying that the pitch was unsafe.', 'that the pitch was unsafe', 'speech'],
    ['a nickname in quotation marks inside a narrated act', 'The champion knocked out Dana “Cyclone” Ruiz in the first round.', 'Dana “Cyclone” Ruiz in the first round', 'stance'],
    ['a scare quote inside a thought about someone', 'The coach admired her “fearless” approach to the race.', 'her “fearless” approach to the race', 'thought'],
    ['a scare quote inside a plan\'s infinitive', 'The coach decided to step up her campaign against the “older players” on the team.', 'to step up her campaign against the “older players” on the team', 'intention'],
    ['a quoted name inside a topic', 'The council discussed the “Harbour Plan” on Monday.', 'the “Harbour Plan” on Monday', 'topic'],
    ['a quoted motto inside a view held by no named source', 'The harbour school is best known for its motto, “Steady in every storm.”', 'The harbour school is best known for its motto, “Steady in every storm.”', 'thought'],
    ['a report\'s quoted terms inside what it shows', 'A new audit shows the port has “failed” its smallest fishing crews.', 'the port has “failed” its smallest fishing crews', 'finding'],
    ['what emails reveal is a finding, quoted terms and all', 'Emails obtained by the paper reveal that harbour staff called the plan “unworkable.”', 'that harbour staff called the plan “unworkable.”', 'finding'],
    ['a relative clause after a comma is no clause of the content', 'The union cited a study by Ana Ruiz, an economist at the port authority, who has proposed a tax on empty homes.', 'a study by Ana Ruiz, an economist at the port authority, who has proposed a tax on empty homes', 'topic'],
    ['a pronoun for the words said is what was talked about', 'Asked about the ferry, the harbour master said it over and over: the schedule stands.', 'it over and over: the schedule stands', 'topic'],
    ['a pronoun before a verb opens a clause', 'The harbour master said it was too early to reopen the channel.', 'it was too early to reopen the channel', 'speech'],
    ['a quoted title inside what a picture shows', 'This image released by the studio shows the actor in a scene from “The Lighthouse Keeper.”', 'the actor in a scene from “The Lighthouse Keeper.”', 'finding'],
    ['quoted words after a verb of saying stay speech', 'The mayor called the plan “a disgrace” on Monday.', 'the plan “a disgrace” on Monday', 'speech'],
    ['a refusal to say whether names what was kept back', 'The harbour master would not say whether the channel would reopen.', 'whether the channel would reopen', 'topic'],
    ['a clause the source has not said is what was not said', 'The governor has not said she would sign the budget.', 'she would sign the budget', 'topic'],
    ['a refusal with a contracted negation and an adverb', 'The coach won’t immediately explain why the game was moved.', 'why the game was moved', 'topic'],
    ['a negated announcement with an object names what was not announced', 'The council did not announce a date for the vote.', 'a date for the vote', 'topic'],
    ['a negated verb of saying with a that-clause names what was not said', 'The harbour master did not say that the channel would reopen.', 'that the channel would reopen', 'topic'],
    ['the object of "about" after the hearer is a topic, whatever verb its relative clause holds', 'The reporter tells us about a concern surrounding the role the nurses play.', 'a concern surrounding the role the nurses play', 'topic'],
    ['speaking highly of someone names whom the words were about', 'The captain spoke highly of Ortiz before the team flew to Denver.', 'Ortiz before the team flew to Denver', 'topic'],
    ['"about" before a number means nearly: the clause is still speech', 'The mayor said about 500 people came to the rally.', 'about 500 people came to the rally', 'speech'],
    ['calling an election convenes, it reports no words', 'The premier called a snap election for May.', 'a snap election for May', 'stance'],
    ['calling a witness in court is an act', 'Lawyers for the driver called witness Ana Ruiz, a retired police officer.', 'witness Ana Ruiz, a retired police officer', 'stance'],
    ['calling the election a fraud reports words', 'The senator called the election a fraud.', 'the election a fraud', 'speech'],
    ['a narrating verb with a clause is speech', 'The finance minister added that the tax would rise.', 'that the tax would rise', 'speech'],
    ['the findings of an inquiry show a finding', 'Early findings suggest that the ferry left port overloaded.', 'that the ferry left port overloaded', 'finding'],
    ['"claimed" responsibility is speech', 'The Harbour Front claimed responsibility for the blast at the depot.', 'responsibility for the blast at the depot', 'speech'],
    ['"claimed" victory is speech', 'The ferrymen\'s union claimed victory in the pay dispute.', 'victory in the pay dispute', 'speech'],
    ['a hope with a clause is a view of what will happen', 'Fishermen hope the quota will rise next year.', 'the quota will rise next year', 'thought'],
    ['(guard) a hope with an infinitive is a plan', 'The rowing club hopes to sign a new coach.', 'to sign a new coach', 'intention'],
    ['(guard) a decision with a clause stays a plan', 'The harbour board decided a new ferry was the way to go.', 'a new ferry was the way to go', 'intention'],
    ['(guard) "claimed" a thing is a topic', 'The mayor claimed the empty lot for the city.', 'the empty lot for the city', 'topic'],
    ['a fear cut before a coordinated report with a quotation stays a thought', 'She fears the new road cannot take more lorries and said the council had been "asleep at the wheel" for years.', 'the new road cannot take more lorries', 'thought'],
  ])('%s', (_name, text, content, kind) => {
    expect(kinds(text)).toContainEqual({ content, kind });
  });

  it('gives a kind to every statement, unattributed quotations included', () => {
    const all = kinds('Ruth Okafor said the shelter would stay open.\n\n“This is the end of the line.”\n\nThe board plans to sell the building.');
    expect(all.length).toBeGreaterThanOrEqual(3);
    for (const s of all) expect(['speech', 'thought', 'stance', 'intention', 'finding', 'topic']).toContain(s.kind);
  });

  it.each(KIND_RULES.map((r) => [r.id, r]))('rule %s: its example is read with its kind', (_id, rule) => {
    expect(kinds(rule.example).map((s) => s.kind)).toContain(rule.kind);
  });

  it('decides by the first rule that holds: a verb of saying with a clause is speech before anything else', () => {
    expect(statementKind({ rule: 'content-after', cue: { lemma: 'say', kind: 'speech' }, form: 'indirect', content: 'to close the plant', shape: 'infinitive', speaker: 'The company' })).toEqual({ kind: 'speech', by: 'saying-verb' });
    expect(statementKind({ rule: 'content-after', cue: { lemma: 'plan', kind: 'object' }, form: 'indirect', content: 'to close the plant', shape: 'infinitive', speaker: 'The company' })).toEqual({ kind: 'intention', by: 'intention-infinitive' });
    expect(statementKind({ rule: 'content-after', cue: { lemma: 'say', kind: 'speech' }, form: 'indirect', content: 'the plant', shape: 'phrase', speaker: 'The company' })).toEqual({ kind: 'topic', by: 'topic-phrase' });
  });
});

describe('negated cues', () => {
  function negations(text: string): { content: string; negated: boolean }[] {
    const a = analyze({ id: 't', text, published: '2024-05-06' }, { today: '2024-06-01', minConfidence: 0 });
    return a.statements.map((s) => ({ content: s.content.text, negated: s.negated === true }));
  }
  it.each([
    ['"do not" before a verb of thought', 'Most pilots do not believe the runway is safe.', 'the runway is safe', true],
    ['"did not" before a verb of saying', 'The harbour master did not deny that the crane had failed.', 'that the crane had failed', true],
    ['a clitic "n\'t"', 'The ferry company doesn\'t expect the strike to end soon.', 'the strike to end soon', true],
    ['"never" between the auxiliary and the cue', 'The coach has never said the team would move.', 'the team would move', true],
    ['(guard) a negated infinitive after the cue is what was promised', 'The mayor promised not to raise the harbour fees.', 'not to raise the harbour fees', false],
    ['(guard) a negation inside the content is the speaker\'s words', 'The harbour master said the crane had not failed.', 'the crane had not failed', false],
    ['(guard) an affirmative cue', 'Most pilots believe the runway is safe.', 'the runway is safe', false],
  ])('%s', (_name, text, content, negated) => {
    expect(negations(text)).toContainEqual({ content, negated });
  });

  it('writes ng:negated only for a negated cue', () => {
    const a = analyze({ id: 't', text: 'Most pilots do not believe the runway is safe. The mayor said the harbour would reopen.', published: '2024-05-06' }, { today: '2024-06-01', minConfidence: 0 });
    expect(a.statements.map((s) => [s.cueLemma, s.negated ?? null])).toEqual([['believe', true], ['say', null]]);
  });
});

describe('labels are not speakers', () => {
  it.each([
    ['a section label before a market report', 'Stocks rose on Monday.\n\nBONDS: Bond prices fell and the yield on the ten-year note rose.'],
    ['a video link label', 'The council met on Monday.\n\nWATCH: Residents gather outside the council chamber'],
    ['a read-more link', 'The council met on Monday.\n\nREAD MORE: Council votes to close two libraries'],
  ])('%s', (_name, text) => {
    const a = analyze({ id: 't', text, published: '2024-05-06' }, { today: '2024-06-01' });
    expect(a.statements.filter((s) => !s.unattributed && s.speaker && /^[A-Z ]+$/.test(s.speaker.text))).toEqual([]);
  });

  it('keeps a named speaker before a colon', () => {
    const a = analyze({ id: 't', text: 'The hearing resumed.\n\nMarta Kovac: The council ignored every warning we gave.', published: '2024-05-06' }, { today: '2024-06-01', minConfidence: 0 });
    expect(a.statements.map((s) => [s.speaker?.text, s.content.text])).toContainEqual(['Marta Kovac', 'The council ignored every warning we gave']);
  });
});
