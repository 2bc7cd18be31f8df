// Tests for src/1-text/language.ts: the English check with a stand-in identifier (the decision), and
// with franc-min itself on invented sentences. The franc-min cases are skipped with a reason when the
// package is not installed, except with CI=true (it is a dependency in package.json).

import { describe, expect, it } from 'vitest';
import { judgeLanguage, languageWarning, loadLanguageIdentifier } from '../../src/1-text/language.js';

const LONG_EN = 'The harbour master said on Tuesday that the quota talks with the fishing fleet would resume in March, after a week of protests in the town.';

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
    judgeLanguage(LONG_EN.repeat(100), (t) => ((seen = t.length), [['eng', 1]]));
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
  ])('should tell %s', (_name, text, code) => {
    expect(judgeLanguage(text, identify!).language).toBe(code);
  });
});
