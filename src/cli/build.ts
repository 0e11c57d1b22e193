// `galley build [article…]`: every galley of the articles into dist/<id>/ (options: commands.ts).
import { join, resolve } from 'node:path';
import { buildArticles } from '../pipeline/build.js';
import { galleyNames, type GalleyName } from '../pipeline/types.js';
import { UsageError, parseArgs } from './args.js';
import { articleDirs } from './article-dirs.js';
import { commands } from './commands.js';
import type { CliVerb } from './io.js';
import { createOutput } from './output.js';
import { summaryLine } from './report.js';

export const run: CliVerb = async (args, io, out = createOutput(io, { verb: 'build', format: 'human' })) => {
  const { positional, options } = parseArgs(args, commands.build);
  const only = (options.only as GalleyName[] | undefined) ?? [];
  const skip = (options.skip as GalleyName[] | undefined) ?? [];
  if (only.length && skip.length) throw new UsageError('use either --only or --skip, not both');
  const galleys: GalleyName[] = (only.length ? only : [...galleyNames]).filter((g) => !skip.includes(g));
  const dirs = articleDirs(positional, io.cwd);
  const distDir = resolve(io.cwd, (options.dist as string) ?? 'dist');
  const started = performance.now();
  const result = await buildArticles(dirs, { profileFile: resolve(io.cwd, (options.profile as string) ?? 'journal.yaml'), distDir, only: galleys, proof: options.proof === true });
  const ms = performance.now() - started;
  out.time('buildMs', ms);
  const diagnostics = [...result.diagnostics, ...result.articles.flatMap((a) => a.diagnostics)];
  out.diagnostics(diagnostics);
  for (const a of result.articles) {
    if (a.ok) for (const o of a.outputs) out.output(join(distDir, a.id, o.path), a.id);
    out.line(a.ok ? `built ${a.id}: ${a.outputs.map((o) => o.path).filter((p) => !p.includes('/')).join(', ')}` : `not built ${a.id}: previous output left as it was`);
  }
  out.result({ articles: result.articles.map((a) => ({ id: a.id, built: a.ok })) });
  out.line(`${summaryLine(diagnostics)} (${ms.toFixed(0)} ms)`);
  return diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
};
