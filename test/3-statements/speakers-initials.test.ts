// Stage 3 (src/3-statements/speakers-initials.ts): "the CS", "the PM", "The CM" are the person last
// named with the title those letters abbreviate; known bodies' initials stay those bodies. Sentences
// written for this test.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';

/** The canonical name of the last statement's speaker. */
function lastSpeaker(text: string): string | undefined {
  const a = analyze({ id: 'art', text, published: '2024-05-06' }, { today: '2024-06-01' });
  const byKey = new Map(a.mentions.entities.map((e) => [e.key, e]));
  const s = a.statements.at(-1);
  return s?.speakerEntity ? byKey.get(s.speakerEntity)?.name : undefined;
}

describe('an office written as its initials', () => {
  it.each([
    ['a Kenyan Cabinet Secretary', 'Health Cabinet Secretary Wanjiru Otieno opened the clinic. "Nobody will be turned away," the CS said.', 'Wanjiru Otieno'],
    ['a Prime Minister', 'Prime Minister Tomas Varga met the envoys in Oslo. The PM said the talks had gone well.', 'Tomas Varga'],
    ['an Indian Chief Minister', 'Chief Minister Ravi Shenoy toured the flooded districts. The CM said relief would reach every village.', 'Ravi Shenoy'],
  ])('is the person named with that title (%s)', (_name, text, who) => {
    expect(lastSpeaker(text)).toBe(who);
  });

  it.each([
    ['a known body\'s initials', 'Foreign Minister Ana Ruiz met the envoys. The EU said the talks would continue.', 'European Union'],
    ['initials no title before a name has', 'Mayor Ana Ruiz opened the port. The CS said the port would stay open.', 'CS'],
  ])('(guard) stays as it was for %s', (_name, text, who) => {
    expect(lastSpeaker(text)).toBe(who);
  });
});
