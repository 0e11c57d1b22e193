// Plain-text reports of a deposit and of `deposit status`, for people.
import { relative } from 'node:path';
import type { DepositResult } from './deposit.js';
import type { DepositLogEntry } from './log.js';
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
    ...result.attempts.map(
      (a) => `  attempt ${a.number}: ${a.status !== undefined ? `HTTP ${a.status}` : a.error}${a.retryInMs !== undefined ? `, again in ${seconds(a.retryInMs)}` : ''}`,
    ),
    `  ${entry.status}: ${entry.message ?? ''}`.trimEnd(),
  ];
  if (entry.status === 'submitted') lines.push('  next: `galley deposit status` once Crossref has processed it (minutes to hours)');
  if (entry.status === 'unconfirmed') lines.push('  Crossref may or may not have the file: `galley deposit status` tells; a new deposit is safe (it gets a larger timestamp)');
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
  const state = entry.status === 'rejected' ? 'failure' : 'pending';
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

/** True when any DOI in the report failed (exit code 1). */
export function hasFailures(report: BatchStatus[]): boolean {
  return report.some(({ entry }) => entry.status === 'rejected' || (entry.results ?? []).some((r) => r.status === 'failure'));
}
