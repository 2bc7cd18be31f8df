// Argument parsing for CLI commands: node:util parseArgs over a declarative option table, with
// help text generated from the same table, and one clear error naming the offending flag.

import { parseArgs } from 'node:util';
import { CliError, type Io } from './io.js';

/** A CLI command: its name, one-line summary and body. main.ts keeps the registry of them. */
export interface Command {
  name: string;
  summary: string;
  run(argv: string[], io: Io): Promise<number>;
}

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  description: string;
  /** Placeholder shown in help for string options. */
  value?: string;
  default?: string | boolean;
  multiple?: boolean;
}

export interface CommandSpec {
  name: string;
  usage: string;
  summary: string;
  options: Record<string, OptionSpec>;
  /** Extra help paragraphs. */
  details?: string;
}

export type ParsedArgs = { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] };

/** Parses argv for a command; throws CliError (exit 2) naming the flag on unknown or malformed options. */
export function parseCommandArgs(spec: CommandSpec, argv: string[]): ParsedArgs {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {
    help: { type: 'boolean', short: 'h' },
  };
  for (const [name, o] of Object.entries(spec.options)) {
    options[name] = { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) };
  }
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    const out = { ...values } as ParsedArgs['values'];
    for (const [name, o] of Object.entries(spec.options)) if (out[name] === undefined && o.default !== undefined) out[name] = o.default;
    return { values: out, positionals };
  } catch (e) {
    throw new CliError(`newsgraph ${spec.name}: ${(e as Error).message.replace(/\. To specify.*$/s, '')}. Run "newsgraph ${spec.name} --help".`, 2);
  }
}

/** Help text for a command, from its spec. */
export function helpText(spec: CommandSpec): string {
  const lines = [`Usage: ${spec.usage}`, '', spec.summary];
  if (spec.details) lines.push('', spec.details);
  lines.push('', 'Options:');
  const rows = Object.entries(spec.options).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : '    '}--${name}${o.type === 'string' ? ` <${o.value ?? 'value'}>` : ''}`;
    const def = o.default !== undefined && o.default !== false ? ` (default: ${o.default})` : '';
    return [flag, o.description + def] as const;
  });
  rows.push(['-h, --help', 'Show this help']);
  const width = Math.max(...rows.map((r) => r[0].length)) + 2;
  for (const [flag, desc] of rows) lines.push(`  ${flag.padEnd(width)}${desc}`);
  return lines.join('\n') + '\n';
}

/**
 * A command from its spec and body: parses argv with the spec's option table and answers --help,
 * so every command handles both the same way.
 */
export function defineCommand(spec: CommandSpec, body: (args: ParsedArgs, io: Io) => Promise<number>): Command {
  return {
    name: spec.name,
    summary: spec.summary,
    async run(argv: string[], io: Io): Promise<number> {
      const args = parseCommandArgs(spec, argv);
      if (args.values.help) {
        io.out(helpText(spec));
        return 0;
      }
      return body(args, io);
    },
  };
}
