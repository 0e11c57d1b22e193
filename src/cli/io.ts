/** What a CLI verb may touch of the outside world (tests pass their own). */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Standard input and error are a terminal (a person can answer a question). */
  isTTY?: boolean;
}

export const processIO: CliIO = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  cwd: process.cwd(),
  env: process.env,
  isTTY: Boolean(process.stdin.isTTY && process.stderr.isTTY),
};

/** Every verb: parse its own arguments, return the exit code (0 ok, 1 errors found, 2 usage). */
export type CliVerb = (args: string[], io: CliIO) => Promise<number>;
