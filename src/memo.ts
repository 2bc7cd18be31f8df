// A function's answers remembered by key, for the per-word lookups the stages repeat over a corpus
// (wink's lexicon in stage 1, given-name classes in stage 2). The table starts over past `limit`
// keys, so a long run's memory stays bounded. Pure apart from its own table.

/** `compute` with its answers remembered, at most `limit` of them at a time. */
export function boundedMemo<V>(compute: (key: string) => V, limit = 100_000): (key: string) => V {
  let known = new Map<string, V>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      value = compute(key);
      if (known.size >= limit) known = new Map();
      known.set(key, value);
    }
    return value;
  };
}
