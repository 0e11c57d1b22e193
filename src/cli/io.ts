/** What a CLI verb may touch of the outside world (tests pass their own). */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export const processIO: CliIO = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  cwd: process.cwd(),
  env: process.env,
};

/** Every verb: parse its own arguments, return the exit code (0 ok, 1 errors found, 2 usage). */
export type CliVerb = (args: string[], io: CliIO) => Promise<number>;
