// The start-up of bin/newsgraph.js (src/cli/launch.ts): a bundle runs only while every dist file it
// was made from is unchanged, and it runs as a CommonJS body with its module list hook. A tiny
// bundle in a temp folder stands in for dist/bundle.

import { mkdirSync, mkdtempSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLE_FILES, asciiOnly, bundleIsFresh, loadBundle } from '../../src/cli/launch.js';

/** dist/ with two modules and dist/bundle/ made from them; returns the bundle folder. */
function fakeDist(): { dist: string; bundle: string } {
  const dist = mkdtempSync(join(tmpdir(), 'newsgraph-launch-'));
  const bundle = join(dist, 'bundle');
  mkdirSync(join(dist, 'cli'), { recursive: true });
  mkdirSync(bundle);
  writeFileSync(join(dist, 'cli/main.js'), 'export const main = 1;\n');
  writeFileSync(join(dist, 'errors.js'), 'export const e = 1;\n');
  writeFileSync(
    join(bundle, BUNDLE_FILES.script),
    'if (__newsgraphModules) __newsgraphModules.push("dist/errors.js");\nexports.main = async (argv) => argv.length + (__filename.endsWith("cli.cjs") ? 40 : 0);\n',
  );
  const inputs = Object.fromEntries(['cli/main.js', 'errors.js'].map((f) => [f, statSync(join(dist, f)).mtimeMs]));
  writeFileSync(join(bundle, BUNDLE_FILES.inputs), JSON.stringify({ inputs }));
  return { dist, bundle };
}

describe('bundleIsFresh', () => {
  it('accepts a bundle whose inputs all have the mtimes it recorded', () => {
    expect(bundleIsFresh(fakeDist().bundle)).toBe(true);
  });

  it('refuses it once tsc has rewritten one input (a newer mtime)', () => {
    const { dist, bundle } = fakeDist();
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(dist, 'errors.js'), later, later);
    expect(bundleIsFresh(bundle)).toBe(false);
  });

  it('refuses it when an input is gone, or when there is no inputs list', () => {
    const a = fakeDist();
    writeFileSync(join(a.bundle, BUNDLE_FILES.inputs), JSON.stringify({ inputs: { 'gone.js': 1 } }));
    expect(bundleIsFresh(a.bundle)).toBe(false);
    expect(bundleIsFresh(join(a.dist, 'no-bundle-here'))).toBe(false);
  });
});

describe('loadBundle', () => {
  it('runs the bundle body with CommonJS names and returns its main()', async () => {
    const main = loadBundle(fakeDist().bundle);
    expect(await main(['a', 'b'])).toBe(42);
  });
});

describe('asciiOnly (the bundle as ASCII)', () => {
  // Each program returns what its patterns and strings make of the same inputs; escaped, it must
  // return the same and hold no character beyond ASCII.
  const INPUTS = ['’s', "'s", 'ab’', 'x – y', 'naïve', '😀!', '\\’', '£5', '€', 'plain'];
  it.each([
    ['a literal pattern', 'return INPUTS.map((s) => /[’\\-–—]|ï/.test(s));'],
    ['an identity escape of the character', 'return INPUTS.map((s) => /\\’s$|\\\'s$/.test(s));'],
    ['an escaped backslash before it', 'return INPUTS.map((s) => /\\\\’/.test(s));'],
    ['an astral character with the u flag', 'return INPUTS.map((s) => /^😀/u.test(s) + ":" + /[😀]/u.test(s));'],
    ['an astral character without it', 'return INPUTS.map((s) => /😀/.test(s));'],
    ['a String.raw pattern', 'return INPUTS.map((s) => new RegExp(String.raw`^[$£€#]`).test(s));'],
    ['strings and a comment', '// café\nreturn ["’", "naïve", `x—${1}`];'],
  ])('keeps what %s means', (_what, body) => {
    const escaped = asciiOnly(body);
    expect(escaped).toMatch(/^[\x00-\x7f]*$/);
    const run = (code: string): unknown => new Function('INPUTS', code)(INPUTS);
    expect(run(escaped)).toEqual(run(body));
  });
});
