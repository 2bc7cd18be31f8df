// Writes the CLI's one-file bundle (dist/bundle/cli.cjs) from tsc's dist/, and its V8 code cache
// from a warm-up run, for src/cli/launch.ts. Run by `npm run build` after tsc; a cold `annotate`
// loads one script instead of ~180 modules (design.md, "Start-up"). wink-nlp, its model's parts,
// N3.js's three files and chrono go in (the stages load them by require, src/require.ts: in the bundle they share its code
// cache); other npm packages stay outside (required at run time), and so do the data/ JSON files
// (read when their module first runs).
//   node --import tsx scripts/bundle-cli.ts

import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { BUNDLE_FILES, type BundleInputs, asciiOnly } from '../src/cli/launch.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const OUT = join(DIST, 'bundle');
const SCRIPT = join(OUT, BUNDLE_FILES.script);

/** A path from the bundle's folder (its __dirname at run time) to a file of the project. */
const fromBundle = (file: string): string => JSON.stringify(relative(OUT, file));

// Packages the bundle holds: stage 1's wink, the dates step's chrono and N3.js's parser, writer and
// data factory (src/4-rdf/n3.ts), which dist loads with requirePackage('<id>') (chrono only for an
// article with a calendar date): in the bundle their code is in the code cache, where N3.js
// compiled from node_modules took ≈12 ms of every said-by.
const BUNDLED_PACKAGE = /^(?:wink-nlp|wink-eng-lite-web-model|chrono-node|n3\/lib)(?:\/|$)/;
const REQUIRE_BUNDLED = /requirePackage(?:<[^>]*>)?\((['"])((?:wink-|chrono-node|n3\/lib\/)[^'"]*)\1\)/g;

/**
 * Keeps every dist module's view of where it is: `import.meta.url` becomes the URL of the module's
 * own file in dist/ (sample files, workers and package.json are found relative to it), a data JSON
 * file is read from data/ when its module first runs instead of being copied in, and wink's
 * and chrono's requirePackage calls become plain requires that esbuild follows into the bundle.
 */
const keepLocations: Plugin = {
  name: 'keep-locations',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => (BUNDLED_PACKAGE.test(args.path) ? undefined : { path: args.path, external: true }));
    b.onLoad({ filter: /\/dist\/.*\.js$/ }, (args) => {
      if (args.path.includes('/node_modules/')) return undefined;
      const src = readFileSync(args.path, 'utf8')
        .replace(REQUIRE_BUNDLED, 'require($1$2$1)')
        .replaceAll('import.meta.url', `require("node:url").pathToFileURL(require("node:path").join(__dirname, ${fromBundle(args.path)})).href`)
        .replaceAll('import.meta.resolve', '((id) => require("node:url").pathToFileURL(require.resolve(id)).href)');
      return { contents: src, loader: 'js' };
    });
    b.onLoad({ filter: /\/data\/.*\.json$/ }, (args) => {
      if (args.path.includes('/node_modules/')) return undefined;
      const read = `require("node:fs").readFileSync(require("node:path").join(__dirname, ${fromBundle(args.path)}), "utf8")`;
      return { contents: `export default JSON.parse(${read});`, loader: 'js' };
    });
  },
};

// esbuild's lazy module initialisers (of ES modules and of CommonJS ones), and the same with the
// debug hook of launch.ts: each module's path (relative to the project) is recorded in
// __newsgraphModules, when given, as it starts.
const INITS: Array<[string, string]> = [
  ['var __esm = (fn, res, err) => function __init() {\n', '  if (fn && __newsgraphModules) __newsgraphModules.push(__getOwnPropNames(fn)[0]);\n'],
  ['var __commonJS = (cb, mod) => function __require() {\n', '  if (!mod && __newsgraphModules) __newsgraphModules.push(__getOwnPropNames(cb)[0]);\n'],
];

async function bundle(): Promise<BundleInputs> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [join(DIST, 'cli/main.js')],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // esbuild's table does not count Unicode property escapes (/\p{Lu}/u) as Node 20's: it would
    // rewrite each such literal as `new RegExp("\\p{Lu}", "u")`, a construction at every evaluation
    // (≈75 ns; 139 of them, many per token). Node 20 runs them as written, as it does from dist/.
    supported: { 'regexp-unicode-property-escapes': true },
    outfile: SCRIPT,
    plugins: [keepLocations],
    metafile: true,
    logLevel: 'warning',
  });
  let code = readFileSync(SCRIPT, 'utf8');
  for (const [init, hook] of INITS) {
    if (!code.includes(init)) throw new Error(`bundle-cli: esbuild's module initialiser changed (no "${init.trim()}"); update INITS in scripts/bundle-cli.ts.`);
    code = code.replace(init, init + hook);
  }
  writeFileSync(SCRIPT, asciiOnly(code));
  const inputs: Record<string, number> = {};
  for (const file of Object.keys(result.metafile.inputs)) {
    if (file.startsWith('dist/')) inputs[file.slice('dist/'.length)] = statSync(join(ROOT, file)).mtimeMs;
  }
  return { inputs };
}

/** Runs the bundled CLI once with `args` and lets launch.ts write the code cache it used at exit. */
function warmUp(args: string[], input = ''): void {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/newsgraph.js'), ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, NEWSGRAPH_WRITE_CODE_CACHE: '1', NEWSGRAPH_BUNDLE: '1' },
  });
  if (r.status !== 0) throw new Error(`bundle-cli: the warm-up run "${args.join(' ')}" failed (${r.status}): ${r.stderr}`);
}

const inputs = await bundle();
writeFileSync(join(OUT, BUNDLE_FILES.inputs), `${JSON.stringify(inputs, null, 1)}\n`);
// The sample article and a dated sentence (chrono) through annotate (the NLP commands' cache), and
// a query of its bundled graph
// (the cache of the others), read from both its Turtle and its graphology JSON.
const sample = readFileSync(join(ROOT, 'examples/lavrov-blinken-message.txt'), 'utf8');
const dated = 'Ana Ruiz said on March 3 that the port would reopen on April 10, 2026.';
warmUp(['annotate'], `${JSON.stringify({ id: 'warm-up', text: sample })}\n${JSON.stringify({ id: 'dated', text: dated })}\n`);
warmUp(['said-by', 'Sergei Lavrov', 'examples/lavrov-blinken-message.ttl', 'examples/lavrov-blinken-message.json']);
const size = (f: string): string => `${(statSync(join(OUT, f)).size / 1024).toFixed(0)} KB`;
const { nlp, query } = BUNDLE_FILES.cache;
console.log(`bundle-cli: ${relative(ROOT, SCRIPT)} (${size(BUNDLE_FILES.script)}, ${Object.keys(inputs.inputs).length} modules), code caches ${size(nlp)} (nlp), ${size(query)} (query)`);
