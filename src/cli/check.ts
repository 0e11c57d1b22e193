// `galley check [article…]`: verify without writing. The print layout is
// checked too (page count, footnotes, fonts) unless `--skip pdf`.
import { resolve } from 'node:path';
import { loadProfile } from '../profile/load.js';
import { checkArticles } from '../pipeline/check.js';
import { galleyNames, type GalleyName } from '../pipeline/types.js';
import { parseArgs } from './args.js';
import { articleDirs } from './article-dirs.js';
import { commands } from './commands.js';
import type { CliVerb } from './io.js';
import { createOutput } from './output.js';
import { summaryLine } from './report.js';

export const run: CliVerb = async (args, io, out = createOutput(io, { verb: 'check', format: 'human' })) => {
  const { positional, options } = parseArgs(args, commands.check);
  const skip = (options.skip as GalleyName[] | undefined) ?? [];
  const galleys: GalleyName[] = galleyNames.filter((g) => !skip.includes(g));
  const dirs = articleDirs(positional, io.cwd);
  const started = performance.now();
  const loaded = loadProfile(resolve(io.cwd, (options.profile as string) ?? 'journal.yaml'));
  const diagnostics = [...loaded.diagnostics.items];
  if (loaded.profile) diagnostics.push(...(await checkArticles(dirs, loaded.profile, { galleys })));
  out.time('checkMs', performance.now() - started);
  out.diagnostics(diagnostics);
  out.result({ articles: dirs.map((d) => resolve(d).split(/[\\/]/).pop()) });
  out.line(summaryLine(diagnostics));
  return diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
};
