// `galley build [article-dir…] [--only pdf,html] [--skip pdf] [--proof] [--dist dir] [--profile file] [--format json]`
import { resolve } from 'node:path';
import { buildArticles } from '../pipeline/build.js';
import { galleyNames, type GalleyName } from '../pipeline/types.js';
import { UsageError, oneOf, parseArgs } from './args.js';
import type { CliVerb } from './io.js';
import { articleDirs } from './article-dirs.js';
import { formatHuman, formatJson, summaryLine } from './report.js';

export const run: CliVerb = async (args, io) => {
  const { positional, options } = parseArgs(args, {
    only: { value: true, multiple: true },
    skip: { value: true, multiple: true },
    dist: { value: true },
    profile: { value: true },
    format: { value: true },
    proof: {},
  });
  const format = options.format ? oneOf(options.format, ['human', 'json'] as const, 'format') : 'human';
  const pick = (list: unknown, option: string) => ((list as string[] | undefined) ?? []).map((g) => oneOf(g, galleyNames, option));
  const only = pick(options.only, 'only');
  const skip = pick(options.skip, 'skip');
  if (only.length && skip.length) throw new UsageError('use either --only or --skip, not both');
  const galleys: GalleyName[] = (only.length ? only : [...galleyNames]).filter((g) => !skip.includes(g));
  const dirs = articleDirs(positional, io.cwd);
  const started = process.hrtime.bigint();
  const result = await buildArticles(dirs, {
    profileFile: resolve(io.cwd, (options.profile as string) ?? 'journal.yaml'),
    distDir: resolve(io.cwd, (options.dist as string) ?? 'dist'),
    only: galleys,
    proof: options.proof === true,
  });
  const diagnostics = [...result.diagnostics, ...result.articles.flatMap((a) => a.diagnostics)];
  if (format === 'json') {
    io.stdout(formatJson(diagnostics, io.cwd));
  } else {
    io.stderr(formatHuman(diagnostics, io.cwd));
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    for (const a of result.articles)
      io.stdout(a.ok ? `built ${a.id}: ${a.outputs.map((o) => o.path).filter((p) => !p.includes('/')).join(', ')}\n` : `not built ${a.id}: previous output left as it was\n`);
    io.stdout(`${summaryLine(diagnostics)} (${ms.toFixed(0)} ms)\n`);
  }
  return diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
};
