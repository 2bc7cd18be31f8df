// The span types a span rule names (span-rule.ts `types`): retypeSpans calls a rule only for spans of
// those types, so a rule must pass by every span of another type. Each rule that names types is run
// on its own example, each run of capitalised words there a span of each type it does not name.

import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/1-text/index.js';
import { SPAN_TYPE_RULES } from '../../../src/2-mentions/entities/span-types.js';
import { cap } from '../../../src/2-mentions/entities/span-rule.js';
import { prepare, tagSpan, type TagSpan } from '../../../src/2-mentions/entities/tagger.js';

const TYPES: TagSpan['type'][] = ['PER', 'ORG', 'LOC', 'MISC'];

/** The runs of capitalised tokens of a text, as PER spans. */
function capitalisedRuns(text: string) {
  const layer = readText(text);
  const toks = layer.tokens;
  const spans: TagSpan[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!cap(toks[i]) || (i > 0 && cap(toks[i - 1]) && toks[i - 1]!.sentence === toks[i]!.sentence)) continue;
    let j = i + 1;
    while (j < toks.length && cap(toks[j]) && toks[j]!.sentence === toks[i]!.sentence) j++;
    spans.push(tagSpan(i, j, 'PER'));
  }
  return { text, toks, prep: prepare(layer), spans };
}

describe('span rules that name their types', () => {
  const typed = SPAN_TYPE_RULES.filter((r) => r.types);

  it('are most of the rules', () => {
    expect(typed.length).toBeGreaterThan(SPAN_TYPE_RULES.length / 2);
  });

  it.each(typed.map((r) => [r.id, r] as const))('%s passes by spans of the other types on its example', (_id, rule) => {
    const view = capitalisedRuns(rule.example);
    for (const type of TYPES.filter((t) => !rule.types!.includes(t))) {
      for (let k = 0; k < view.spans.length; k++) {
        const spans = view.spans.map((s, j) => (j === k ? tagSpan(s.from, s.to, type) : s));
        expect(rule.apply({ ...view, spans, k }), `span ${k} as ${type}`).toBeUndefined();
      }
    }
  });
});
