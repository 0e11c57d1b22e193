// `galley check [article-dir…] [--skip pdf] [--profile file] [--format json]`:
// verify without writing. The print layout is checked too (page count,
// footnotes, fonts) unless `--skip pdf`.
import { resolve } from 'node:path';
import { loadProfile } from '../profile/load.js';
import { checkArticles } from '../pipeline/check.js';
import { galleyNames, type GalleyName } from '../pipeline/types.js';
import { oneOf, parseArgs } from './args.js';
import { articleDirs } from './article-dirs.js';
import type { CliVerb } from './io.js';
import { formatHuman, formatJson, summaryLine } from './report.js';

export const run: CliVerb = async (args, io) => {
  const { positional, options } = parseArgs(args, { profile: { value: true }, format: { value: true }, skip: { value: true, multiple: true } });
  const format = options.format ? oneOf(options.format, ['human', 'json'] as const, 'format') : 'human';
  const skip = ((options.skip as string[] | undefined) ?? []).map((g) => oneOf(g, galleyNames, 'skip'));
  const galleys: GalleyName[] = galleyNames.filter((g) => !skip.includes(g));
  const loaded = loadProfile(resolve(io.cwd, (options.profile as string) ?? 'journal.yaml'));
  const diagnostics = [...loaded.diagnostics.items];
  if (loaded.profile) diagnostics.push(...(await checkArticles(articleDirs(positional, io.cwd), loaded.profile, { galleys })));
  if (format === 'json') io.stdout(formatJson(diagnostics, io.cwd));
  else {
    io.stdout(formatHuman(diagnostics, io.cwd));
    io.stdout(`${summaryLine(diagnostics)}\n`);
  }
  return diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
};
