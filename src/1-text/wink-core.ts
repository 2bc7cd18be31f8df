// Stage 1's copy of wink's English core model in a form that loads fast (data/models/wink-core.json,
// written by scripts/build-wink-core.ts from wink-eng-lite-web-model's eng-core-web-model.json). The
// package's 87,593 lexemes are one string instead of a JSON array, and their string → index table
// (≈70 ms to build at every start) is replaced by lexemeTable(): a binary search over the lexemes in
// sorted order, stored with the model, behind the plain object wink reads and extends.

import { sortedWordIndex } from '../spans.js';

/** The core model's file inside wink-eng-lite-web-model. */
export const WINK_CORE_FILE = 'dist/languages/cur/models/eng-core-web-model.json';

/** The package's core model as wink-model.ts hands it to wink (lexicon and xpansions still base64). */
export type PackageCore = {
  features: Record<string, { list: unknown[] }>;
  lexicon: string;
  xpansions: string;
  [part: string]: unknown;
};

/** The compact form: the core without its lexeme list, the lexemes joined, and their sorted order. */
export interface CompactCore {
  /** Where it comes from (package, version, file). */
  source: string;
  /** The character joining `lexemes`; no lexeme contains it. */
  separator: string;
  lexemes: string;
  /** Lexeme indices in ascending code-unit order of their strings: 32-bit little-endian, base64. */
  order: string;
  core: PackageCore;
}

/**
 * The JSON text of a compact core, in ASCII (other characters as \u escapes): Node reads an ASCII
 * file and parses its strings as one-byte strings, ≈40% faster than the same file in UTF-8.
 */
export function compactCoreJson(compact: CompactCore): string {
  return `${JSON.stringify(compact).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}

/** A separator no lexeme contains, printable so that JSON writes it as itself. */
const SEPARATORS = ['~', '`', '^', '|'];

/**
 * Builds the compact form of a core model.
 * @throws RangeError when the lexemes repeat or every candidate separator occurs in them
 */
export function compactCore(core: PackageCore, source: string): CompactCore {
  const list = core.features.lexeme!.list as string[];
  if (new Set(list).size !== list.length) throw new RangeError('compactCore: the lexeme list repeats a lexeme; a table built from it would keep the last index only.');
  const separator = SEPARATORS.find((s) => !list.some((w) => w.includes(s)));
  if (separator === undefined) throw new RangeError(`compactCore: every separator (${SEPARATORS.join(' ')}) occurs in a lexeme; add another.`);
  const order = list.map((_, i) => i).sort((a, b) => (list[a]! < list[b]! ? -1 : list[a]! > list[b]! ? 1 : 0));
  const bytes = new DataView(new ArrayBuffer(order.length * 4));
  order.forEach((i, k) => bytes.setUint32(k * 4, i, true));
  const features = { ...core.features, lexeme: { ...core.features.lexeme!, list: [] } };
  return { source, separator, lexemes: list.join(separator), order: Buffer.from(bytes.buffer).toString('base64'), core: { ...core, features } };
}

/**
 * Lookups a lexeme table answers from the sorted lexemes before it copies them all in: a short job
 * never pays for the full table, a long one soon reads through a plain object: with every miss going
 * through the prototype, 300 articles took ≈10% more CPU than with the full table.
 */
export const LAZY_LOOKUPS = 20_000;

/**
 * The lexeme → index table wink reads and extends (`hash[word]`, `hash[word] = i`, `delete`), for the
 * lexemes `list` sorted as `order`. It starts empty: a word it does not hold is looked up in the
 * sorted lexemes by its prototype and then kept as its own, so it answers every lookup as the full
 * table would, and the words wink adds and deletes are its own properties as before. After
 * `lazyLookups` such lookups it copies in every lexeme and drops the prototype: the full table.
 */
export function lexemeTable(list: readonly string[], order: Uint32Array, lazyLookups = LAZY_LOOKUPS): Record<string, number> {
  const find = (word: string): number | undefined => {
    const at = sortedWordIndex(order.length, (i) => list[order[i]!]!, word);
    return at < 0 ? undefined : order[at];
  };
  let lookups = 0;
  const own = (table: Record<string, number>, key: string, index: number): void => {
    Object.defineProperty(table, key, { value: index, writable: true, enumerable: true, configurable: true });
  };
  const lookup = new Proxy(Object.create(null) as Record<string, number>, {
    get(_target, key, receiver: Record<string, number>) {
      if (typeof key !== 'string') return undefined;
      if (++lookups > lazyLookups) {
        // (Without the prototype first, plain assignments: half the time of defining each property.
        // A lexeme already looked up holds its own index, so every lexeme is assigned its index.)
        Object.setPrototypeOf(receiver, null);
        for (let i = 0; i < list.length; i++) receiver[list[i]!] = i;
        return receiver[key];
      }
      const index = find(key);
      if (index !== undefined) own(receiver, key, index);
      return index;
    },
  });
  return Object.create(lookup) as Record<string, number>;
}
