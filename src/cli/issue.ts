// `galley issue build <issue-file>` (options: commands.ts)
import { relative, resolve } from 'node:path';
import { buildIssue } from '../issue/build-issue.js';
import { UsageError, parseArgs } from './args.js';
import { commands } from './commands.js';
import type { CliVerb } from './io.js';
import { issueProgress } from './issue-progress.js';
import { createOutput } from './output.js';
import { didYouMean } from '../util/suggest.js';
import { summaryLine } from './report.js';

export const run: CliVerb = async (args, io, out = createOutput(io, { verb: 'issue build', format: 'human' })) => {
  const [sub, ...rest] = args;
  if (sub !== 'build') throw new UsageError(`expected \`galley issue build <issue-file>\`, got ${sub ? `\`issue ${sub}\`${didYouMean(sub, ['build'])}` : 'no sub-command'}`);
  const { positional, options } = parseArgs(rest, commands['issue build']);
  if (positional.length !== 1) throw new UsageError('expected exactly one issue file, e.g. issues/2017-5-3.yaml');
  const started = performance.now();
  const progress = issueProgress(out);
  out.progress(`reading ${positional[0]}, the record and the articles…`);
  const distDir = resolve(io.cwd, (options.dist as string) ?? 'dist');
  const result = await buildIssue(resolve(io.cwd, positional[0]), {
    profileFile: resolve(io.cwd, (options.profile as string) ?? 'journal.yaml'),
    distDir,
    depositsDir: resolve(io.cwd, (options.deposits as string) ?? 'deposits'),
    force: options.force === true,
    onProgress: progress.onProgress,
  });
  const ms = performance.now() - started;
  out.time('issueBuildMs', ms);
  out.diagnostics(result.diagnostics);
  const times = progress.times();
  const articles = result.statuses.map((s) => ({ ...s, ms: Math.round(times.get(s.id)?.ms ?? 0) }));
  out.result({ ok: result.ok, issue: result.manifest?.issue.id ?? null, articles, refoliated: result.refoliated });
  for (const a of articles) out.time(`article:${a.id}`, a.ms);
  if (!result.ok) {
    out.line(`issue not built: the previous output was left as it was. ${summaryLine(result.diagnostics)}`);
    return 1;
  }
  for (const o of result.manifest!.outputs) out.output(resolve(result.issueDir!, o.path));
  out.line(`built issue ${result.manifest!.issue.id} → ${relative(io.cwd, result.issueDir!) || result.issueDir}`);
  out.line(issueTable(articles));
  if (result.refoliated.length) out.line(`folios moved against the record: ${result.refoliated.join(', ')} (deposit them again)`);
  out.line(`${summaryLine(result.diagnostics)} (${(ms / 1000).toFixed(1)} s)`);
  return 0;
};

/** The closing table: folios, article, DOI, what happened to it, its layout time. */
export function issueTable(rows: { id: string; pages: string; doi: string; status: string; ms: number }[]): string {
  const head = { pages: 'pages', id: 'article', doi: 'DOI', status: 'status', time: 'time' };
  const cells = rows.map((r) => ({ pages: r.pages, id: r.id, doi: r.doi, status: r.status, time: r.status === 'reused' ? '–' : `${(r.ms / 1000).toFixed(1)} s` }));
  const all = [head, ...cells];
  const w = (k: keyof typeof head) => Math.max(...all.map((c) => c[k].length));
  const line = (c: typeof head) => `  ${c.pages.padEnd(w('pages'))}  ${c.id.padEnd(w('id'))}  ${c.doi.padEnd(w('doi'))}  ${c.status.padEnd(w('status'))}  ${c.time.padStart(w('time'))}`.trimEnd();
  return all.map(line).join('\n');
}
