// Matching predicted statements to gold the way ../shared/eval/score.mjs does, for the scripts that
// measure stage 3 (scripts/rule-report.ts): quotations by the share of the gold content span a
// prediction covers (greedy in gold order, one prediction per gold quote), and hand-annotated claims
// by an anchor the prediction's content holds (one anchor per prediction).

/** A span of the article text: [start, end) in UTF-16 units. */
export interface TextSpan {
  start: number;
  end: number;
}

/** The scorer's default quotation overlap: a prediction must cover more than this share of the gold content. */
export const QUOTE_OVERLAP = 0.3;

/** The share of the gold span [gold.start, gold.end) that `pred` covers; 0 when either span is empty (score.mjs `coverage`). */
export function coverage(gold: TextSpan, pred: TextSpan): number {
  if (gold.end <= gold.start || pred.end <= pred.start) return 0;
  return Math.max(0, Math.min(gold.end, pred.end) - Math.max(gold.start, pred.start)) / (gold.end - gold.start);
}

/**
 * Matches gold quotations to predictions as the scorer does: in gold order, each gold quote takes the
 * not-yet-used prediction covering the largest share of its content, when that share is above
 * `overlap` (the first such prediction wins a tie).
 * @param gold - gold content spans, in the gold file's order
 * @param preds - predicted content spans, in the prediction's order
 * @returns for each prediction, the index of the gold quote it matched, or -1
 */
export function matchQuotes(gold: readonly TextSpan[], preds: readonly TextSpan[], overlap: number = QUOTE_OVERLAP): number[] {
  const matched = preds.map(() => -1);
  for (let g = 0; g < gold.length; g++) {
    let best = -1;
    let bestScore = overlap;
    for (let p = 0; p < preds.length; p++) {
      if (matched[p] !== -1) continue;
      const score = coverage(gold[g]!, preds[p]!);
      if (score > bestScore) [best, bestScore] = [p, score];
    }
    if (best >= 0) matched[best] = g;
  }
  return matched;
}

/**
 * Where each anchor stands in the text: its first occurrence, as the scorer finds it
 * (`text.indexOf(anchor)`); null for an anchor the text does not hold.
 */
export function anchorSpans(text: string, anchors: readonly string[]): (TextSpan | null)[] {
  return anchors.map((a) => {
    const at = a ? text.indexOf(a) : -1;
    return at < 0 ? null : { start: at, end: at + a.length };
  });
}

/**
 * Matches claim anchors to predictions: in prediction order, each prediction takes the first anchor
 * (in gold order) not yet taken whose span its content holds. One anchor per prediction, one
 * prediction per anchor.
 * @param anchors - anchor spans (anchorSpans), in gold order; null ones are never matched
 * @param preds - predicted content spans, in the prediction's order (outer before inner)
 * @returns for each prediction, the index of the anchor it matched, or -1
 */
export function matchAnchors(anchors: readonly (TextSpan | null)[], preds: readonly TextSpan[]): number[] {
  const taken = anchors.map(() => false);
  return preds.map((p) => {
    const k = anchors.findIndex((a, i) => !taken[i] && a !== null && p.start <= a.start && a.end <= p.end);
    if (k >= 0) taken[k] = true;
    return k;
  });
}
