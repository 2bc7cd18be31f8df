// One document of `newsgraph annotate` as a task for the worker threads of workers.ts (or in-process):
// the document as read from its JSON line in, its contract record as one JSON line out, a failure of
// the pipeline as a value. Kept apart from the command so its main thread loads no model for a large input.

import { toContract } from '../annotate/contract.js';
import { analyze } from '../pipeline.js';

/** A document read from annotate's stdin (commands/annotate.ts checks the fields). */
export interface AnnotateTask {
  seq: number;
  mode: 'annotate';
  doc: { id: string; text: string; published: string | null };
  /** --today when given. */
  today: string | undefined;
  explain: boolean;
}

/** The contract record as a JSON line (no newline), or the pipeline's error as "Name: message". */
export type AnnotateResult = { seq: number; ok: true; mode: 'annotate'; json: string } | { seq: number; ok: false; name: string; reason: string };

/** Annotates one document. Never throws: a fault of the pipeline becomes `{ ok: false, reason }`. */
export function runAnnotateTask(task: AnnotateTask): AnnotateResult {
  try {
    // (The contract holds no Wikidata links and no events: they are not looked for.)
    const analysis = analyze(task.doc, task.today ? { today: task.today, graphFacts: false } : { graphFacts: false });
    return { seq: task.seq, ok: true, mode: 'annotate', json: JSON.stringify(toContract(analysis, { explain: task.explain })) };
  } catch (e) {
    const err = e as Error | undefined;
    return { seq: task.seq, ok: false, name: task.doc.id, reason: `${err?.name ?? 'Error'}: ${err?.message ?? String(e)}` };
  }
}
