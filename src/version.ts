// The newsgraph version, read once from package.json (one level above src/ and dist/), for what
// records which code built it (the incremental corpus manifest, queue jobs).

import { readFileSync } from 'node:fs';

/** The version in package.json, e.g. "0.1.0". */
export const VERSION: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
