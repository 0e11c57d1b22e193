// `galley check [article-dir…] [--profile file] [--format json]`: verify without writing.
import { resolve } from 'node:path';
import { loadProfile } from '../profile/load.js';
import { checkArticleDiagnostics } from '../pipeline/check.js';
import { oneOf, parseArgs } from './args.js';
import { articleDirs } from './article-dirs.js';
import type { CliVerb } from './io.js';
import { formatHuman, formatJson, summaryLine } from './report.js';

export const run: CliVerb = async (args, io) => {
  const { positional, options } = parseArgs(args, { profile: { value: true }, format: { value: true } });
  const format = options.format ? oneOf(options.format, ['human', 'json'] as const, 'format') : 'human';
  const loaded = loadProfile(resolve(io.cwd, (options.profile as string) ?? 'journal.yaml'));
  const diagnostics = [...loaded.diagnostics.items];
  if (loaded.profile) for (const dir of articleDirs(positional, io.cwd)) diagnostics.push(...(await checkArticleDiagnostics(dir, loaded.profile)));
  if (format === 'json') io.stdout(formatJson(diagnostics, io.cwd));
  else {
    io.stdout(formatHuman(diagnostics, io.cwd));
    io.stdout(`${summaryLine(diagnostics)}\n`);
  }
  return diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
};
