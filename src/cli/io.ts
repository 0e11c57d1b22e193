import type { Output } from './output.js';

/** What a CLI verb may touch of the outside world (tests pass their own). */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Standard input and error are a terminal (a person can answer a question). */
  isTTY?: boolean;
  /** Standard error is a terminal: human diagnostics are coloured there (unless NO_COLOR). */
  colorTTY?: boolean;
}

export const processIO: CliIO = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  cwd: process.cwd(),
  env: process.env,
  isTTY: Boolean(process.stdin.isTTY && process.stderr.isTTY),
  colorTTY: Boolean(process.stderr.isTTY),
};

/**
 * Every verb: parse its own arguments, report through `out`, return the exit
 * code (0 ok, 1 errors found, 2 usage). Called without `out` (tests), it reports
 * for people.
 */
export type CliVerb = (args: string[], io: CliIO, out?: Output) => Promise<number>;

/** One line for a failure of ours: the message, never a stack (GALLEY_DEBUG=1 shows it). */
export function internalErrorLine(verb: string, error: unknown, env: NodeJS.ProcessEnv): string {
  const message = String((error as Error)?.message ?? error).split('\n')[0];
  const stack = env.GALLEY_DEBUG === '1' && (error as Error)?.stack ? `\n${(error as Error).stack}` : '';
  return `galley ${verb}: internal error: ${message} (please report it; GALLEY_DEBUG=1 shows where)${stack}\n`;
}

let guarded = false;

/**
 * The real process only: a reader that closes the pipe (`galley check | head`)
 * ends the process quietly, and an error that escapes every verb's own handling
 * (a throw in a timer, an unhandled rejection) is one line and exit 1.
 */
export function guardProcess(verb: string, finish?: (error: unknown) => void): void {
  if (guarded) return;
  guarded = true;
  const quietOnPipeClose = (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') process.exit(process.exitCode ?? 0);
    throw error;
  };
  process.stdout.on('error', quietOnPipeClose);
  process.stderr.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : 1));
  const fatal = (error: unknown) => {
    try {
      process.stderr.write(internalErrorLine(verb, error, process.env));
      // The document a --format json run promised, with the failure in it.
      finish?.(error);
    } finally {
      process.exit(1);
    }
  };
  process.on('uncaughtException', fatal);
  process.on('unhandledRejection', fatal);
}
