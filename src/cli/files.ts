// File input and output for the CLI, by concern: inputs.ts (expanding inputs, reading one article),
// decode.ts (bytes → text), jsonl-stream.ts (JSON Lines corpora line by line) and outputs.ts (atomic
// writes, the merge spool). This module re-exports them for callers that want one import.

export * from './decode.js';
export * from './inputs.js';
export * from './jsonl-stream.js';
export * from './outputs.js';
