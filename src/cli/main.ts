// `galley <verb> …`: dispatch, and turn usage errors into one line and exit 2.
import { UsageError } from './args.js';
import { guardProcess, internalErrorLine, processIO, type CliIO, type CliVerb } from './io.js';

const verbs: Record<string, () => Promise<{ run: CliVerb }>> = {
  build: () => import('./build.js'),
  check: () => import('./check.js'),
  issue: () => import('./issue.js'),
  preview: () => import('./preview.js'),
  deposit: () => import('./deposit.js'),
  doi: () => import('./doi.js'),
  correct: () => import('./correct.js'),
};

const usage = `usage: galley <verb> [options]
  build [article-dir…]   build galleys into dist/<id>/ (--only/--skip jats,html,pdf,crossref; --format json)
  check [article-dir…]   check sources and outputs (print layout included) without writing (--skip pdf; --format json)
  preview [article-dir]  live preview on 127.0.0.1 (--port)
  deposit <article-dir…> deposit with Crossref (--issue <file>, --file <xml>; --production needs --yes off a terminal); deposit status
  issue build <file>     build a whole issue into dist/issues/<issue>/ and write its record (--force)
  doi reserve <dir…>     give articles their DOIs before their issue, in the record
  correct <dir> --note … note a correction of a published article in the record (--date)
`;

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [verb, ...rest] = argv;
  if (!verb || verb === '--help' || verb === '-h' || verb === 'help') {
    io.stdout(usage);
    return verb ? 0 : 2;
  }
  const load = verbs[verb];
  if (!load) {
    io.stderr(`galley: unknown verb '${verb}'\n${usage}`);
    return 2;
  }
  if (io === processIO) guardProcess(verb);
  try {
    const { run } = await load();
    return await withInjectedFault(verb, io.env, run)(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`galley ${verb}: ${error.message}\n`);
      return 2;
    }
    // Typed errors (a port in use, missing credentials) are the user's to fix: their message alone.
    if (isTypedError(error)) io.stderr(`galley ${verb}: ${error.message.split('\n')[0]}\n`);
    else io.stderr(internalErrorLine(verb, error, io.env));
    return 1;
  }
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
