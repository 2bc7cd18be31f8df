// The `newsgraph` command line: the only module that touches files, streams and the process.
// Commands are small async functions; main() parses argv, runs one and returns the exit code.

import { createInterface } from 'node:readline';
import { analyze } from '../pipeline.js';
import { toContract } from '../annotate/contract.js';

/** Runs the CLI with the given arguments (without node and script) and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'annotate') return annotate(rest);
  process.stderr.write(`newsgraph: unknown command "${command ?? ''}". Run newsgraph --help.\n`);
  return 2;
}

async function annotate(_args: string[]): Promise<number> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let line = 0;
  for await (const raw of rl) {
    line++;
    if (!raw.trim()) continue;
    let doc: { id?: unknown; text?: unknown; published?: unknown };
    try {
      doc = JSON.parse(raw);
    } catch (e) {
      process.stderr.write(`newsgraph annotate: stdin line ${line} is not JSON (${(e as Error).message}); skipped.\n`);
      continue;
    }
    const id = typeof doc.id === 'string' ? doc.id : String(doc.id ?? `line-${line}`);
    const text = typeof doc.text === 'string' ? doc.text : '';
    const published = typeof doc.published === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(doc.published) ? doc.published : null;
    const analysis = analyze({ id, text, published });
    process.stdout.write(JSON.stringify(toContract(analysis)) + '\n');
  }
  return 0;
}
