// Start-up of the command line (bin/newsgraph.js). The CLI runs from its one-file bundle
// (dist/bundle/cli.cjs, written by scripts/bundle-cli.ts at `npm run build`) with V8's code cache
// when the bundle exists and every dist file it was made from is unchanged; otherwise from
// dist/cli/main.js as tsc wrote it. Both run the same code: only loading differs (design.md, "Start-up").

import { InputError } from '../errors.js';
import { BUNDLE_GLOBAL } from './bundle-global.js';

// Node's modules by process.getBuiltinModule (Node ≥ 20.16), not by import: an ESM import of a
// built-in module builds its ESM facade, ≈8 ms of CPU for five of them on every start.
const { appendFileSync, readFileSync, statSync, writeFileSync } = process.getBuiltinModule('node:fs');
const { createRequire } = process.getBuiltinModule('node:module');
const { join } = process.getBuiltinModule('node:path');
const { fileURLToPath, pathToFileURL } = process.getBuiltinModule('node:url');
const { Script, constants } = process.getBuiltinModule('node:vm');
const { isAscii } = process.getBuiltinModule('node:buffer');

/** The CLI's entry point, as dist/cli/main.ts exports it. */
export type Main = (argv: string[]) => Promise<number>;

/** Where the bundle lives: dist/bundle/ beside dist/cli/ (src/bundle/ never exists, so tests from src fall back). */
export const BUNDLE_DIR = fileURLToPath(new URL('../bundle/', import.meta.url));
/**
 * The bundle's files in BUNDLE_DIR: the script, its inputs, and two code caches, each written by a
 * warm-up run: `nlp` by an annotate (for the commands that run the stages), `query` by a said-by
 * (for the others; a cache holds what its run compiled, and the annotate one is 4× larger).
 */
export const BUNDLE_FILES = { script: 'cli.cjs', inputs: 'inputs.json', cache: { nlp: 'cli.nlp.cache', query: 'cli.query.cache' } } as const;
/** Which code cache a run takes. */
export type CacheKind = keyof typeof BUNDLE_FILES.cache;
/** Commands that run the NLP stages (view and export of an article do too, but mostly read graphs). */
const NLP_COMMANDS = new Set(['annotate', 'build', 'worker']);

/**
 * V8 flags for a process that runs the NLP stages. The tier-up budget (V8's default 67,584) raised
 * so that fewer functions are optimised, and re-optimised, while the pipeline warms up: optimising
 * compilation was ≈30% of the CPU of an annotate of PolNeAR train (840 articles), and the stages'
 * large functions were each compiled up to 7 times. 800,000: on PolNeAR train, annotate on two
 * threads 12% faster than with 300,000 and ≈30% faster and cheaper than with V8's default; on one
 * thread ≈15% less CPU for a few % more wall time (docs/design.md, "Start-up"). Set at run time,
 * before the stages' code first runs; worker threads share the process's flags.
 */
export const NLP_V8_FLAGS = ['--interrupt-budget=800000'] as const;

/** Applies NLP_V8_FLAGS to this process (the CLI's NLP commands, the benchmark). */
export function tuneV8ForNlp(): void {
  const { setFlagsFromString } = process.getBuiltinModule('node:v8');
  for (const flag of NLP_V8_FLAGS) setFlagsFromString(flag);
}

/** inputs.json: every dist file in the bundle, by path relative to dist/, with its mtime at bundling. */
export type BundleInputs = { inputs: Record<string, number> };

// The bundle is a CommonJS body; these are the names it is given (esbuild's format "cjs", plus the
// module list of the debug hook below).
const PARAMS = ['exports', 'require', 'module', '__filename', '__dirname', '__newsgraphModules'];

/**
 * Whether the bundle in `dir` can run: its inputs file lists dist files that all still have the
 * mtime they had when it was built (`npx tsc` alone rewrites them, and then dist/cli runs instead).
 */
export function bundleIsFresh(dir: string = BUNDLE_DIR): boolean {
  let inputs: BundleInputs;
  try {
    inputs = JSON.parse(readFileSync(join(dir, BUNDLE_FILES.inputs), 'utf8')) as BundleInputs;
  } catch {
    return false;
  }
  const dist = join(dir, '..');
  const entries = Object.entries(inputs.inputs ?? {});
  if (entries.length === 0) return false;
  // Plain concatenation: path.join normalises each path, which cost more than the stats (≈7 of 10 ms).
  for (const [file, mtime] of entries) {
    if (statSync(`${dist}/${file}`, { throwIfNoEntry: false })?.mtimeMs !== mtime) return false;
  }
  return true;
}

/**
 * The bundle's code with every non-ASCII character as a \u escape (scripts/bundle-cli.ts writes it
 * so). esbuild escapes them in strings but leaves regular expressions and comments as written; an
 * ASCII file is read as a one-byte string, ≈6 ms less CPU at every start than decoding UTF-8 into a
 * two-byte one. In a regular expression, a string and a String.raw pattern alike, \uXXXX is the
 * character (each half of a surrogate pair escaped on its own: a pattern without the u flag reads
 * halves, one with it reads the pair); an identity escape ("\’") becomes the escape, not a backslash.
 */
export function asciiOnly(code: string): string {
  return code.replace(/(\\*)([^\x00-\x7f])/g, (_m, slashes: string, c: string) => {
    const kept = slashes.length % 2 === 1 ? slashes.slice(1) : slashes;
    return `${kept}\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/** A file's text: read as Latin-1 when it is ASCII (the same string, cheaper to make), else as UTF-8. */
function readText(file: string): string {
  const bytes = readFileSync(file);
  return bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
}

/** What the bundle exports: main(), and the worker-thread entries it starts by name (main.ts, THREAD_ENTRIES). */
type BundleExports = { main?: Main; THREAD_ENTRIES?: Record<string, () => Promise<unknown>> };


/**
 * Loads the bundle's main() from `dir`, compiled with the code cache `kind` when V8 accepts it.
 * NEWSGRAPH_WRITE_CODE_CACHE=1 writes that cache at exit (the bundle script's warm-up runs);
 * NEWSGRAPH_MODULE_LIST=<file> appends, at exit, `bundle:` and the file URL of every module the
 * bundle started (test/cli/module-loading.test.ts reads it).
 */
export function loadBundle(dir: string = BUNDLE_DIR, kind: CacheKind = 'query'): Main {
  const exports = runBundle(dir, kind, true);
  if (typeof exports.main !== 'function') throw new InputError(`newsgraph: ${join(dir, BUNDLE_FILES.script)} has no main(); rebuild it with "npm run build".`, { file: join(dir, BUNDLE_FILES.script) });
  return exports.main;
}

/**
 * Runs, in a worker thread, the bundle's thread entry `name` (bundle-thread.ts): the bundle from
 * `dir` with the NLP commands' code cache, where dist/cli/<name>.js would load and compile ~200
 * modules in every thread.
 * @throws InputError when the bundle has no such entry
 */
export async function runThreadFromBundle(dir: string, name: string): Promise<void> {
  const file = join(dir, BUNDLE_FILES.script);
  const entry = runBundle(dir, 'nlp', false).THREAD_ENTRIES?.[name];
  if (typeof entry !== 'function') throw new InputError(`newsgraph: ${file} has no thread entry "${name}"; rebuild it with "npm run build".`, { file });
  await entry();
}

/** Runs the bundle's top level and returns its exports; only the main thread writes the code cache. */
function runBundle(dir: string, kind: CacheKind, mainThread: boolean): BundleExports {
  const file = join(dir, BUNDLE_FILES.script);
  const cacheFile = join(dir, BUNDLE_FILES.cache[kind]);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // no cache yet: compile from source
  }
  const body = readText(file);
  const script = new Script(`(function (${PARAMS.join(', ')}) {${body}\n})`, {
    filename: file,
    cachedData,
    importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  // The bundle's entry, dist/cli/main.js, runs as its top level; the others start on first import.
  const started: string[] | undefined = process.env.NEWSGRAPH_MODULE_LIST ? ['dist/cli/main.js'] : undefined;
  const module = { exports: {} as BundleExports };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run(module.exports, createRequire(file), module, file, dir, started);
  (globalThis as Record<symbol, unknown>)[BUNDLE_GLOBAL] = dir;
  if (mainThread && process.env.NEWSGRAPH_WRITE_CODE_CACHE === '1') process.once('exit', () => writeFileSync(cacheFile, script.createCachedData()));
  const list = process.env.NEWSGRAPH_MODULE_LIST;
  if (list && started) {
    const root = join(dir, '..', '..');
    process.once('exit', () => appendFileSync(list, started.map((m) => `bundle:${pathToFileURL(join(root, m)).href}\n`).join('')));
  }
  return module.exports;
}

// What main() answers without loading a command (the usage, the version): dist/cli/main.js and its
// two imports cost less than reading and deserialising the whole bundle (≈20 ms).
const NO_COMMAND = new Set(['--help', '-h', 'help', '--version', '-v']);

/**
 * Runs the CLI: a command from the bundle when it is fresh (and NEWSGRAPH_BUNDLE is not 0), the
 * usage, the version and everything else from dist/cli.
 */
export async function launch(argv: string[]): Promise<number> {
  const name = argv[0];
  const command = name !== undefined && !NO_COMMAND.has(name);
  if (command && NLP_COMMANDS.has(name)) tuneV8ForNlp();
  const bundled = command && process.env.NEWSGRAPH_BUNDLE !== '0' && bundleIsFresh();
  const main: Main = bundled ? loadBundle(BUNDLE_DIR, NLP_COMMANDS.has(name) ? 'nlp' : 'query') : (await import('./main.js')).main;
  return main(argv);
}
