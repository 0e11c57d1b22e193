// The deposit log: deposits/<journal>.jsonl in the repository, one JSON line
// per event (a deposit being sent, its reply, each result fetched). Lines are
// only ever added; the newest line of a batch is its state. Every write
// replaces the file whole (temporary file + rename) under a lock file, so two
// deposits at once cannot interleave or reuse a timestamp.
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { writeFileAtomically } from '../util/atomic-file.js';
import type { DoiResult } from './batch-diagnostic.js';

export type DepositSystem = 'test' | 'production' | 'custom';

export type DepositState =
  /** Timestamp reserved, upload under way (a log ending here means the run was interrupted). */
  | 'sending'
  /** The servlet accepted the file; Crossref has not reported on it yet. */
  | 'submitted'
  /** The servlet refused the file (or the login). */
  | 'rejected'
  /** No usable reply after every attempt; Crossref may or may not have the file. */
  | 'unconfirmed'
  /** Turned away unread (429, queue full): Crossref does not have the file; send it again later. */
  | 'refused'
  /** Results fetched: still waiting. */
  | 'queued'
  | 'in_process'
  | 'unknown_submission'
  /** Results fetched: Crossref processed the file (see `results`). */
  | 'completed'
  /** Crossref never received this upload, but a retry of it (`retryOf`, same content) was. */
  | 'superseded'
  /** Crossref still had no record of the file `crossref-deposit.lost-after-hours` after it was sent. */
  | 'lost';

export interface DepositLogEntry {
  batchId: string;
  timestamp: string;
  /** Name the file was uploaded under (Crossref finds results by it). */
  file: string;
  dois: string[];
  /** DOI → article id (the record's owner of each DOI); absent in lines written before ids were logged. */
  articles?: Record<string, string>;
  status: DepositState;
  system: DepositSystem;
  /** Deposit URL (never with credentials). */
  endpoint: string;
  /** When this line was written (ISO 8601). */
  at: string;
  message?: string;
  /** `resources`: a resource-only deposit (doDOICitUpload); absent for metadata. */
  kind?: 'resources';
  /** Batch id of the first upload when this one is a retry of it under a new file name (after a time-out). */
  retryOf?: string;
  submissionId?: string;
  results?: DoiResult[];
}

export class DepositLogError extends Error {}

export function readDepositLog(file: string): DepositLogEntry[] {
  if (!existsSync(file)) return [];
  const lines = readFileSync(file, 'utf8').split('\n');
  const entries: DepositLogEntry[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let entry: DepositLogEntry;
    try {
      entry = JSON.parse(line) as DepositLogEntry;
    } catch (error) {
      throw new DepositLogError(`${file}:${i + 1}:1: Unexpected text that is not JSON (${(error as Error).message}), expected one deposit record per line; fix the line by hand, nothing was changed`);
    }
    if (!entry || typeof entry.batchId !== 'string' || typeof entry.timestamp !== 'string' || !Array.isArray(entry.dois))
      throw new DepositLogError(`${file}:${i + 1}:1: Unexpected record without batchId, timestamp and dois, expected a deposit record`);
    entries.push(entry);
  });
  return entries;
}

/** The newest line of each batch, in the order batches were first logged. */
export function latestByBatch(entries: DepositLogEntry[]): DepositLogEntry[] {
  const latest = new Map<string, DepositLogEntry>();
  for (const entry of entries) {
    latest.delete(entry.batchId);
    latest.set(entry.batchId, entry);
  }
  const order = [...new Set(entries.map((e) => e.batchId))];
  return order.map((id) => latest.get(id)!);
}

/** Add lines to the log: read, append, write whole to a temporary file, rename. Call under the lock. */
export function appendDepositLog(file: string, added: DepositLogEntry[]): void {
  mkdirSync(dirname(file), { recursive: true });
  const before = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const text = (before && !before.endsWith('\n') ? `${before}\n` : before) + added.map((e) => JSON.stringify(e)).join('\n') + '\n';
  writeAtomically(file, text);
}

/** The log (and the files sent) are replaced whole, like every record file. */
export const writeAtomically = writeFileAtomically;

export interface LockOptions {
  /** Give up after this long (another deposit holding the lock that long has most likely died). */
  waitMs?: number;
  /** A lock file older than this is taken as left behind by a crashed run. */
  staleMs?: number;
}

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Run `fn` while holding `<file>.lock` (created exclusively, removed afterwards). */
export function withDepositLogLock<T>(file: string, fn: () => T, options: LockOptions = {}): T {
  const lock = `${file}.lock`;
  const waitMs = options.waitMs ?? 10_000;
  const staleMs = options.staleMs ?? 60_000;
  mkdirSync(dirname(file), { recursive: true });
  const started = Date.now();
  for (;;) {
    try {
      closeSync(openSync(lock, 'wx'));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = lockAge(lock);
      if (age !== undefined && age > staleMs) {
        rmSync(lock, { force: true });
        continue;
      }
      if (Date.now() - started > waitMs)
        throw new DepositLogError(`Unexpected lock ${lock} held for more than ${Math.round(waitMs / 1000)} s, expected another deposit to finish; remove the file if no deposit is running`);
      pause(20);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { force: true });
  }
}

function lockAge(lock: string): number | undefined {
  try {
    return Date.now() - statSync(lock).mtimeMs;
  } catch {
    return undefined;
  }
}
