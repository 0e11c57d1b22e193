// After Crossref was asked: the uploads of one deposit (the first and its
// retries under new names after a time-out) are read together — whichever
// Crossref has stands for the deposit, one it never received is superseded —
// and a deposit Crossref still does not know long after it was sent is lost.
import { relative } from 'node:path';
import type { DepositLogEntry } from './log.js';
import type { BatchStatus } from './status.js';

/** The batch id that names a deposit's group of uploads. */
export const groupOf = (entry: DepositLogEntry) => entry.retryOf ?? entry.batchId;

/** `chosen` plus every other upload of the same deposits, in log order. */
export function withGroupMates(latest: DepositLogEntry[], chosen: DepositLogEntry[]): DepositLogEntry[] {
  const groups = new Set(chosen.map(groupOf));
  return latest.filter((e) => groups.has(groupOf(e)));
}

export interface ReconcileOptions {
  now: Date;
  lostAfterHours: number;
  /** Where the file of an upload is kept (for the command that sends it again). */
  archiveFile?: (entry: DepositLogEntry) => string;
  cwd: string;
}

/** When the deposit was first sent: the earliest `sending` line of any of its uploads. */
function sentAt(group: string, log: DepositLogEntry[]): number | undefined {
  const times = log.filter((e) => groupOf(e) === group && e.status === 'sending').map((e) => Date.parse(e.at));
  return times.length ? Math.min(...times) : undefined;
}

/** Crossref answered this time that it has no such file. */
const unknownNow = (s: BatchStatus) => s.polled && !s.error && s.entry.status === 'unknown_submission';

export function reconcile(report: BatchStatus[], log: DepositLogEntry[], options: ReconcileOptions): BatchStatus[] {
  const out = [...report];
  const groups = new Map<string, number[]>();
  out.forEach((s, i) => groups.set(groupOf(s.entry), [...(groups.get(groupOf(s.entry)) ?? []), i]));
  for (const [group, members] of groups) {
    const received = members.map((i) => out[i].entry).find((e) => e.status === 'completed' || e.status === 'queued' || e.status === 'in_process');
    if (received) {
      // Same content under another name: the upload Crossref has stands for the deposit.
      for (const i of members)
        if (unknownNow(out[i]))
          out[i] = { ...out[i], entry: { ...out[i].entry, status: 'superseded', at: options.now.toISOString(), message: `Crossref never received this upload; it has ${received.file} (the same deposit)` } };
      continue;
    }
    const since = sentAt(group, log);
    const hours = since === undefined ? 0 : (options.now.getTime() - since) / 3_600_000;
    if (!members.every((i) => unknownNow(out[i])) || hours < options.lostAfterHours) continue;
    const last = out[members[members.length - 1]].entry;
    const archived = options.archiveFile?.(last);
    const command = resendCommand(last, archived, options.cwd);
    for (const i of members) {
      const message = `Crossref has no record of ${out[i].entry.file} ${Math.floor(hours)} h after it was sent (limit: crossref-deposit.lost-after-hours ${options.lostAfterHours}); send it again: ${command}`;
      out[i] = { ...out[i], entry: { ...out[i].entry, status: 'lost', at: options.now.toISOString(), message } };
    }
  }
  return out;
}

/** Failures that count: a failed DOI that another upload of the same deposit registered does not. */
export function countsAsFailure(report: BatchStatus[], status: BatchStatus, doi: string): boolean {
  const group = groupOf(status.entry);
  return !report.some((s) => groupOf(s.entry) === group && (s.entry.results ?? []).some((r) => r.doi === doi && r.status !== 'failure'));
}

/** The command that sends a kept file again, to the system it was meant for. */
export function resendCommand(entry: DepositLogEntry, archiveFile: string | undefined, cwd: string): string {
  const file = archiveFile ? relative(cwd, archiveFile) || archiveFile : entry.file;
  const target = entry.system === 'production' ? ' --production' : entry.system === 'custom' ? ` --endpoint ${entry.endpoint}` : '';
  return `galley deposit${entry.kind === 'resources' ? ' --resources' : ''} --file ${file}${target}`;
}
