// Offset helpers shared by the stages: binary search over arrays sorted by start offset, so that
// looking up "the mentions inside this content" stays logarithmic on very long articles; and the one
// binary search over sorted words (wink's lexemes, the given-name lists).

/** Index of the first item whose key is >= value (items sorted by that key). */
export function lowerBoundBy<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Index of the first item whose `start` is >= offset (items sorted by start). (lowerBoundBy's loop
 * reading `start` itself: a key function made here was a closure allocated at every call.)
 */
export function lowerBound(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Index of the last item starting at or before offset `at` (items sorted by start): the sentence or
 * paragraph that holds `at`, or -1 when `at` comes before the first item.
 */
export function indexHolding(items: readonly { start: number }[], at: number): number {
  return lowerBound(items, at + 1) - 1;
}

/** The paragraph of the sentence that holds offset `at` (sentences sorted by start, as a text layer keeps them). */
export function paragraphOf(sentences: readonly { start: number; paragraph: number }[], at: number): number {
  return sentences[indexHolding(sentences, at)]?.paragraph ?? 0;
}

/** Items with start in [start, end) (items sorted by start). */
export function startingWithin<T extends { start: number }>(items: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let k = lowerBound(items, start); k < items.length && items[k]!.start < end; k++) out.push(items[k]!);
  return out;
}

/** Position of `word` among `n` words sorted in code-unit order, read by `at(i)`, or -1. */
export function sortedWordIndex(n: number, at: (i: number) => string, word: string): number {
  let lo = 0;
  let hi = n - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const w = at(mid);
    if (w === word) return mid;
    if (w < word) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
