// Tests for src/1-text/language.ts: the English check with a stand-in identifier (the decision), and
// with franc-min itself on invented sentences. The franc-min cases are skipped with a reason when the
// package is not installed, except with CI=true (it is a dependency in package.json).

import { describe, expect, it } from 'vitest';
import { ENGLISH_MARKER_MIN_WORDS, judgeLanguage, languageWarning, loadLanguageIdentifier, plainlyEnglish } from '../../src/1-text/language.js';

const LONG_EN = 'The harbour master said on Tuesday that the quota talks with the fishing fleet would resume in March, after a week of protests in the town.';

// Invented news paragraphs of 40+ words, one per language.
const PARAGRAPHS = {
  English: `${LONG_EN} She said the council had not been told about the plan and that its members would ask the minister what it was for. "We have waited long enough," one of them told reporters after the meeting.`,
  German: 'Der Hafenmeister sagte am Dienstag, dass die Gespräche mit der Fischereiflotte im März fortgesetzt würden. Der Stadtrat sei über den Plan nicht informiert worden, und seine Mitglieder wollten den Minister fragen, wozu er diene. „Wir haben lange genug gewartet“, sagte einer von ihnen nach der Sitzung den Reportern.',
  French: "Le capitaine du port a déclaré mardi que les négociations avec la flotte de pêche reprendraient en mars. Le conseil municipal n'avait pas été informé du projet et ses membres voulaient demander au ministre à quoi il servait. « Nous avons assez attendu », a dit l'un d'eux aux journalistes après la réunion.",
  Spanish: 'El capitán del puerto dijo el martes que las conversaciones con la flota pesquera se reanudarían en marzo. El ayuntamiento no había sido informado del plan y sus miembros querían preguntar al ministro para qué servía. «Hemos esperado bastante», dijo uno de ellos a los periodistas después de la reunión.',
  Dutch: 'De havenmeester zei dinsdag dat de gesprekken met de vissersvloot in maart zouden worden hervat. De gemeenteraad was niet over het plan ingelicht en de leden wilden de minister vragen waar het voor was. "We hebben lang genoeg gewacht," zei een van hen na de vergadering tegen verslaggevers.',
  Italian: "Il capitano del porto ha detto martedì che i colloqui con la flotta peschereccia riprenderanno a marzo. Il consiglio comunale non era stato informato del piano e i suoi membri volevano chiedere al ministro a cosa servisse. «Abbiamo aspettato abbastanza», ha detto uno di loro ai giornalisti dopo la riunione.",
};

describe('plainlyEnglish (franc-min skipped)', () => {
  it.each([
    ['an English news paragraph', PARAGRAPHS.English, true],
    ['a German one', PARAGRAPHS.German, false],
    ['a French one', PARAGRAPHS.French, false],
    ['a Spanish one', PARAGRAPHS.Spanish, false],
    ['a Dutch one', PARAGRAPHS.Dutch, false],
    ['an Italian one', PARAGRAPHS.Italian, false],
    ['a short English sentence (too few words to trust)', LONG_EN, false],
    ['a results table of names and numbers', 'Results: Hamilton 1:32.4, Verstappen 1:32.9, Leclerc 1:33.0, Norris 1:33.2, Sainz 1:33.5, Russell 1:33.6, Perez 1:33.8, Alonso 1:34.1, Ocon 1:34.3, Gasly 1:34.4, Stroll 1:34.9, Bottas 1:35.0, Zhou 1:35.2, Albon 1:35.6, Sargeant 1:36.1, Tsunoda 1:36.3, Ricciardo 1:36.4, Hulkenberg 1:36.8, Magnussen 1:37.0, Piastri 1:37.1.', false],
  ])('should judge %s', (_name, text, english) => {
    expect(plainlyEnglish(text)).toBe(english);
  });

  it('should need ENGLISH_MARKER_MIN_WORDS words', () => {
    const words = PARAGRAPHS.English.split(' ');
    expect(plainlyEnglish(words.slice(0, ENGLISH_MARKER_MIN_WORDS).join(' '))).toBe(true);
    expect(plainlyEnglish(words.slice(0, ENGLISH_MARKER_MIN_WORDS - 1).join(' '))).toBe(false);
  });

  it('should judge a plainly English text without asking the identifier', () => {
    expect(judgeLanguage(PARAGRAPHS.English, () => { throw new Error('identifier asked'); })).toEqual({ language: 'eng', english: true });
  });

  it.each(['German', 'French', 'Spanish', 'Dutch', 'Italian'] as const)('should still ask the identifier about a %s text', (name) => {
    let asked = false;
    const verdict = judgeLanguage(PARAGRAPHS[name], () => ((asked = true), [['deu', 1]]));
    expect(asked).toBe(true);
    expect(verdict.english).toBe(false);
  });
});

describe('judgeLanguage (decision)', () => {
  it.each([
    ['English', [['eng', 1], ['sco', 0.9]], 'eng', true],
    ['undetermined', [['und', 1]], 'und', true],
    ['Scots (English-like, franc confuses them)', [['sco', 1], ['eng', 0.97]], 'sco', true],
    ['a results table guessed French with English close behind', [['fra', 1], ['eng', 0.98]], 'fra', true],
    ['German, English far behind', [['deu', 1], ['nld', 0.8], ['eng', 0.63]], 'deu', false],
    ['French without English among the scores', [['fra', 1], ['ita', 0.7]], 'fra', false],
  ] as const)('should judge %s', (_name, scores, language, english) => {
    expect(judgeLanguage(LONG_EN, () => scores)).toEqual({ language, english });
  });

  it('should give no verdict on a text too short to tell', () => {
    expect(judgeLanguage('Kurz gesagt: nein.', () => [['deu', 1]])).toEqual({ language: 'und', english: true });
  });

  it('should show the identifier only the start of a long text', () => {
    let seen = 0;
    judgeLanguage(PARAGRAPHS.German.repeat(10), (t) => ((seen = t.length), [['deu', 1]]));
    expect(seen).toBe(1000);
  });

  it('should word a warning with the language name and code, and none for English', () => {
    expect(languageWarning('a.txt', { language: 'deu', english: false })).toMatch(/^a\.txt: the text looks like German \(deu\), not English; /);
    expect(languageWarning('a.txt', { language: 'eng', english: true })).toBeNull();
  });
});

const identify = loadLanguageIdentifier();
if (!identify && process.env['CI'] !== 'true') console.log('language: franc-min cases skipped, the package is not installed (npm ci installs it)');

describe.runIf(identify !== null || process.env['CI'] === 'true')('judgeLanguage with franc-min', () => {
  it.each([
    ['English', LONG_EN, 'eng'],
    ['German', 'Der Hafenmeister sagte am Dienstag, dass die Gespräche mit der Fischereiflotte im März fortgesetzt würden, nach einer Woche voller Proteste in der Stadt.', 'deu'],
    ['French', 'Le capitaine du port a déclaré mardi que les négociations avec la flotte de pêche reprendraient en mars, après une semaine de manifestations dans la ville.', 'fra'],
    ['Spanish', 'El capitán del puerto dijo el martes que las conversaciones con la flota pesquera se reanudarían en marzo, tras una semana de protestas en la ciudad.', 'spa'],
    ['German (a paragraph)', PARAGRAPHS.German, 'deu'],
    ['French (a paragraph)', PARAGRAPHS.French, 'fra'],
    ['Spanish (a paragraph)', PARAGRAPHS.Spanish, 'spa'],
    ['English (a paragraph, without franc-min)', PARAGRAPHS.English, 'eng'],
  ])('should tell %s', (_name, text, code) => {
    expect(judgeLanguage(text, identify!).language).toBe(code);
  });
});
