// Stage 3 stays linear on pathological runs (issue 22 item 8): the rules' work, counted as token
// reads through a proxy (deterministic, not timed), about doubles when a run of cues doubles.
// Before the bounded backward scans it quadrupled: every cue looked back over the whole sentence.
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/1-text/index.js';
import { findAttributions } from '../../src/3-statements/index.js';
import type { TextLayer } from '../../src/types.js';

/** Token reads findAttributions makes on a text. */
function tokenReads(text: string): number {
  const layer = readText(text);
  let reads = 0;
  const tokens = new Proxy(layer.tokens, {
    get(target, key, receiver) {
      if (typeof key === 'string' && key.charCodeAt(0) >= 48 && key.charCodeAt(0) <= 57) reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  findAttributions({ ...layer, tokens } as TextLayer);
  return reads;
}

describe('stage 3 work on runs of cues', () => {
  it.each([
    ['"said " repeated (every cue looked back to the sentence start for a clause opener)', (n: number) => 'said '.repeat(n)],
    ['"according to Berg," repeated (every report looked at every later report inside it)', (n: number) => 'according to Berg, '.repeat(n)],
  ])('%s grows linearly', (_name, make) => {
    const small = tokenReads(make(600));
    const large = tokenReads(make(1200));
    expect(large / small).toBeLessThan(2.6);
  });
});
