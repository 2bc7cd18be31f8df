// Tests for stage 2's calendar words (src/2-mentions/calendar-words.ts): the alternations built from
// data/lexicon/calendar.json keep each pattern's case and word set, and the stems give month and
// weekday numbers.

import { describe, expect, it } from 'vitest';
import * as W from '../../src/2-mentions/calendar-words.js';

const whole = (alternation: string, flags = '') => new RegExp(`^(?:${alternation})$`, flags);

describe('calendar word alternations', () => {
  it.each([
    ['MONTH_NAMES_CAPITALISED', W.MONTH_NAMES_CAPITALISED, ['January', 'May', 'September'], ['january', 'JANUARY', 'Jan', 'Sept']],
    ['MONTH_NAMES_UPPER_UNABBREVIATED', W.MONTH_NAMES_UPPER_UNABBREVIATED, ['JANUARY', 'MARCH', 'DECEMBER'], ['MAY', 'March', 'JAN']],
    ['MONTH_ABBREVIATIONS_CAPITALISED_OR_UPPER', W.MONTH_ABBREVIATIONS_CAPITALISED_OR_UPPER, ['Jan', 'Sept', 'Sep', 'MAY', 'SEPT'], ['May', 'jan', 'January']],
    ['MONTH_WORDS_CAPITALISED', W.MONTH_WORDS_CAPITALISED, ['Jan', 'Sept', 'May', 'November'], ['JAN', 'sept', 'Mayday']],
    ['MONTH_STEMS_CAPITALISED', W.MONTH_STEMS_CAPITALISED, ['Jan', 'Sep', 'Dec'], ['Sept', 'jan', 'JAN']],
    ['AMBIGUOUS_MONTHS_CAPITALISED', W.AMBIGUOUS_MONTHS_CAPITALISED, ['May', 'March', 'April', 'June', 'August'], ['July', 'may', 'January']],
    ['WEEKDAY_NAMES_CAPITALISED', W.WEEKDAY_NAMES_CAPITALISED, ['Monday', 'Sunday'], ['monday', 'Mon', 'MONDAY']],
    ['RELATIVE_DAY_WORDS', W.RELATIVE_DAY_WORDS, ['today', 'tonight', 'yesterday', 'tomorrow'], ['Today', 'last night', 'day']],
    ['DAY_PART_WORDS', W.DAY_PART_WORDS, ['morning', 'afternoon', 'evening', 'night'], ['noon', 'Morning']],
  ])('%s matches its words as written and nothing else', (_name, alternation, yes, no) => {
    for (const w of yes) expect(whole(alternation).test(w), w).toBe(true);
    for (const w of no) expect(whole(alternation).test(w), w).toBe(false);
  });

  it('WEEKDAY_STEMS opens every weekday spelling a dateline may use, but not "Thur"', () => {
    const stems = whole(`(?:${W.WEEKDAY_STEMS})(?:day)?`, 'i');
    for (const w of ['Mon', 'Tue', 'Tues', 'Tuesday', 'Wed', 'Wednesday', 'Thu', 'Thurs', 'Thursday', 'Fri', 'Sat', 'Saturday', 'SUN']) expect(stems.test(w), w).toBe(true);
    for (const w of ['Thur', 'Weds', 'Su']) expect(stems.test(w), w).toBe(false);
  });
});

describe('month and weekday numbers', () => {
  it.each([
    ['Jan', 1], ['Sept.', 9], ['DECEMBER', 12], ['Mayday', 5], ['Ju', 0], ['Xyz', 0],
  ])('monthOfStem(%s) = %i', (word, month) => {
    expect(W.monthOfStem(word)).toBe(month);
  });

  it.each([
    ['Sunday', 0], ['Mon', 1], ['tues', 2], ['Wednesday', 3], ['THU', 4], ['Fri', 5], ['Saturday', 6], ['Xyz', -1],
  ])('weekdayOfStem(%s) = %i (Sunday 0)', (word, day) => {
    expect(W.weekdayOfStem(word)).toBe(day);
  });
});
