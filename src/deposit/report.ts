// Plain-text reports of a deposit and of `deposit status`, for people.
import { relative } from 'node:path';
import type { DepositResult } from './deposit.js';
import type { DepositLogEntry } from './log.js';
import { countsAsFailure, resendCommand } from './reconcile.js';
import type { BatchStatus } from './status.js';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function formatDepositResult(result: DepositResult, archiveFile: string | undefined, cwd: string): string {
  const entry = result.entry;
  if (!result.sent || !entry) return 'not sent: the deposit has errors (above)\n';
  const lines = [
    `deposit ${entry.batchId} to the ${entry.system} system (${entry.endpoint})`,
    `  timestamp ${entry.timestamp}`,
    `  file      ${archiveFile ? relative(cwd, archiveFile) || archiveFile : entry.file}`,
    `  DOIs      ${entry.dois.join(', ')}`,
    ...result.attempts.map((a) => {
      const renamed = a.file && a.file !== result.attempts[0]?.file ? ` as ${a.file}` : '';
      const what = a.status !== undefined ? `HTTP ${a.status}${a.redirectTo ? ` to ${a.redirectTo} (not followed)` : ''}` : a.error;
      return `  attempt ${a.number}${renamed}: ${what}${a.retryInMs !== undefined ? `, again in ${seconds(a.retryInMs)}` : ''}`;
    }),
    `  ${entry.status}: ${entry.message ?? ''}`.trimEnd(),
  ];
  if (entry.status === 'submitted') lines.push('  next: `galley deposit status` once Crossref has processed it (minutes to hours)');
  if (entry.status === 'unconfirmed') lines.push('  Crossref may or may not have the file: `galley deposit status` tells; a new deposit is safe (it gets a larger timestamp)');
  if (entry.status === 'refused') lines.push(`  Crossref does not have the file; send it again later: ${resendCommand(entry, archiveFile, cwd)}`);
  if (result.uploads.length > 1) lines.push(`  ${result.uploads.length} uploads under their own names (after a time-out): \`galley deposit status\` keeps whichever Crossref has`);
  return lines.join('\n') + '\n';
}

function doiLines(entry: DepositLogEntry): string[] {
  const width = Math.max(...entry.dois.map((d) => d.length), 0);
  if (entry.status === 'completed') {
    const results = entry.results ?? [];
    const byDoi = new Map(results.map((r) => [r.doi, r]));
    const lines = entry.dois.map((doi) => {
      const r = byDoi.get(doi);
      return r ? `  ${doi.padEnd(width)}  ${r.status.padEnd(7)}  ${r.message}` : `  ${doi.padEnd(width)}  missing  not in Crossref's result`;
    });
    // Records Crossref reported for DOIs the log does not know (or without a DOI).
    for (const r of results) if (!entry.dois.includes(r.doi)) lines.push(`  ${(r.doi || '(no DOI)').padEnd(width)}  ${r.status.padEnd(7)}  ${r.message}`);
    return lines;
  }
  const state = ({ rejected: 'failure', refused: 'refused', lost: 'lost', superseded: 'retried' } as Record<string, string>)[entry.status] ?? 'pending';
  return entry.dois.map((doi) => `  ${doi.padEnd(width)}  ${state.padEnd(7)}  ${entry.message ?? entry.status}`);
}

export function formatStatus(report: BatchStatus[]): string {
  if (!report.length) return 'no deposits in the log\n';
  return report
    .map(({ entry, error }) => {
      const head = [entry.batchId, entry.status, entry.submissionId ? `submission ${entry.submissionId}` : '', entry.system, entry.at].filter(Boolean).join('  ');
      return [head, ...doiLines(entry), ...(error ? [`  could not ask Crossref: ${error}`] : [])].join('\n') + '\n';
    })
    .join('');
}

const failedStates: readonly string[] = ['rejected', 'refused', 'lost'];

/** True when any DOI in the report failed, was refused or lost (exit code 1); another upload of the same deposit that registered it makes up for a failure. */
export function hasFailures(report: BatchStatus[]): boolean {
  return report.some(
    (status) => failedStates.includes(status.entry.status) || (status.entry.results ?? []).some((r) => r.status === 'failure' && countsAsFailure(report, status, r.doi)),
  );
}
