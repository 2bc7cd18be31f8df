// The span types a span rule names (span-rule.ts `types`): retypeSpans calls a rule only for spans of
// those types, and the rules no longer test the span's type against them again. A rule names types
// only when it can act on no span of the others (checked once by forcing the filter off on the dev sets).

import { describe, expect, it } from 'vitest';
import { SPAN_TYPE_RULES } from '../../../src/2-mentions/entities/span-types.js';
import { rulesByType } from '../../../src/2-mentions/entities/span-rule.js';
import type { TagSpan } from '../../../src/2-mentions/entities/tagger.js';

const TYPES: TagSpan['type'][] = ['PER', 'ORG', 'LOC', 'MISC'];

describe('span rules that name their types', () => {
  const typed = SPAN_TYPE_RULES.filter((r) => r.types);

  it('are most of the rules', () => {
    expect(typed.length).toBeGreaterThan(SPAN_TYPE_RULES.length / 2);
  });

  it.each(typed.map((r) => [r.id, r] as const))('%s names one to three distinct types', (_id, rule) => {
    expect(new Set(rule.types).size).toBe(rule.types!.length);
    expect(rule.types!.length).toBeGreaterThan(0);
    expect(rule.types!.length).toBeLessThan(TYPES.length);
  });

  it.each(TYPES)('are called for %s spans only when they name the type', (type) => {
    const called = rulesByType(SPAN_TYPE_RULES)[type];
    expect(called.every((r) => !r.types || r.types.includes(type))).toBe(true);
    expect(called.length).toBe(SPAN_TYPE_RULES.filter((r) => !r.types || r.types.includes(type)).length);
  });
});
