// Test helper: the static import graph of src/ (value and type imports, re-exports and dynamic
// import() with a literal path), read from the source text. Used by the structure tests.

import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?\sfrom\s+['"]([^'"]+)['"]|(?:^|\n)\s*import\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

export interface ImportEdge {
  to: string;
  /** The specifier as written: a relative path or a package name. */
  spec: string;
  dynamic: boolean;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** Module (path relative to src/, e.g. "cli/main.ts") → what it imports (relative modules resolved to src paths). */
export function importGraph(): Map<string, ImportEdge[]> {
  const graph = new Map<string, ImportEdge[]>();
  for (const file of walk(SRC)) {
    const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    const edges: ImportEdge[] = [];
    for (const m of text.matchAll(IMPORT)) {
      const spec = (m[1] ?? m[2] ?? m[3])!;
      const to = spec.startsWith('.') ? relative(SRC, resolve(dirname(file), spec)).replace(/\.js$/, '.ts') : spec;
      edges.push({ to, spec, dynamic: m[3] !== undefined });
    }
    graph.set(relative(SRC, file), edges);
  }
  return graph;
}

/** The cycles of the graph among src modules, each as a list of modules (static, type and literal dynamic imports: a lazy import back into its importer is still a cycle). */
export function importCycles(graph: Map<string, ImportEdge[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 1 | 2>();
  const stack: string[] = [];
  const visit = (m: string): void => {
    state.set(m, 1);
    stack.push(m);
    for (const e of graph.get(m) ?? []) {
      if (!graph.has(e.to)) continue;
      if (state.get(e.to) === 1) cycles.push(stack.slice(stack.indexOf(e.to)).concat(e.to));
      else if (!state.has(e.to)) visit(e.to);
    }
    stack.pop();
    state.set(m, 2);
  };
  for (const m of [...graph.keys()].sort()) if (!state.has(m)) visit(m);
  return cycles;
}

/** Every module and package a module loads when imported (static imports only; type imports included). */
export function closure(graph: Map<string, ImportEdge[]>, start: string): Set<string> {
  const seen = new Set<string>([start]);
  const todo = [start];
  while (todo.length) {
    for (const e of graph.get(todo.pop()!) ?? []) {
      if (e.dynamic || seen.has(e.to)) continue;
      seen.add(e.to);
      if (graph.has(e.to)) todo.push(e.to);
    }
  }
  return seen;
}
