// Runs the CLI in-process as a person or a CI job would, recording both streams.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv } from 'ajv';
import type { CliIO } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

export const repo = resolve(import.meta.dirname, '../..');

export interface Run {
  code: number;
  out: string;
  err: string;
}

export async function galley(args: string[], cwd = repo, env: NodeJS.ProcessEnv = {}, tty = false): Promise<Run> {
  let out = '';
  let err = '';
  const io: CliIO = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), cwd, env: { ...process.env, GALLEY_CACHE: 'off', NO_COLOR: '', ...env }, colorTTY: tty };
  const code = await main(args, io);
  return { code, out, err };
}

const schema = JSON.parse(readFileSync(resolve(repo, 'docs/cli-output.schema.json'), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

/** The --format json document of a run, checked against the schema docs/ publishes. */
export function jsonDocument(run: Run): Record<string, any> {
  const document = JSON.parse(run.out) as Record<string, any>;
  if (!validate(document)) throw new Error(`not valid against docs/cli-output.schema.json: ${JSON.stringify(validate.errors)}`);
  return document;
}
