// A small, strict argument parser over one option table per command: the same
// table answers `--help`, so an option cannot be parsed without being documented.
import { didYouMean } from '../util/suggest.js';

export class UsageError extends Error {}

/** `--help` was asked for: the dispatcher prints the command's help (exit 0). */
export class HelpRequested extends Error {
  constructor(readonly command: CommandSpec) {
    super(`help for ${command.name}`);
  }
}

export interface OptionSpec {
  name: string;
  /** One-letter form (`-f`), where one is conventional. */
  short?: string;
  /** Takes a value; the word shown for it in the help (`FILE`, `N`). */
  value?: string;
  /** May be given several times or comma-separated; values collected. */
  multiple?: boolean;
  /** The allowed values, checked here. */
  choices?: readonly string[];
  /** What applies when the option is absent, as the help shows it. */
  default?: string;
  description: string;
}

export interface CommandSpec {
  /** `build`, `issue build`, `deposit status`. */
  name: string;
  /** What follows the name in the usage line: `[article…]`. */
  args: string;
  summary: string;
  /** Paragraphs under the usage line. */
  details?: string[];
  options: OptionSpec[];
  examples?: string[];
}

export interface ParsedArgs {
  positional: string[];
  options: Record<string, string | string[] | boolean>;
}

export const formatNames = ['human', 'json', 'github', 'sarif'] as const;
export type FormatName = (typeof formatNames)[number];

export const formatOption: OptionSpec = {
  name: 'format',
  short: 'f',
  value: 'FORMAT',
  choices: formatNames,
  default: 'human',
  description: 'how results and diagnostics are written: human, json (docs/cli-output.schema.json), github (workflow annotations), sarif',
};
export const profileOption: OptionSpec = { name: 'profile', short: 'p', value: 'FILE', default: 'journal.yaml', description: 'the journal profile' };
export const helpOption: OptionSpec = { name: 'help', short: 'h', description: 'show this help' };

/** Every command's table ends with --help. */
export function withHelp(options: OptionSpec[]): OptionSpec[] {
  return [...options, helpOption];
}

export function parseArgs(args: string[], command: CommandSpec): ParsedArgs {
  const positional: string[] = [];
  const options: ParsedArgs['options'] = {};
  const byName = new Map(command.options.map((o) => [o.name, o]));
  const byShort = new Map(command.options.filter((o) => o.short).map((o) => [o.short!, o]));
  const unknown = (shown: string) =>
    new UsageError(`unknown option ${shown}${didYouMean(shown.replace(/^-+/, ''), byName.keys(), (n) => `--${n}`)} (galley ${command.name} --help lists them)`);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    let option: OptionSpec | undefined;
    let inline: string | undefined;
    let shown = arg;
    if (arg.startsWith('--')) {
      const [name, rest] = arg.slice(2).split(/=(.*)/s, 2);
      option = byName.get(name);
      inline = rest;
      shown = `--${name}`;
      if (!option) throw unknown(shown);
    } else if (/^-[A-Za-z]$/.test(arg)) {
      option = byShort.get(arg[1]);
      if (!option) throw unknown(arg);
    } else {
      positional.push(arg);
      continue;
    }
    if (option.name === 'help') throw new HelpRequested(command);
    let value: string | boolean = true;
    if (option.value) {
      const next = inline ?? args[++i];
      if (next === undefined || (inline === undefined && /^-./.test(next))) throw new UsageError(`option ${shown} needs a value (${option.value})`);
      value = next;
    } else if (inline !== undefined) throw new UsageError(`option ${shown} takes no value`);
    const values = option.multiple ? String(value).split(',').filter(Boolean) : [value];
    if (option.choices) for (const v of values) oneOf(v, option.choices, option.name);
    if (option.multiple) options[option.name] = [...((options[option.name] as string[] | undefined) ?? []), ...(values as string[])];
    else options[option.name] = value;
  }
  return { positional, options };
}

export function oneOf<T extends string>(value: unknown, allowed: readonly T[], option: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${option} must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}${typeof value === 'string' ? didYouMean(value, allowed) : ''}`);
}

/** The --format of an argument list, read before the command parses it (a fatal error still answers in that format). */
export function peekFormat(args: string[]): FormatName {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') break;
    const value = arg === '--format' || arg === '-f' ? args[i + 1] : arg.startsWith('--format=') ? arg.slice('--format='.length) : undefined;
    if (value !== undefined) return (formatNames as readonly string[]).includes(value) ? (value as FormatName) : 'human';
  }
  return 'human';
}
