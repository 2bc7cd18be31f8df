// scripts/lib/gold-match.ts: the scorer's matching of predictions to gold quotations (coverage of
// the gold span > 0.3, greedy in gold order) and to claim anchors, on invented spans.
import { describe, expect, it } from 'vitest';
import { anchorSpans, coverage, matchAnchors, matchQuotes } from '../../scripts/lib/gold-match.js';

const s = (start: number, end: number) => ({ start, end });

describe('coverage', () => {
  it.each([
    [s(0, 10), s(0, 10), 1],
    [s(0, 10), s(5, 20), 0.5],
    [s(0, 10), s(-5, 3), 0.3],
    [s(0, 10), s(10, 20), 0],
    [s(0, 10), s(4, 4), 0],
    [s(3, 3), s(0, 10), 0],
  ])('of gold %j by %j is %d', (gold, pred, share) => {
    expect(coverage(gold, pred)).toBeCloseTo(share, 10);
  });
});

describe('matchQuotes', () => {
  it('needs more than 0.3 of the gold content covered', () => {
    expect(matchQuotes([s(0, 10)], [s(7, 20)])).toEqual([-1]);
    expect(matchQuotes([s(0, 10)], [s(6, 20)])).toEqual([0]);
  });

  it('gives each gold quote the unused prediction covering most of it', () => {
    expect(matchQuotes([s(0, 10)], [s(0, 5), s(0, 9), s(0, 8)])).toEqual([-1, 0, -1]);
  });

  it('is greedy in gold order: an earlier gold quote takes the prediction a later one wanted', () => {
    // Gold 0 is best covered by prediction 0; gold 1 then falls back on prediction 1.
    expect(matchQuotes([s(0, 10), s(5, 15)], [s(0, 15), s(12, 15)])).toEqual([0, -1]);
    expect(matchQuotes([s(0, 10), s(5, 15)], [s(0, 15), s(9, 15)])).toEqual([0, 1]);
  });

  it('breaks a tie for the first prediction', () => {
    expect(matchQuotes([s(0, 10)], [s(0, 10), s(0, 10)])).toEqual([0, -1]);
  });

  it('takes another overlap threshold', () => {
    expect(matchQuotes([s(0, 10)], [s(0, 6)], 0.8)).toEqual([-1]);
  });
});

describe('anchors', () => {
  const text = 'The port will close. The port will close again, the mayor said.';

  it('finds an anchor at its first occurrence, or not at all', () => {
    expect(anchorSpans(text, ['port will close', 'ferry', ''])).toEqual([s(4, 19), null, null]);
  });

  it('matches a prediction holding an untaken anchor, one anchor each', () => {
    const anchors = [s(4, 19), s(25, 40), null];
    // The outer prediction holds both anchors and takes the first; the inner one takes the second.
    expect(matchAnchors(anchors, [s(0, 60), s(21, 46), s(21, 46)])).toEqual([0, 1, -1]);
  });

  it('does not match a prediction that holds only part of an anchor', () => {
    expect(matchAnchors([s(4, 19)], [s(10, 30)])).toEqual([-1]);
  });
});
