// Stage 3: reports inside reports read through an interrupting report ("Her father, she recalls,
// told her that …", "She had told him, he said, that …") and a named person's words, each kept as
// nested whatever the model scores it. Every sentence is written for this test.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';

function statements(text: string, minConfidence?: number) {
  const a = analyze({ id: 't', text, published: '2024-05-06' }, { today: '2024-06-01', ...(minConfidence === undefined ? {} : { minConfidence }) });
  return a.statements.map((s) => ({ id: s.id, content: s.content.text, speaker: s.speaker?.text ?? null, cue: s.cue?.text ?? null, parent: s.parent }));
}

describe('nested reports', () => {
  it.each([
    ['a pronoun interrupts a described speaker', 'Her grandfather, she recalls, told her that the orchard would never be sold.', 'she', 'Her grandfather', 'that the orchard would never be sold'],
    ['a role noun interrupts another role noun', 'The harbour master, the skipper said, promised that the pier would reopen.', 'the skipper', 'The harbour master', 'that the pier would reopen'],
    ['a name and an adverb interrupt', 'The ferry clerk, Ortiz said later, warned passengers that the crossing was cancelled.', 'Ortiz', 'The ferry clerk', 'that the crossing was cancelled'],
  ])('reads the subject before an interrupting report as the inner speaker: %s', (_name, text, outerSpeaker, innerSpeaker, content) => {
    const found = statements(text);
    const outer = found.find((s) => s.speaker === outerSpeaker);
    const inner = found.find((s) => s.speaker === innerSpeaker);
    expect(inner?.content).toBe(content);
    expect(inner?.parent).toBe(outer?.id);
  });

  it.each([
    ['a named person had told her, no "that"', 'The curator added that founder Ines Varga had told her the mural was "the best thing we ever did."', 'The curator', 'founder Ines Varga', 'the mural was "the best thing we ever did."'],
    ['a name interrupts a described speaker between the verb and "that"', 'The surgeon warned staff, Adeyemi said, that the ward would close.', 'Adeyemi', 'The surgeon', 'that the ward would close'],
    ['a report interrupts between the verb and "that"', 'Kofi Mensah thanked his sister, Ama. She had told him, he said, that the shop was worth saving.', 'he', 'She', 'that the shop was worth saving'],
    ['the speaker had told a hearer, pronoun', 'The harbour master said she had told the council that the pier was sinking.', 'The harbour master', 'she', 'that the pier was sinking'],
    ['the speaker had warned a hearer, pronoun', 'Bruno Keller said he had warned the ferry owners that fuel would run short.', 'Bruno Keller', 'he', 'that fuel would run short'],
    ['a pronoun had asked the speaker to pass words on, hearer and infinitive', 'Ngozi Eze said he had asked her to thank the volunteers.', 'Ngozi Eze', 'he', 'her to thank the volunteers'],
    ['a described third party had told a hearer to do something', 'The skipper said the harbour master had told the crew to stay ashore.', 'The skipper', 'the harbour master', 'the crew to stay ashore'],
    ['a third party had assured the speaker by phone, the channel between hearer and "that"', 'Amara Osei told reporters that the rebel commander had assured her by telephone that the ceasefire would hold.', 'Amara Osei', 'the rebel commander', 'that the ceasefire would hold'],
    ['a named person maintains that, present tense', 'Her spokesman said Okafor maintains that the payments were legal.', 'Her spokesman', 'Okafor', 'that the payments were legal'],
    ['a named person insisted that', 'The club said Lena Brandt insisted that the contract was void.', 'The club', 'Lena Brandt', 'that the contract was void'],
    ['a plural subject and a reporting verb the tagger reads as a noun', 'Shipbuilders say ferry operators demand fuel savings of 10-12% are guaranteed.', 'Shipbuilders', 'ferry operators', 'fuel savings of 10-12% are guaranteed'],
  ])('keeps the inner report nested in the outer one: %s', (_name, text, outerSpeaker, innerSpeaker, content) => {
    const found = statements(text);
    const outer = found.find((s) => s.speaker === outerSpeaker);
    const inner = found.find((s) => s.speaker === innerSpeaker);
    expect(inner?.content).toBe(content);
    expect(outer).toBeDefined();
    expect(inner?.parent).toBe(outer?.id);
  });

  it.each([
    ['the interruption is the only report', 'The budget, the governor said, is balanced for the first time.', 'is balanced'],
    ['the verb after the interruption reports nothing', 'The old ferry, the skipper recalls, sailed every morning at six.', 'sailed'],
    ['a passive after the interruption', 'The new timetable, officials said, was aimed at explaining the later sailings and clarifying whether commuters wanted the ferry board to alter its fares or not.', 'aimed'],
  ])('(guard) reads no inner report from the verb after an interruption that reports nothing: %s', (_name, text, verb) => {
    const found = statements(text, 0);
    expect(found.map((s) => s.cue)).not.toContain(verb);
    expect(found.filter((s) => s.content.startsWith(text.slice(0, 8)))).toHaveLength(1);
  });

  it('(guard) reads no nested report from a plural subject and a base form: "said critics argue that …"', () => {
    const found = statements('The mayor said residents argue that the levy is unfair.', 0);
    expect(found.map((s) => s.cue)).not.toContain('argue');
  });

  it('(guard) keeps no nested "that" report of a pronoun inside a quotation whatever its verb: "“She maintains that …,” X said"', () => {
    const found = statements('“She maintains that the loan was repaid,” the auditor Ruth Aalto said.');
    expect(found.map((s) => s.cue)).not.toContain('maintains');
  });

  it('(guard) keeps no nested report of a condition: "said X would have left if Y had asked him to"', () => {
    const found = statements('The skipper said the mate would have stayed ashore if Ruiz had asked him to wait.');
    expect(found.map((s) => s.cue)).not.toContain('asked');
  });

  it('(guard) reads no nested report from an order the speaker had given: "said he had instructed X to …"', () => {
    const found = statements('The harbour master said he had instructed the pilots to wait for the tide.', 0);
    expect(found.map((s) => s.cue)).not.toContain('instructed');
  });

  it.each([
    ['a fear in the subject\'s relative clause', 'A ferry pilot, who asked not to be named because she feared reprisals, said the dock was unsafe.', 'said'],
    ['a wish in the subject\'s relative clause', 'The collector, who wished to stay anonymous, bid by phone.', 'bid'],
  ])('(guard) ends a report inside the subject\'s relative clause before the subject\'s verb: %s', (_name, text, mainVerb) => {
    const found = statements(text, 0);
    expect(found.filter((s) => s.content.includes(`, ${mainVerb} `) && s.cue !== mainVerb)).toEqual([]);
  });
});
