// `galley <verb> …`: dispatch, help and version, and one output contract for
// every verb: usage errors are one line (exit 2), and --format json answers with
// its document whatever happens.
import { HelpRequested, UsageError, peekFormat } from './args.js';
import { commandsOf, type CommandName } from './commands.js';
import { commandHelp, overview } from './help.js';
import { guardProcess, internalErrorLine, processIO, type CliIO, type CliVerb } from './io.js';
import { createOutput, type Output } from './output.js';
import { didYouMean } from '../util/suggest.js';
import { galleyVersion } from './version.js';
import { loadLibxml2 } from '../util/libxml2.js';

// For the launcher (bin/galley.mjs): the flag and the worker starts share this module's state.
export { raiseJsInterruptBudget } from '../util/v8-flags.js';

const verbs: Record<string, () => Promise<{ run: CliVerb }>> = {
  init: () => import('./init.js'),
  new: () => import('./new.js'),
  build: () => import('./build.js'),
  check: () => import('./check.js'),
  issue: () => import('./issue.js'),
  preview: () => import('./preview.js'),
  deposit: () => import('./deposit.js'),
  doi: () => import('./doi.js'),
  import: () => import('./import.js'),
  correct: () => import('./correct.js'),
  explain: () => import('./explain.js'),
  rules: () => import('./rules.js'),
};

/** `--help`/`-h` anywhere before `--`. */
const asksHelp = (args: string[]) => {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
};

/** The help of a verb, or of its sub-command when one is named (`issue build`). */
function helpOf(verb: string, rest: string[]): string | undefined {
  const all = commandsOf(verb);
  if (!all.length) return undefined;
  const sub = all.find((c) => c.name === `${verb} ${rest.find((a) => !a.startsWith('-'))}`);
  return (sub ? [sub] : all).map(commandHelp).join('\n');
}

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [verb, ...rest] = argv;
  if (!verb) {
    io.stderr(overview());
    return 2;
  }
  if (verb === '--version' || verb === '-v' || verb === 'version') {
    io.stdout(`${galleyVersion}\n`);
    return 0;
  }
  if (verb === '--help' || verb === '-h' || verb === 'help') {
    const topic = verb === 'help' ? rest.filter((a) => !a.startsWith('-')) : [];
    if (!topic.length) {
      io.stdout(overview());
      return 0;
    }
    const text = helpOf(topic[0], topic.slice(1));
    if (text) {
      io.stdout(text);
      return 0;
    }
    io.stderr(`galley help: unknown verb '${topic[0]}'${didYouMean(topic[0], Object.keys(verbs))}\n`);
    return 2;
  }
  const load = verbs[verb];
  if (!load) {
    io.stderr(`galley: unknown verb '${verb}'${didYouMean(verb, [...Object.keys(verbs), 'help'])} (\`galley help\` lists them)\n`);
    return 2;
  }
  if (asksHelp(rest)) {
    io.stdout(helpOf(verb, rest)!);
    return 0;
  }
  const format = peekFormat(rest);
  const out = createOutput(io, { verb: nameOf(verb, rest), format });
  if (io === processIO) guardProcess(verb, format !== 'json' && format !== 'sarif' ? undefined : (error) => out.finish(1, { kind: 'internal', message: firstLine(error) }));
  try {
    // The bundled CLI binds libxml2 now (src/util/libxml2-deferred.ts): every verb may read XML.
    const [{ run }] = await Promise.all([load(), loadLibxml2()]);
    const code = await withInjectedFault(verb, io.env, run)(rest, io, out);
    out.finish(code);
    return code;
  } catch (error) {
    return fail(verb, error, io, out);
  }
}

const firstLine = (error: unknown) => String((error as Error)?.message ?? error).split('\n')[0];

/** The command a run is reported as: `issue build`, `deposit status`, `build`. */
function nameOf(verb: string, rest: string[]): string {
  const sub = commandsOf(verb).find((c) => c.name === `${verb} ${rest[0]}`);
  return sub?.name ?? (verb as CommandName);
}

function fail(verb: string, error: unknown, io: CliIO, out: Output): number {
  if (error instanceof HelpRequested) {
    io.stdout(commandHelp(error.command));
    return 0;
  }
  if (error instanceof UsageError) {
    out.finish(2, { kind: 'usage', message: error.message });
    return 2;
  }
  // Typed errors (a port in use, missing credentials) are the user's to fix: their message alone.
  if (isTypedError(error)) {
    out.finish(1, { kind: 'failed', message: firstLine(error) });
    return 1;
  }
  io.stderr(internalErrorLine(verb, error, io.env));
  // The document a json or sarif run promised, with the failure in it.
  if (out.format === 'json' || out.format === 'sarif') out.finish(1, { kind: 'internal', message: firstLine(error) });
  return 1;
}

/**
 * GALLEY_INJECT_FAULT=<verb>:<throw|reject|timer|rejection> makes that verb fail
 * the way a bug of ours would (tests prove each way ends in one line, no stack).
 */
function withInjectedFault(verb: string, env: NodeJS.ProcessEnv, run: CliVerb): CliVerb {
  const [target, kind] = (env.GALLEY_INJECT_FAULT ?? '').split(':');
  if (target !== verb) return run;
  const fault = new Error(`injected fault (${kind})`);
  switch (kind) {
    case 'throw':
      return () => {
        throw fault;
      };
    case 'reject':
      return () => new Promise((_, reject) => setImmediate(() => reject(fault)));
    case 'timer':
      return () =>
        new Promise(() =>
          setImmediate(() => {
            throw fault;
          }),
        );
    case 'rejection':
      return () => {
        void Promise.reject(fault);
        return new Promise(() => setTimeout(() => undefined, 10_000));
      };
    default:
      return run;
  }
}

const builtinErrors = [Error, TypeError, RangeError, ReferenceError, SyntaxError, EvalError, URIError];

/** An error of one of our own classes (`class PortInUseError extends Error`), not a bug's. */
function isTypedError(error: unknown): error is Error {
  return error instanceof Error && !builtinErrors.includes(error.constructor as ErrorConstructor) && !('code' in error && typeof error.code === 'string' && error.code.startsWith('ERR_'));
}
