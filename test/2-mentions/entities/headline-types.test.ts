// Stage 2 (src/2-mentions/entities/headline-types.ts): names in a capitals headline are typed by the
// article's body — a word the body writes only as an organisation, whole or as the plural last word
// of one, is that organisation. Articles written for this test.
import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/1-text/index.js';
import { findEntities } from '../../../src/2-mentions/entities.js';

const shown = (text: string) => findEntities(readText(text)).mentions.map((m) => `${text.slice(m.start, m.end)}/${m.entity.split('/')[0]}`);

describe('typeHeadlineNames', () => {
  it.each([
    [
      'teams named by the plural last word of their names',
      'BASEBALL - GARCIA HOMERS AS OSPREYS BEAT FALCONS .\nDENVER 2026-05-02\nLuis Garcia hit two home runs as the Portland Ospreys beat the Tulsa Falcons 6-2 on Saturday .',
      ['OSPREYS/Organization', 'FALCONS/Organization'],
    ],
    ['a team the body names once', 'RUGBY - HAWKS SEE OFF SHARKS .\nLONDON 2026-05-02\nThe Carlow Hawks beat the Derry Sharks 30-12 on Saturday .', ['HAWKS/Organization']],
  ])('types a headline word by the body: %s', (_why, text, expected) => {
    const got = shown(text);
    for (const e of expected) expect(got).toContain(e);
  });

  it.each([
    ['a word the article also writes in lower case', 'STEELERS LOSE .\nPITTSBURGH 2026-05-02\nThe Pittsburgh Steelers lost again . The steelers of the city mourned .', 'STEELERS/Organization'],
    ['a name the body types otherwise', 'RUGBY - HAWKS SEE OFF SHARKS .\nLONDON 2026-05-02\nThe Carlow Hawks beat the Derry Sharks 30-12 on Saturday .', 'SHARKS/Organization'],
  ])('leaves a headline word alone: %s', (_why, text, notExpected) => {
    expect(shown(text)).not.toContain(notExpected);
  });
});
