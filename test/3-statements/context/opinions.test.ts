// Stage 3, a judge's opinion (src/3-statements/context/opinions.ts): "writing for the majority", "in his
// dissent", "X dissented. He wrote …" after a lead that reports a ruling is dated as the ruling. Every
// sentence is written for this test.
import { describe, expect, it } from 'vitest';
import { holding, read } from './_read.js';

describe('a judge\'s opinion takes the date of the ruling the lead reports', () => {
  it.each([
    ['writing for the majority, in the speaker\'s description', 'The harbour court ruled on Monday that the fishing ban was unlawful.\n\nJudge Ana Ruiz, writing for the majority, said the ban had no basis in law.', 'the ban had no basis in law'],
    ['writing for a unanimous court, as an opener', 'The appeals court on Monday upheld the ban on night fishing.\n\nWriting for a unanimous court, Judge Ana Ruiz said the ban protected the spawning grounds.', 'the ban protected the spawning grounds'],
    ['a dissent narrated in the sentence before', 'The appeals court on Monday struck down the ferry tax.\n\nJudge Tomas Varga dissented. He wrote that the tax was lawful.', 'the tax was lawful'],
    ['in his dissent', 'The appeals court on Monday struck down the ferry tax.\n\nIn his dissent, Judge Tomas Varga wrote that the tax was lawful.', 'the tax was lawful'],
    ['dissenting, set off by commas', 'The appeals court on Monday struck down the ferry tax in a 4-1 decision.\n\nJudge Tomas Varga, dissenting, said the tax was lawful.', 'the tax was lawful'],
  ])('%s', (_name, text, words) => {
    expect(holding(read(text), words)?.date).toBe('2024-05-06');
  });

  it.each([
    ['(guard) a dissent in a lead that reports no ruling', 'The harbour board said on Monday that fees would rise.\n\nTomas Varga, a board member who dissented, said the rise was unfair.', 'the rise was unfair', '2024-05-08'],
    ['(guard) writing for a newspaper', 'The harbour court ruled on Monday that the fishing ban was unlawful.\n\nWriting for the Dunmore Herald, columnist Ana Ruiz said the ruling was overdue.', 'the ruling was overdue', '2024-05-08'],
    ['(guard) the dissent of another person before', 'The appeals court on Monday struck down the ferry tax.\n\nJudge Tomas Varga dissented. Ferry owner Ana Ruiz said the tax had ruined her.', 'the tax had ruined her', '2024-05-08'],
    ['(guard) the opinion\'s writer speaking on another day', 'The appeals court on Monday struck down the ferry tax.\n\nJudge Tomas Varga, writing for the majority, said in an interview on Friday that the tax had been unfair.', 'the tax had been unfair', '2024-05-03'],
  ])('%s', (_name, text, words, date) => {
    expect(holding(read(text), words)?.date).toBe(date);
  });
});
