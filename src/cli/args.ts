// A small, strict argument parser: unknown options are usage errors (exit 2).

export class UsageError extends Error {}

export interface OptionSpec {
  /** Takes a value (`--format json`). */
  value?: boolean;
  /** May be given several times; values collected. */
  multiple?: boolean;
}

export interface ParsedArgs {
  positional: string[];
  options: Record<string, string | string[] | boolean>;
}

export function parseArgs(args: string[], spec: Record<string, OptionSpec>): ParsedArgs {
  const positional: string[] = [];
  const options: ParsedArgs['options'] = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    const option = spec[name];
    if (!option) throw new UsageError(`unknown option --${name}`);
    let value: string | boolean = true;
    if (option.value) {
      const next = inline ?? args[++i];
      if (next === undefined || (inline === undefined && next.startsWith('--'))) throw new UsageError(`option --${name} needs a value`);
      value = next;
    } else if (inline !== undefined) throw new UsageError(`option --${name} takes no value`);
    if (option.multiple) {
      const list = (options[name] as string[] | undefined) ?? [];
      list.push(...String(value).split(',').filter(Boolean));
      options[name] = list;
    } else options[name] = value;
  }
  return { positional, options };
}

export function oneOf<T extends string>(value: unknown, allowed: readonly T[], option: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${option} must be one of ${allowed.join(', ')}`);
}
