// Stage 3 grammar (src/3-statements/grammar/clause-subjects.ts): the subject of the clause before a
// participle report — a reduced relative ("a man killed at …") inside it does not cut it. Sentences
// written for this test.
import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/1-text/index.js';
import { coordinatedSubject } from '../../../src/3-statements/grammar/clause-subjects.js';

/** The text of coordinatedSubject before the sentence's last comma. */
function subjectBeforeLastComma(text: string): string | null {
  const layer = readText(text);
  const s = layer.sentences[0]!;
  let comma = -1;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) if (layer.tokens[k]!.text === ',') comma = k;
  const np = coordinatedSubject(layer.tokens, comma, s.tokenStart);
  return np ? text.slice(layer.tokens[np[0]]!.start, layer.tokens[np[1] - 1]!.end) : null;
}

describe('coordinatedSubject with a reduced relative in the subject', () => {
  it.each([
    ['The widow of a worker injured at a plant near Dunmore has sued Carlow Steel, claiming managers hid the risks.', 'The widow of a worker injured at a plant near Dunmore'],
    ['Parents of a girl injured in a crash outside Lisbury have written to the council, saying the road is unsafe.', 'Parents of a girl injured in a crash outside Lisbury'],
    ['The owner of a dog attacked in a park in Cardale has gone to the police, asking for a search.', 'The owner of a dog attacked in a park in Cardale'],
  ])('runs through the participle to the subject (%s)', (text, subject) => {
    expect(subjectBeforeLastComma(text)).toBe(subject);
  });

  it.each([
    ['The mayor visited survivors of the flood in Cardale, promising new homes.', 'The mayor'],
    ['Workers at the plant walked out on Monday, demanding higher pay.', 'Workers at the plant'],
  ])('keeps the subject where no participle follows a noun (%s)', (text, subject) => {
    expect(subjectBeforeLastComma(text)).toBe(subject);
  });
});
