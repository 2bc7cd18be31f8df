// The one name the bundle's start-up (launch.ts) and the worker pool (workers.ts) share: the global
// that holds the bundle's folder once the CLI runs from it. A module of its own, so that workers.ts
// need not import launch.ts (which imports main.ts, which imports the commands that use workers.ts).

/** Key of the global that holds the bundle's folder once the CLI runs from it: workers.ts then starts its threads from the same bundle (bundle-thread.ts). */
export const BUNDLE_GLOBAL = Symbol.for('newsgraph.bundleDir');
