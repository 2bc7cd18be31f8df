// Stage 2 (src/2-mentions/entities/): names that probes 25 and 26 found cut, split or mistyped by the
// entity stage, each read by a named span rule or step: a court's name ("The High | Court"), a body's
// name up to the acronym in brackets that spells it ("the Zambia Biomedical Centre (ZBC)"), a national
// federation read whole as a nationality, with its short name in brackets ("the Gabonese Basketball
// Federation (Febago)"), a title's word closing a body's "of/on/for" phrase ("… and Administrative
// Justice"), a game studio named "… Games" ("Vaskilo Games plans …"), "Col" as a given name after a
// civilian title ("Mayor Col Haines"), a local council whose place is a given name ("Douglas Shire
// Council"), a place a weekday opens ("Monday Cove"). Sentences
// written for this test; names, places and courts invented or generic.
import { describe, expect, it } from 'vitest';
import { keys } from './_hand-spans.js';

describe('court-name: a court\'s level word and "Court" are one organisation', () => {
  it.each([
    ['The High Court yesterday dismissed an election petition.', ['Organization/High Court']],
    ['The High Court on Monday granted the miners bail.', ['Organization/High Court']],
    ['A magistrate at the High Court in Ndola said the hearing would resume.', ['Organization/High Court', 'Place/Ndola']],
    ['The Constitutional Court said the decree was void.', ['Organization/Constitutional Court']],
    ['The Appeals Court overturned the verdict on Friday.', ['Organization/Appeals Court']],
    ['The Tarvin High Court on Monday granted bail.', ['Organization/Tarvin High Court']],
    ['The High Court of Justice in Leeds rejected the claim.', ['Organization/High Court of Justice', 'Place/Leeds']],
  ])('%s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it.each([
    // Guards: a surname, a place called "… Court", a lower-case "court".
    ['Margaret Court said the tournament had changed.', ['Person/Margaret Court']],
    ['The concert at Earls Court was cancelled.', ['Place/Earls Court']],
    ['The court said on Friday that the law was void.', []],
  ])('guard: %s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });
});

describe('acronym-confirmed-name before the pairwise joins: the whole name an acronym in brackets spells', () => {
  it.each([
    ['The Zambia Biomedical Centre (ZBC) said cases had fallen. ZBC will send nurses north.', ['Organization/Zambia Biomedical Centre', 'Organization/Zambia Biomedical Centre', 'Organization/Zambia Biomedical Centre']],
    ['The Malawi Genomics Centre (MGC) said on Tuesday that samples were late.', ['Organization/Malawi Genomics Centre', 'Organization/Malawi Genomics Centre']],
    ['The Ghana Coastal Research Center (GCRC) said the shoreline had moved.', ['Organization/Ghana Coastal Research Center', 'Organization/Ghana Coastal Research Center']],
  ])('%s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });
});

describe('nation-led-body and bracketed short names: a national federation and its alias are one organisation', () => {
  it.each([
    ['The Gabonese Basketball Federation (Febago) suspended the coach on Monday. Febago said the coach had broken its rules.', ['Organization/Gabonese Basketball Federation', 'Organization/Gabonese Basketball Federation', 'Organization/Gabonese Basketball Federation']],
    ['The Ecuadorian Handball Federation (Fehand) appointed a coach. Fehand said the deal ran to 2030.', ['Organization/Ecuadorian Handball Federation', 'Organization/Ecuadorian Handball Federation', 'Organization/Ecuadorian Handball Federation']],
    ['The Nepalese Teachers Union (Neptu) called a strike. Neptu said schools would close.', ['Organization/Nepalese Teachers Union', 'Organization/Nepalese Teachers Union', 'Organization/Nepalese Teachers Union']],
    // (An acronym of the initials in the order of the body's own language: "Federación Boliviana de Remo", "Football Association of Malawi".)
    ['The Malawian Football Association (FAM) banned the referee. FAM said the ban was final.', ['Organization/Malawian Football Association', 'Organization/Malawian Football Association', 'Organization/Malawian Football Association']],
    ['The Bolivian Rowing Federation (FBR) said the regatta would go ahead.', ['Organization/Bolivian Rowing Federation', 'Organization/Bolivian Rowing Federation']],
    // (Session 34: the acronym of a full name the text shortens by one word, "Kelby (International) Airlines".)
    ['The jet went to Kelby Airlines (KIA) in May. It was a milestone not only for KIA, officials said.', ['Organization/Kelby Airlines', 'Organization/Kelby Airlines', 'Organization/Kelby Airlines']],
  ])('%s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it.each([
    // Guards: a place, an English word or a news agency in brackets is no short name.
    ['The Zambian Netball Association (Lusaka) said the match was off.', ['Organization/Zambian Netball Association', 'Place/Lusaka']],
    ['Harlow Farming Group (Reuters) said profits fell.', ['Organization/Harlow Farming Group', 'Organization/Reuters']],
    ['Shares of Tarvo Mining (TVMX) rose on Monday.', ['Organization/Tarvo Mining', 'Organization/TVMX']],
  ])('guard: %s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });
});

describe('organisationTailEnd: a title\'s word inside a span the tagger read as an organisation closes the body\'s phrase', () => {
  it.each([
    ['The Commission on Land Rights and Administrative Justice found that the officer had erred.', ['Organization/Commission on Land Rights and Administrative Justice']],
    ['The Commission on Gender and Social Justice said the law was unfair.', ['Organization/Commission on Gender and Social Justice']],
    ['The Institute for Peace and Restorative Justice said talks had stalled.', ['Organization/Institute for Peace and Restorative Justice']],
    // (organisation-tail-word: "Centre" the tagger read alone as a place, after "National".)
    ['According to figures published by the National Centre for Fisheries and Information, catches fell.', ['Organization/National Centre for Fisheries and Information']],
    ['Data from the Federal Centre for Harbour Statistics showed a rise.', ['Organization/Federal Centre for Harbour Statistics']],
    // (Guard: a title before a person's name ends the body's name.)
    ['The Committee on Harbour Relations Chairman Bob Marsh said the treaty was dead.', ['Organization/Committee on Harbour Relations', 'Person/Bob Marsh']],
  ])('%s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });
});

describe('event-company-name: a name ending in "Games" that acts as a company is one', () => {
  it.each([
    ['Vaskilo Games plans to cut 180 jobs, the company said on Thursday.', ['Organization/Vaskilo Games']],
    ['Kalvaro Games said on Tuesday it would close its Oslo studio.', ['Organization/Kalvaro Games', 'Place/Oslo']],
    ['Chilean game developer Pudú Games plans to hire 40 people.', ['Place/Chile', 'Organization/Pudú Games']],
    ['The publisher Harrowgate Games said the servers were down.', ['Organization/Harrowgate Games']],
  ])('%s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it.each([
    // Guards: an event after "the", or before a plural verb, stays no actor.
    ['Athletes arrived for the Varnic Games on Friday.', []],
    ['Maccabiah Games open in Jerusalem on Monday.', ['Place/Jerusalem']],
  ])('guard: %s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });
});

describe('given-name-rank and candidatesOf: "Col" after a title that is no rank is a given name', () => {
  it.each([
    ['Councillor Col Webb said the road would be fixed.', ['Person/Col Webb']],
    ['Mayor Col Haines told the meeting that rates would rise.', ['Person/Col Haines']],
    ['Senator Col Brannock said the bill was dead.', ['Person/Col Brannock']],
    // Guards: a rank with its full stop, after another rank, or before a full name stays a rank.
    ['Col. Martin Ruiz said the base would close.', ['Person/Martin Ruiz']],
    ['Lt Col Haines said the troops had withdrawn.', ['Person/Haines']],
    ['Mayor Col John Haines said the road was shut.', ['Person/John Haines']],
  ])('%s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });
});

describe('local-council-name: a place\'s name, a local government\'s kind and "Council" are one organisation', () => {
  it.each([
    ['Whitsand Regional Council Mayor Col Haines said the levy was unfair.', ['Organization/Whitsand Regional Council', 'Person/Col Haines']],
    ['Douglas Shire Council said the road was closed.', ['Organization/Douglas Shire Council']],
    ['Ashley District Council approved the plan on Monday.', ['Organization/Ashley District Council']],
  ])('%s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });
});

describe('weekday-place-name: a weekday opens a place whose name ends in a feature\'s word', () => {
  it.each([
    ['Monday Cove officials said the ferry would resume on Tuesday.', ['Place/Monday Cove']],
    ['The ferry to Monday Cove was cancelled on Tuesday.', ['Place/Monday Cove']],
    ['Residents of Sunday Creek said the road was flooded.', ['Place/Sunday Creek']],
    ['Thursday Island elders met on Monday.', ['Place/Thursday Island']],
  ])('%s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it.each([
    // Guards: a weekday a word before it dates is the date, no part of a name.
    ['On Monday Cove officials said the ferry would resume.', 'Place/Monday Cove'],
    ['Last Sunday Creek residents met.', 'Place/Sunday Creek'],
  ])('guard: %s', (text, unexpected) => {
    expect(keys(text)).not.toContain(unexpected);
  });
});
