// Send one deposit file to Crossref so that nothing is lost: validate, reserve
// a timestamp larger than every logged one for its DOIs (logged before the
// upload starts), keep a copy of the exact file, upload with retries, log the
// outcome. The password goes into the request body and nowhere else.
import { join } from 'node:path';
import type { Diagnostic } from '../checks/diagnostic.js';
import type { Profile } from '../profile/types.js';
import { batchIdFor } from '../render/crossref/index.js';
import { nextTimestamp } from '../render/crossref/timestamp.js';
import { validateCrossrefXml } from '../render/crossref/validate.js';
import { registeredDois, restampHead } from './batch-file.js';
import type { CrossrefCredentials } from './credentials.js';
import { exchangeWithRetry, type Attempt, type RetryPolicy } from './http.js';
import { appendDepositLog, readDepositLog, withDepositLogLock, writeAtomically, type DepositLogEntry, type DepositSystem } from './log.js';
import { redactor } from './redact.js';
import { parseDepositReply, type DepositReply } from './servlet-reply.js';

export interface DepositTarget {
  system: DepositSystem;
  /** The deposit servlet URL. */
  endpoint: string;
}

export interface DepositContext {
  profile: Profile;
  credentials: CrossrefCredentials;
  target: DepositTarget;
  /** deposits/<journal>.jsonl */
  logFile: string;
  /** Where the exact files sent are kept (deposits/<journal>/). */
  archiveDir: string;
  /** Wall clock for the timestamp (injected: tests freeze it). */
  now: () => Date;
  policy: RetryPolicy;
  /** DOI → article id, logged with the deposit so a registered DOI is tied to its article. */
  articles?: Record<string, string>;
}

export interface DepositResult {
  /** False when the file was refused before sending (invalid, no DOI). */
  sent: boolean;
  /** The last log line written for this deposit. */
  entry?: DepositLogEntry;
  diagnostics: Diagnostic[];
  attempts: Attempt[];
  reply?: DepositReply;
  /** The file as sent, with its new head. */
  xml?: string;
}

const doiSuffix = (doi: string) => doi.slice(doi.indexOf('/') + 1);

/** Reserve head + log line under the lock, so concurrent deposits get distinct, growing timestamps. */
function reserve(xml: string, dois: string[], ctx: DepositContext): { entry: DepositLogEntry; xml: string; diagnostics: Diagnostic[] } {
  return withDepositLogLock(ctx.logFile, () => {
    const entries = readDepositLog(ctx.logFile);
    const used = entries.filter((e) => e.dois.some((d) => dois.includes(d))).map((e) => e.timestamp);
    const timestamp = nextTimestamp(ctx.now(), used);
    const taken = new Set(entries.map((e) => e.batchId));
    let batchId = batchIdFor(dois.map(doiSuffix), timestamp);
    for (let n = 2; taken.has(batchId); n++) batchId = batchIdFor(dois.map(doiSuffix), `${timestamp}-${n}`);
    const file = `${batchId}.xml`;
    const stamped = restampHead(xml, { batchId, timestamp });
    const diagnostics = validateCrossrefXml(stamped, ctx.profile, file);
    const entry: DepositLogEntry = {
      batchId,
      timestamp,
      file,
      dois,
      ...(ctx.articles && Object.keys(ctx.articles).length ? { articles: ctx.articles } : {}),
      status: 'sending',
      system: ctx.target.system,
      endpoint: ctx.target.endpoint,
      at: ctx.now().toISOString(),
    };
    if (!diagnostics.some((d) => d.severity === 'error')) appendDepositLog(ctx.logFile, [entry]);
    return { entry, xml: stamped, diagnostics };
  });
}

function uploadForm(xml: string, file: string, credentials: CrossrefCredentials): FormData {
  const form = new FormData();
  form.append('operation', 'doMDUpload');
  form.append('login_id', credentials.login);
  form.append('login_passwd', credentials.revealPassword());
  form.append('fname', new Blob([xml], { type: 'application/xml' }), file);
  return form;
}

export async function depositXml(xml: string, ctx: DepositContext): Promise<DepositResult> {
  const redact = redactor([ctx.credentials.revealPassword()]);
  const dois = registeredDois(xml);
  if (!dois.length) {
    const diagnostic: Diagnostic = { rule: 'deposit-no-doi', severity: 'error', message: 'Unexpected deposit without a <doi_data> DOI, expected at least one article with a DOI' };
    return { sent: false, diagnostics: [diagnostic], attempts: [] };
  }
  // Validate before anything is reserved or written: an invalid file leaves no trace.
  const before = validateCrossrefXml(xml, ctx.profile, 'deposit.xml');
  if (before.some((d) => d.severity === 'error')) return { sent: false, diagnostics: before, attempts: [] };

  const reserved = reserve(xml, dois, ctx);
  if (reserved.diagnostics.some((d) => d.severity === 'error')) return { sent: false, diagnostics: reserved.diagnostics, attempts: [] };
  writeAtomically(join(ctx.archiveDir, reserved.entry.file), reserved.xml);

  const exchange = await exchangeWithRetry(ctx.target.endpoint, () => ({ method: 'POST', body: uploadForm(reserved.xml, reserved.entry.file, ctx.credentials) }), ctx.policy);
  const last = exchange.attempts[exchange.attempts.length - 1];
  let reply: DepositReply | undefined;
  let status: DepositLogEntry['status'];
  let message: string;
  if (!exchange.reply) {
    status = 'unconfirmed';
    message = `no reply after ${exchange.attempts.length} attempt(s): ${last?.error ?? 'unknown error'}`;
  } else {
    // Redact the raw reply: once parsed, an echoed password may no longer look like itself.
    reply = parseDepositReply(exchange.reply.status, redact(exchange.reply.body));
    status = reply.outcome === 'accepted' ? 'submitted' : reply.outcome === 'retry' ? 'unconfirmed' : 'rejected';
    message = reply.outcome === 'retry' ? `HTTP ${exchange.reply.status} after ${exchange.attempts.length} attempt(s): ${reply.message}` : reply.message;
    if (reply.outcome === 'unauthorized') message = `login not accepted (${ctx.credentials.login}): ${reply.message}`;
  }
  const entry: DepositLogEntry = { ...reserved.entry, status, message: redact(message), at: ctx.now().toISOString() };
  withDepositLogLock(ctx.logFile, () => appendDepositLog(ctx.logFile, [entry]));
  const attempts = exchange.attempts.map((a) => (a.error ? { ...a, error: redact(a.error) } : a));
  return { sent: true, entry, diagnostics: reserved.diagnostics, attempts, reply, xml: reserved.xml };
}
