// Stage 3, speakers after resolution (named-later.ts): a body a speaker phrase only described ("her
// national broadcaster said") is the organisation a later speaker phrase names with the same words.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';

function speakerOf(text: string, phrase: string): string | undefined {
  const a = analyze({ id: 'art', text, published: '2024-05-06' }, { today: '2024-06-01' });
  const byKey = new Map(a.mentions.entities.map((e) => [e.key, e]));
  const s = a.statements.find((x) => x.speaker?.text === phrase);
  return s?.speakerEntity ? byKey.get(s.speakerEntity)?.name : undefined;
}

const OPENING = 'The president flew to Geneva on Sunday. He met the prime minister on Monday.\n\nThe talks lasted four hours. They were held behind closed doors.\n\n';

describe('bodies described before they are named', () => {
  it.each([
    ['a possessive description, then the description and a comma', 'The queen thanked the nurses. Later she spoke to the press.\n\nHer speech was short, her national broadcaster said.\n\nThe national broadcaster, Radio Norland, said she had been ill.', 'her national broadcaster', 'Radio Norland'],
    ['past the lead, the description before the name', `${OPENING}They agreed to meet again in June, the state news agency said.\n\nState news agency NNA said the two leaders had shaken hands.`, 'the state news agency', 'NNA'],
    ['the noun alone before the name', 'The queen thanked the nurses. Later she spoke to the press.\n\nHer speech was short, her national broadcaster said.\n\nBroadcaster RTV Norland said she had been ill.', 'her national broadcaster', 'RTV Norland'],
  ])('reads the description as the body named later (%s)', (_name, text, phrase, who) => {
    expect(speakerOf(text, phrase)).toBe(who);
  });

  it.each([
    ['another description (guard)', `${OPENING}They agreed to meet again in June, the state news agency said.\n\nThe private broadcaster, Radio Norland, said the two leaders had shaken hands.`, 'the state news agency', 'state news agency'],
    ['another modifier (guard)', 'The queen thanked the nurses. Later she spoke to the press.\n\nHer speech was short, her national broadcaster said.\n\nThe private broadcaster, Radio Norland, said she had been ill.', 'her national broadcaster', 'her national broadcaster'],
  ])('keeps the description when the later phrase describes another body (%s)', (_name, text, phrase, who) => {
    expect(speakerOf(text, phrase)).toBe(who);
  });
});

describe('a lead\'s office described with a country\'s possessive, named in the next paragraph', () => {
  const LEAD = 'the budget would be cut, two days after the central bank warned that inflation was rising.\n\nFinance Minister Ana Kowal told a news conference in Ostrava that the cuts were needed.';
  it.each([
    ['the same office', `Norland's finance minister said on Monday ${LEAD}`, "Norland's finance minister", 'Ana Kowal'],
  ])('is the person holding it (%s)', (_name, text, phrase, who) => {
    expect(speakerOf(text, phrase)).toBe(who);
  });

  it.each([
    ['another office (prime minister)', `Norland's prime minister said on Monday ${LEAD}`, "Norland's prime minister"],
    ['another portfolio (justice)', `Norland's justice minister said on Monday ${LEAD}`, "Norland's justice minister"],
  ])('(guard) is not a holder of %s', (_name, text, phrase) => {
    expect(speakerOf(text, phrase)).not.toBe('Ana Kowal');
  });
});
