// `galley issue build <issue-file> [--force] [--dist dir] [--profile file] [--format json]`
import { resolve } from 'node:path';
import { buildIssue } from '../issue/build-issue.js';
import type { ProgressEvent } from '../issue/render-articles.js';
import { UsageError, oneOf, parseArgs } from './args.js';
import type { CliVerb } from './io.js';
import { formatHuman, formatJson, summaryLine } from './report.js';

export const run: CliVerb = async (args, io) => {
  const [sub, ...rest] = args;
  if (sub !== 'build') throw new UsageError(`expected \`galley issue build <issue-file>\`, got ${sub ? `\`issue ${sub}\`` : 'no sub-command'}`);
  const { positional, options } = parseArgs(rest, { force: {}, dist: { value: true }, profile: { value: true }, deposits: { value: true }, format: { value: true } });
  if (positional.length !== 1) throw new UsageError('expected exactly one issue file, e.g. issues/2017-5-3.yaml');
  const format = options.format ? oneOf(options.format, ['human', 'json'] as const, 'format') : 'human';
  const started = performance.now();
  const progress = (e: ProgressEvent) => {
    if (format !== 'human') return;
    const what = e.phase === 'reused' ? 'unchanged, reused' : e.phase === 'layout' ? 'laid out' : 'rendered at final folios';
    io.stderr(`[${e.index + 1}/${e.total}] ${e.id}  ${e.pages ?? ''}  ${what}${e.ms !== undefined ? ` (${(e.ms / 1000).toFixed(1)} s)` : ''}\n`);
  };
  const result = await buildIssue(resolve(io.cwd, positional[0]), {
    profileFile: resolve(io.cwd, (options.profile as string) ?? 'journal.yaml'),
    distDir: resolve(io.cwd, (options.dist as string) ?? 'dist'),
    depositsDir: resolve(io.cwd, (options.deposits as string) ?? 'deposits'),
    force: options.force === true,
    onProgress: progress,
  });
  if (format === 'json') {
    io.stdout(JSON.stringify({ ok: result.ok, diagnostics: JSON.parse(formatJson(result.diagnostics, io.cwd)), articles: result.statuses, refoliated: result.refoliated }, null, 2) + '\n');
    return result.ok ? 0 : 1;
  }
  io.stderr(formatHuman(result.diagnostics, io.cwd));
  if (!result.ok) {
    io.stdout(`issue not built: the previous output was left as it was. ${summaryLine(result.diagnostics)}\n`);
    return 1;
  }
  io.stdout(`built issue ${result.manifest!.issue.id} → ${result.issueDir}\n`);
  for (const s of result.statuses) io.stdout(`  ${s.pages.padEnd(9)}  ${s.id.padEnd(36)}  ${s.doi}  ${s.status}\n`);
  if (result.refoliated.length) io.stdout(`re-foliated (page numbers moved): ${result.refoliated.join(', ')}\n`);
  io.stdout(`${summaryLine(result.diagnostics)} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  return 0;
};
