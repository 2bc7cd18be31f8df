// Node's require for the CommonJS packages of the pipeline (wink, N3.js) and for chrono's English
// locale, which the dates step loads only when an article has a calendar date to read. Node's ESM
// loader lexes every CommonJS file it imports for its export names (n3's three files: 80–130 ms of
// CPU, against 15 ms by require), and require is synchronous, so a step can load what it needs late.

import { NewsgraphError } from './errors.js';

type Require = (id: string) => unknown;
type Process = { getBuiltinModule?: (id: string) => { createRequire?: (url: string) => Require } | undefined };

// process.getBuiltinModule (Node ≥ 20.16) rather than an import of node:module, which a browser
// bundle could not resolve at all.
const nodeRequire: Require | null = (globalThis as { process?: Process }).process?.getBuiltinModule?.('node:module')?.createRequire?.(import.meta.url) ?? null;

/** The package a CommonJS module exports, by Node's require. */
export function requirePackage<T>(id: string): T {
  if (!nodeRequire) {
    throw new NewsgraphError(`newsgraph: cannot load "${id}": stages 1–4 load their CommonJS packages with Node's require (Node ≥ 20.16); outside Node, bundle with a require shim for them.`);
  }
  return nodeRequire(id) as T;
}

/**
 * The `export default` of a Babel-compiled CommonJS file (module.exports.default), or the module
 * itself when it has none.
 */
export function babelDefault<T>(m: unknown): T {
  const d = (m as { default?: unknown }).default;
  return (d ?? m) as T;
}
