// Tests for the dates step of stage 2 (src/2-mentions/dates.ts): article-date inference and
// date expressions with ISO values relative to the article date. Sentences are invented.

import { describe, expect, it } from 'vitest';
import { findDates, inferArticleDate } from '../../src/2-mentions/dates.js';

const ARTICLE = '2023-01-31'; // a Tuesday

/** The one date found in `text` whose covered text is `expr`. */
function dateOf(text: string, expr: string, articleDate: string | null = ARTICLE) {
  const found = findDates(text, articleDate);
  return found.find((d) => d.text === expr) ?? found.find((d) => d.text.includes(expr)) ?? null;
}

describe('findDates', () => {
  it.each([
    ['On February 24 the army crossed the river.', 'February 24', '2022-02-24'],
    ['The minister arrived on January 18 for talks.', 'January 18', '2023-01-18'],
    ['The port reopened on Jan. 30 after the storm.', 'Jan. 30', '2023-01-30'],
  ])('resolves a year-less date into the past of the article date: %s', (text, expr, value) => {
    expect(dateOf(text, expr)?.value).toBe(value);
  });

  it.each([
    ['The summit will be held on March 3 in Geneva.', 'March 3', '2023-03-03'],
    ['The dividend is payable Feb. 15 to holders of record.', 'Feb. 15', '2023-02-15'],
    ['The mayor said the bridge would reopen on March 3.', 'March 3', '2023-03-03'],
    ['The stadium will open in October, the club said on Friday.', 'October', '2023-10'],
    ['The plant will close in March, a company official said.', 'March', '2023-03'],
    ['Analysts expect the central bank to cut rates in June.', 'June', '2023-06'],
    ['The mayor will open the bridge on June 25. The report was false.', 'June 25', '2023-06-25'],
    ['The firm predicts a recovery in September.', 'September', '2023-09'],
  ])('lets a year-less date in a future-tense sentence lie ahead: %s', (text, expr, value) => {
    expect(dateOf(text, expr)?.value).toBe(value);
  });

  it.each([
    ['The tribunal has listed the appeal for February 21.', 'February 21', '2023-02-21'],
    ['The harbour board did not rule out a fee rise in March.', 'March', '2023-03'],
    ['Ferry passes go up from April, the operator said.', 'April', '2023-04'],
    ['The ferry operator confirmed the Feb. 14 timetable.', 'Feb. 14', '2023-02-14'],
  ])('reads a year-less date a few weeks after the article date as this year\'s, with no past word before it: %s', (text, expr, value) => {
    expect(dateOf(text, expr)?.value).toBe(value);
  });

  it.each([
    ['The magistrate adjourned the harbour case to May 5 and warned both sides.', 'May 5', '2023-05-05'],
    ['The board postponed the fee vote to March 3 after a walkout.', 'March 3', '2023-03-03'],
    ['The two ferry bosses clashed in a radio debate Monday night, with Varga saying he would cut fares.', 'Monday night', '2023-01-30'],
  ])('reads the tense of a date\'s own clause: a deferral to a date ahead, a with-clause after it no future of the date\'s: %s', (text, expr, value) => {
    expect(dateOf(text, expr)?.value).toBe(value);
  });

  it.each([
    ['The quarter ended Feb. 28, the ferry operator said.', 'Feb. 28', '2022-02-28'],
    ['Sales have fallen since March, the ferry operator said.', 'March', '2022-03'],
    ['The harbour board changed its fees in June.', 'June', '2022-06'],
  ])('(guard) keeps a year-less date after a past word, or months ahead, in the year before: %s', (text, expr, value) => {
    expect(dateOf(text, expr)?.value).toBe(value);
  });

  it.each([
    ['a verb in the past perfect before "in" and a month, a future clause after it', 'The minister had promised her party in March that taxes would fall.', 'March', '2022-03'],
    ['a market\'s closing price on a weekday, in a future-tense clause', 'Holders will receive $12 a share, a 20% premium to Friday\'s closing price.', 'Friday', '2023-01-27'],
    ['(guard) a weekday\'s event in a future-tense clause', 'The ferry will sail after Friday\'s parade.', 'Friday', '2023-02-03'],
    ['"last" and the season the article date falls in: the one a year before', 'Heat killed thousands last summer, a study found.', 'last summer', '2022-SU', '2023-07-15'],
    ['(guard) "last" and a season over this year', 'Heat killed thousands last summer, a study found.', 'last summer', '2023-SU', '2023-11-20'],
    ['a verb in the simple past a few words before "on" and a weekday, a future clause after it', 'The minister met the nurses\' union on Monday and will meet the doctors next week.', 'Monday', '2023-01-30'],
    ['a weekday in a past clause, a noun\'s "plan to" after it', 'Hundreds of farmers marched through Lyon on Monday against the government\'s plan to cut subsidies.', 'Monday', '2023-01-30'],
    ['(guard) a subject\'s "plans to" after the weekday stays future', 'The union marches on Monday and plans to strike in March.', 'Monday', '2023-02-06'],
    ['(guard) a past form after "be" in a future-tense clause', 'The minister will be welcomed by the nurses on Monday.', 'Monday', '2023-02-06'],
    ['a present-tense coming into force before "in" and a month, ahead', 'The new harbour toll takes effect in August, the port authority said.', 'August', '2023-08', '2023-04-20'],
    ['a present-tense start before "in" and a month long past this year, the next one', 'The ferry season opens in March, the operator said.', 'March', '2024-03', '2023-09-10'],
    ['a month after "until" and a negated past perfect: an earlier time', 'The ferry captain said she had not heard of the leak until November.', 'November', '2022-11'],
    ['a weekday\'s match after "before" and a past perfect: an earlier time', 'The harbour trustees had lost faith in the manager before Saturday\'s loss, two board members said.', 'Saturday', '2023-01-28'],
    ['(guard) a limit after a past perfect with "would" between stays ahead', 'The port had said it would finish the dredging by March.', 'March', '2023-03'],
    ['a present passive after "if" before a weekday: still to come', 'The dockers said they would walk out if the levy is approved on Thursday.', 'Thursday', '2023-02-02'],
    ['(guard) a passive in the past after "when" before a weekday', 'The dockers walked out when the levy was approved on Thursday.', 'Thursday', '2023-01-26'],
    ['(guard) a past start before "in" and a month', 'The ferry season opened in March, the operator said.', 'March', '2023-03', '2023-09-10'],
    ['a present-tense start before "on" and a weekday, the coming one', 'The third Test begins on Friday at Kandy.', 'Friday', '2023-09-15', '2023-09-11'],
    ['a present-tense end before a bare weekday, the coming one', 'The ferry strike ends Thursday, the union said.', 'Thursday', '2023-09-14', '2023-09-11'],
    ['a verb of intention and "to" between the report and a month ahead: the intended act\'s', 'The harbour master said she intends to reopen the pier in March.', 'March', '2023-03'],
    ['a reporting verb in the passive after "will be", before a day ahead', 'The ferry survey results will be released on Feb. 20.', 'Feb. 20', '2023-02-20'],
    ['(guard) a passive after "was to be" before a weekday: a future seen from the past', 'Under the fare rule that was to be issued by the harbour board on Monday, pensioners ride free.', 'Monday', '2023-01-30'],
    ['(guard) a passive after "could be" before a weekday: a past ability', 'The ferry captain could not be located Monday.', 'Monday', '2023-01-30'],
    ['(guard) a past participle after "had been" before a day', 'The ferry survey results had been released on Jan. 20.', 'Jan. 20', '2023-01-20'],
    ['(guard) a past start before "on" and a weekday', 'The third Test began on Friday at Kandy.', 'Friday', '2023-09-08', '2023-09-11'],
    ['a verb in -ed after a capitalised subject, a score and "on" before a weekday, a plan after it', 'The Harbour Board voted 7-2 on Monday to approve a plan to dredge the channel.', 'Monday', '2023-01-30'],
    ['a passive in the past ("was detained"), a place and "on" before a weekday, a future clause after it', 'Tomas Varga was detained in Lisbon on Monday and is expected to appear in court on Friday.', 'Monday', '2023-01-30'],
    ['a verb in -ed after a subject pronoun, its object and "on" before a weekday, a plan after it', 'After the vote she resigned from the board on Monday and plans to sue.', 'Monday', '2023-01-30'],
    ['(guard) an -ed adjective after an article before "on" and a weekday, in a future clause', 'The board will sell the restricted shares on Friday.', 'Friday', '2023-02-03'],
    ['(guard) an -ed adjective after a capitalised word, a future word before it', 'The ferry firm said it will redeem its Series B preferred shares on Friday.', 'Friday', '2023-02-03'],
    ['(guard) an -ed word after a possessive before "on" and a weekday, in a future clause', 'The minister will publish the Harbour Board\'s revised forecast on Friday.', 'Friday', '2023-02-03'],
    ['a passive after "would be" and a month: a future seen from the saying', 'Ana Ruiz said on Jan. 20 that the figures would be announced in the budget in June.', 'June', '2023-06'],
    ['a weekday owning an act reported once done, in a future-tense clause', 'The harbour board said it would appeal against Monday\'s ruling by the port court.', 'Monday', '2023-01-30'],
    ['(guard) a weekday owning an act after "ahead of"', 'The harbour board will meet ahead of Friday\'s decision on fees.', 'Friday', '2023-02-03'],
    ['"until" and a weekday opening the sentence, a past perfect after it', 'Until Monday, the port police had not named a suspect.', 'Monday', '2023-01-30'],
    ['(guard) "until" and a weekday opening the sentence, a future clause after it', 'Until Friday, the harbour will stay closed.', 'Friday', '2023-02-03'],
    ['a present auxiliary between the verb of saying and a day ahead: a clause of its own', 'The ferry firm said it is calling for a vote on Feb. 20 on the new timetable.', 'Feb. 20', '2023-02-20'],
    ['(guard) a verb of saying right before "on" and a day', 'The ferry firm said on Jan. 20 that the timetable would change.', 'Jan. 20', '2023-01-20'],
    ['a weekday ending a headline above a dateline: no date across the line break', 'Harbour to stay shut until Friday\nJanuary 31, 2023\nThe harbour board said the port would stay shut.', 'Friday', '2023-02-03'],
    ['the second month of a range, in the first\'s year', 'Forecasters see heavy rain between March and June.', 'June', '2023-06'],
    ['the second month of a range across the new year, in the next year', 'The harbour closed between November and February.', 'February', '2023-02'],
    ['a month after a present "intends to": the intended act\'s, ahead', 'The archbishop intends to visit Tonga in September, his office said.', 'September', '2023-09'],
    ['a month after a present "aims to", ahead', 'The rail operator aims to reopen the line in October.', 'October', '2023-10'],
    ['a month after a present "hopes to", ahead', 'Coach Ilse Brandt hopes to name her squad in November.', 'November', '2023-11'],
    ['a month already past this year after a present "wants to": next year\'s', 'The club wants to sign the striker in January, its owner said.', 'January', '2024-01', '2023-04-20'],
    ['(guard) a month after a past "wanted to" stays behind', 'The mayor said she wanted to resign in September.', 'September', '2022-09'],
    ['a weekday before "that" and a clause of its own whose verb is an intention: the saying\'s day, behind', 'The senator made clear Monday night that she intends to run for governor.', 'Monday night', '2023-01-30'],
    ['(guard) a weekday before "that" and a future word right after it: a relative clause, still ahead', 'The vote on Friday that will settle the race is close.', 'Friday', '2023-02-03'],
    ['a limit in a relative clause whose verb is a simple past: behind', 'The fire spread to four barns, and crews that arrived by Saturday morning put it out.', 'Saturday morning', '2023-01-28'],
    ['(guard) a limit in a relative clause with a future word: still ahead', 'The council, which must approve the budget by Saturday morning, met on Monday.', 'Saturday morning', '2023-02-04'],
    ['(guard) a plural "want to" of anyone who wishes, not a plan: a weekday in its sentence stays behind', 'Fans who want to meet the players crowded the gate on Monday night.', 'Monday night', '2023-01-30'],
  ])('reads a year-less date as its own frame tells (%s)', (_name, text, expr, value, article = ARTICLE) => {
    expect(dateOf(text, expr, article)?.value).toBe(value);
  });

  it.each([
    ['He first met the envoy on December 20 last year.', 'December 20 last year', '2022-12-20'],
    ['At the end of September the council voted again.', 'September', '2022-09'],
    ['Exports fell sharply in October 2021, the ministry said.', 'October 2021', '2021-10'],
    ['The treaty was signed on 12 March 1999 in Rome.', '12 March 1999', '1999-03-12'],
    ['The ruling of 2019-05-06 still stands.', '2019-05-06', '2019-05-06'],
  ])('gives calendar dates at the precision the text gives: %s', (text, expr, value) => {
    expect(dateOf(text, expr)?.value).toBe(value);
  });

  it.each([
    ['The bill passed yesterday after a long debate.', 'yesterday', '2023-01-30'],
    ['The mayor resigned today.', 'today', '2023-01-31'],
    ['Talks resume tomorrow, officials said.', 'tomorrow', '2023-02-01'],
    ['The company said Friday that profits rose.', 'Friday', '2023-01-27'],
    ['Protesters gathered Tuesday morning outside parliament.', 'Tuesday morning', '2023-01-31'],
    ['The union met last Tuesday.', 'last Tuesday', '2023-01-24'],
    ['On Sunday parking was free at the harbour.', 'Sunday', '2023-01-29'],
    ['The leaders will meet on Thursday in Oslo.', 'Thursday', '2023-02-02'],
    ['The mayor told reporters on Friday that the bridge would reopen.', 'Friday', '2023-01-27'],
    ['Ruiz said in an interview on Sunday that the plan would fail.', 'Sunday', '2023-01-29'],
    ['Ruiz said the talks will resume on Friday.', 'Friday', '2023-02-03'],
    ['The governor said in a statement Monday that he would sign the bill.', 'Monday', '2023-01-30'],
    ['The minister told reporters Friday the border would reopen.', 'Friday', '2023-01-27'],
    ['The mayor said the vote Friday would decide the matter.', 'Friday', '2023-02-03'],
    ['The court on Monday upheld a ruling that would bar the ferry from the harbour.', 'Monday', '2023-01-30'],
    ['By Monday, the petition was trending.', 'Monday', '2023-01-30'],
    ['By Friday, the council will vote on the plan.', 'Friday', '2023-02-03'],
    ['On Friday, Prime Minister Dorrit Vasquez said the council would review the plan.', 'Friday', '2023-01-27'],
    ['In a Facebook post on Monday night, Mayor Ines Duarte said the bridge would reopen.', 'Monday night', '2023-01-30'],
    ['Ferries will stop in May, according to a memo circulated among ministers on Friday.', 'Friday', '2023-01-27'],
    ["At Sunday's service, the priest said the harbour church would close.", 'Sunday', '2023-01-29'],
    ['The harbour master said in October that the board plans to reopen the pier.', 'October', '2022-10'],
    ['The minister told parliament in November that the ferry would keep running.', 'November', '2022-11'],
    ['The harbour master said the pier will reopen in October.', 'October', '2023-10'],
  ])('resolves days and weekdays against the article date: %s', (text, expr, value) => {
    expect(dateOf(text, expr)?.value).toBe(value);
  });

  it.each([
    ['The strike began this week.', 'this week', '2023-W05'],
    ['Ministers met last week in Brussels.', 'last week', '2023-W04'],
    ['Prices climbed this month.', 'this month', '2023-01'],
    ['Sales fell last year.', 'last year', '2022'],
    ['The plant opened in 2022.', '2022', '2022'],
    ['The town was rebuilt in the 1990s.', 'the 1990s', '199'],
    ['The firm was founded two years ago.', 'two years ago', '2021'],
    ['Profit rose in the third quarter.', 'the third quarter', '2022-Q3'],
    ['The ferry line announced cuts, with the partial closure of two routes during the second quarter.', 'the second quarter', '2023-Q2'],
    ['Ferry traffic fell sharply in the third quarter.', 'the third quarter', '2022-Q3'],
    ['The rebels retreated last summer.', 'last summer', '2022-SU'],
    ['Rain fell heavily over the weekend.', 'the weekend', '2023-W04-WE'],
    ['(guard) The port grew fast in the 19th Century. Trade then fell.', '19th Century', '18'],
  ])('gives relative periods as weeks, months, years, quarters and decades: %s', (text, expr, value) => {
    expect(dateOf(text, expr)?.value).toBe(value);
  });

  it.each([
    ['Inflation has stayed high for three years.'],
    ['The committee meets every Monday.'],
    ['Fees are reviewed annually.'],
    ['Officials said the talks may last a week.'],
    ['Workers march in protest, the Sunday Times reported.'],
    ['Police may act if the crowd grows, and they march on.'],
    ['The army sent 2000 troops to the border.'],
    ['The meeting starts at 5 p.m.'],
    ['The harbour board voted to end free Sunday parking.'],
    ['Ana Ruiz writes a column for the Sunday paper.'],
    ['Saturday markets fill the old square.'],
    ['This still was released by 20th Century Studios to the press.'],
  ])('finds no date in durations, sets, names, verbs, counts or clock times: %s', (text) => {
    expect(findDates(text, ARTICLE)).toEqual([]);
  });

  it.each([
    ['KUALA LUMPUR, Jan 29 (Bernama) -- The minister said today that the port would reopen.', 'today', '2023-01-29'],
    ['ABU DHABI, 30th January, 2023 (WAM) -- The minister said today that the port would reopen.', 'today', '2023-01-30'],
    ['OSLO, January 30. /NTB/. The minister said today that the port would reopen.', 'today', '2023-01-30'],
    ['Port Dunmore, Jan 29 (HNS) The minister said today that the port would reopen.', 'today', '2023-01-29'],
    // (Guards: a dateline on the article's own day; one too long before it to be the writer's day.)
    ['OSLO, Jan 31 (NTB) -- The minister said today that the port would reopen.', 'today', '2023-01-31'],
    ['OSLO, Jan 20 (NTB) -- The minister said today that the port would reopen.', 'today', '2023-01-31'],
  ])('reads "today" as the day of a wire dateline a few days before the article date: %s', (text, expr, value) => {
    expect(dateOf(text, expr)?.value).toBe(value);
  });

  it('gives spans as exact string indices with the covered text', () => {
    const text = 'Émile said on Friday, Jan. 27 — “we’re done” — and left in 2021.';
    const found = findDates(text, ARTICLE);
    expect(found.length).toBe(2);
    for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
    expect(found[0]).toMatchObject({ text: 'Friday, Jan. 27', value: '2023-01-27' });
    expect(found[1]).toMatchObject({ text: '2021', value: '2021' });
  });

  it('keeps only dates fixed by the text itself when the article date is unknown', () => {
    const found = findDates('The law of March 4, 2010 was amended yesterday and again in 2015.', null);
    expect(found.map((d) => d.value)).toEqual(['2010-03-04', '2015']);
  });

  it.each([[''], ['\u0000\u0001 ))) ,,, 9999/99/99 May may MAY'], ['x'.repeat(5000)], ['Jan. Feb. Mar. 31 32 33 Monday Monday Monday']])(
    'never throws on messy text',
    (text) => {
      expect(() => findDates(text, ARTICLE)).not.toThrow();
      expect(() => findDates(text, null)).not.toThrow();
    },
  );
});

describe('inferArticleDate', () => {
  it('returns the metadata date when given', () => {
    expect(inferArticleDate('Whatever text.', '2021-06-01', '2026-01-01')).toEqual({ date: '2021-06-01', source: 'metadata' });
  });

  it.each([
    ['MOSCOW, Tuesday, January 31 — The minister spoke.', '2026-11-24', '2023-01-31'],
    ['The ministry said on Tuesday, Jan. 31 that talks had stalled.', '2026-11-24', '2023-01-31'],
    ['Headline here\nMarch 01, 2008\nA test flight was delayed.', '2026-11-24', '2008-03-01'],
    ['2008-03-01 — Markets fell.', '2026-11-24', '2008-03-01'],
  ])('infers the article date from the text: %s', (text, today, date) => {
    expect(inferArticleDate(text, null, today)).toEqual({ date, source: 'inferred' });
  });

  it('never infers a date later than today', () => {
    // 31 January is a Tuesday in 2023 and 2017; with today in 2022 the answer is 2017.
    expect(inferArticleDate('On Tuesday, January 31, the vote was held.', null, '2022-06-01').date).toBe('2017-01-31');
    expect(inferArticleDate('Headline\nMarch 01, 2030\nText.', null, '2026-11-24').date).toBeNull();
  });

  it('says none when the text has no date', () => {
    expect(inferArticleDate('No date in here at all.', null, '2026-11-24')).toEqual({ date: null, source: 'none' });
  });
});

describe('findDates: a relative year in a sentence a past date opens', () => {
  it.each([
    ['a year opening the sentence', 'In 2019, the mayor said the bridge would reopen next year.', 'next year', '2020'],
    ['a month and year opening the sentence, "next year\'s"', 'In March 2021, Ana Ruiz asked whether the work could move into next year\'s budget.', 'next year', '2022'],
    ['"last year" after "Back in" and a year', 'Back in 2016, the harbour board said its fees had doubled last year.', 'last year', '2015'],
    ['(guard) no date opening the sentence', 'The mayor said the bridge would reopen next year.', 'next year', '2024'],
    ['(guard) a past year not opening the sentence', 'The mayor, elected in 2019, said the bridge would reopen next year.', 'next year', '2024'],
    ['(guard) the article\'s own year opening the sentence', 'In 2023, the mayor said the bridge would reopen next year.', 'next year', '2024'],
  ])('counts it from that date (%s)', (_name, text, expr, value) => {
    expect(dateOf(text, expr)?.value).toBe(value);
  });
});

describe('findDates: anaphoric days', () => {
  it.each([
    ['Stocks fell on Monday. The Dow lost 200 points to end the day at 8,017.', 'the day', '2023-01-30'],
    ['The index rebounded late in the day.', 'the day', ARTICLE],
    ['The ceasefire began on January 12. That day, shelling stopped.', 'That day', '2023-01-12'],
    ['The report came out on January 20, and on the same day the minister resigned.', 'the same day', '2023-01-20'],
  ])('resolves "the day" to the last day named before it, else the article date: %s', (text, expr, value) => {
    expect(dateOf(text, expr)?.value).toBe(value);
  });

  it.each([
    ['He called the day before the vote.'],
    ['She remembers the day of the attack.'],
    ['Prices rose one day and fell the next.'],
    ['They met every day for a week.'],
  ])('leaves anchored or generic days alone: %s', (text) => {
    expect(findDates(text, ARTICLE).some((d) => /day/i.test(d.text))).toBe(false);
  });
});
