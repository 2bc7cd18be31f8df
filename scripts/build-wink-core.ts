// Writes data/models/wink-core.json, stage 1's fast-loading copy of wink's English core model
// (src/1-text/wink-core.ts), from the installed wink-eng-lite-web-model. Reproducible: the same package
// version gives the same bytes; test/1-text/wink-core.test.ts rebuilds it in memory and compares.
//   npx tsx scripts/build-wink-core.ts [data/models/wink-core.json]

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { compactCore, compactCoreJson, type PackageCore, WINK_CORE_FILE } from '../src/1-text/wink-core.js';

const require = createRequire(import.meta.url);
const output = process.argv[2] ?? 'data/models/wink-core.json';
const version = (require('wink-eng-lite-web-model/package.json') as { version: string }).version;
const core = JSON.parse(readFileSync(require.resolve(`wink-eng-lite-web-model/${WINK_CORE_FILE}`), 'utf8')) as PackageCore;
writeFileSync(output, compactCoreJson(compactCore(core, `wink-eng-lite-web-model ${version}, ${WINK_CORE_FILE}`)));
console.log(`build-wink-core: wrote ${output}`);
