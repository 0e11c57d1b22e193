// `galley deposit status`: ask Crossref for the result of each logged deposit
// still waiting for one, record what it says in the log, report per DOI.
// Uploads of one deposit (a retry after a time-out) are asked for together
// and reconciled; a deposit Crossref never received is reported lost.
import { join } from 'node:path';
import type { Profile } from '../profile/types.js';
import { defaultDepositOptions } from '../render/crossref/options.js';
import { parseBatchDiagnostic, BatchDiagnosticError } from './batch-diagnostic.js';
import type { CrossrefCredentials } from './credentials.js';
import { endpointProblem } from './endpoint.js';
import { exchangeWithRetry, type RetryPolicy } from './http.js';
import { appendDepositLog, latestByBatch, readDepositLog, withDepositLogLock, type DepositLogEntry, type DepositState } from './log.js';
import { reconcile, withGroupMates } from './reconcile.js';
import { redactor } from './redact.js';

/** States after which Crossref may still report something new. */
export const waitingStates: readonly DepositState[] = ['sending', 'submitted', 'unconfirmed', 'queued', 'in_process', 'unknown_submission'];

export interface StatusContext {
  profile: Profile;
  credentials: CrossrefCredentials;
  logFile: string;
  now: () => Date;
  policy: RetryPolicy;
  /** Results URL for a logged deposit; default: the profile's for its system, next to the servlet for a custom endpoint. */
  resultsUrl?: (entry: DepositLogEntry) => string;
  /** Where the files sent are kept, for the command that sends a lost one again. */
  archiveDir?: string;
  /** Folder the command is shown relative to. */
  cwd?: string;
  /** `crossref-deposit.lost-after-hours` (default: the option's default). */
  lostAfterHours?: number;
}

export interface StatusSelection {
  batchIds?: string[];
  dois?: string[];
  /** Every batch in the log, not only the newest per DOI and those waiting. */
  all?: boolean;
}

export interface BatchStatus {
  entry: DepositLogEntry;
  /** True when Crossref was asked this time. */
  polled: boolean;
  /** Why asking failed (the log keeps its previous state). */
  error?: string;
}

export function defaultResultsUrl(profile: Profile, entry: DepositLogEntry): string {
  if (entry.system === 'test' || entry.system === 'production') return profile.crossref.results[entry.system];
  return new URL('submissionDownload', entry.endpoint).toString();
}

/** Which batches to report: the selection, else the newest batch of every DOI plus every batch still waiting. */
export function selectBatches(entries: DepositLogEntry[], selection: StatusSelection): DepositLogEntry[] {
  const latest = latestByBatch(entries);
  if (selection.batchIds?.length) return withGroupMates(latest, latest.filter((e) => selection.batchIds!.includes(e.batchId)));
  if (selection.dois?.length) return latest.filter((e) => e.dois.some((d) => selection.dois!.includes(d)));
  if (selection.all) return latest;
  const newestPerDoi = new Set<string>();
  for (const entry of latest) for (const doi of entry.dois) newestPerDoi.add(doi);
  const keep = new Set<string>();
  for (const doi of newestPerDoi) {
    const last = [...latest].reverse().find((e) => e.dois.includes(doi));
    if (last) keep.add(last.batchId);
  }
  return withGroupMates(latest, latest.filter((e) => keep.has(e.batchId) || waitingStates.includes(e.status)));
}

async function poll(entry: DepositLogEntry, ctx: StatusContext): Promise<BatchStatus> {
  const redact = redactor([ctx.credentials.revealPassword()]);
  const url = (ctx.resultsUrl ?? ((e) => defaultResultsUrl(ctx.profile, e)))(entry);
  // POST keeps the password out of the URL (and so out of proxy and server logs).
  const body = () => new URLSearchParams({ usr: ctx.credentials.login, pwd: ctx.credentials.revealPassword(), file_name: entry.file, type: 'result' });
  const insecure = endpointProblem(url);
  if (insecure) return { entry, polled: false, error: redact(insecure) };
  const exchange = await exchangeWithRetry(url, () => ({ method: 'POST', body: body() }), ctx.policy);
  const last = exchange.attempts[exchange.attempts.length - 1];
  if (!exchange.reply) return { entry, polled: false, error: redact(`no reply: ${last?.error ?? 'unknown error'}`) };
  const { status: code, location } = exchange.reply;
  if (code >= 300 && code < 400)
    return { entry, polled: false, error: redact(`Unexpected redirect (HTTP ${code}) from ${url} to ${location ?? 'no location'}, expected the result itself; not followed`) };
  if (code !== 200) return { entry, polled: false, error: redact(`HTTP ${code} from ${url}`) };
  try {
    // Read as Crossref wrote it (a short password may be one of its words); every text kept is redacted.
    const result = parseBatchDiagnostic(exchange.reply.body, redact);
    const status = (['completed', 'queued', 'in_process', 'unknown_submission'] as const).find((s) => s === result.status);
    if (!status) return { entry, polled: true, error: redact(`Unexpected result status "${result.status}", expected completed, queued, in_process or unknown_submission`) };
    const results = result.records.map((r) => ({ ...r, message: redact(r.message) }));
    const updated: DepositLogEntry = {
      ...entry,
      status,
      at: ctx.now().toISOString(),
      submissionId: result.submissionId ?? entry.submissionId,
      results: status === 'completed' ? results : entry.results,
      message: status === 'completed' ? summary(results) : `Crossref: ${status}`,
    };
    return { entry: updated, polled: true };
  } catch (error) {
    if (error instanceof BatchDiagnosticError) return { entry, polled: true, error: redact(error.message) };
    throw error;
  }
}

function summary(results: { status: string }[]): string {
  const count = (s: string) => results.filter((r) => r.status === s).length;
  return `${count('success')} success, ${count('warning')} warning, ${count('failure')} failure`;
}

const changed = (a: DepositLogEntry, b: DepositLogEntry) =>
  a.status !== b.status || a.submissionId !== b.submissionId || JSON.stringify(a.results) !== JSON.stringify(b.results);

export async function refreshDepositStatus(ctx: StatusContext, selection: StatusSelection = {}): Promise<BatchStatus[]> {
  const log = readDepositLog(ctx.logFile);
  const chosen = selectBatches(log, selection);
  const polled: BatchStatus[] = [];
  for (const entry of chosen) {
    // A rejected file never reached Crossref's queue; a completed one will not change.
    polled.push(waitingStates.includes(entry.status) ? await poll(entry, ctx) : { entry, polled: false });
  }
  const report = reconcile(polled, log, {
    now: ctx.now(),
    lostAfterHours: ctx.lostAfterHours ?? defaultDepositOptions.lostAfterHours,
    archiveFile: ctx.archiveDir ? (e) => join(ctx.archiveDir!, e.file) : undefined,
    cwd: ctx.cwd ?? process.cwd(),
  });
  const updates = report.filter((r, i) => changed(r.entry, chosen[i])).map((r) => r.entry);
  if (updates.length) withDepositLogLock(ctx.logFile, () => appendDepositLog(ctx.logFile, updates));
  return report;
}
