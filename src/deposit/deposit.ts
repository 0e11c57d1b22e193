// Send one deposit file to Crossref so that nothing is lost: validate, reserve
// a timestamp larger than every logged one for its DOIs (logged before the
// upload starts), keep a copy of the exact file, upload with retries, log the
// outcome. The password goes into the request body and nowhere else, and only
// to an https:// (or loopback) endpoint. An upload that may have arrived
// without a reply (a time-out) is never sent again under the same name: the
// retry is its own upload, with its own file name, batch id and timestamp, so
// `deposit status` can ask for each by name and keep whichever Crossref has.
import { join } from 'node:path';
import { diagnostic, type Diagnostic } from '../checks/diagnostic.js';
import type { Profile } from '../profile/types.js';
import { batchIdFor } from '../render/crossref/index.js';
import { nextTimestamp } from '../render/crossref/timestamp.js';
import { validateCrossrefXml } from '../render/crossref/validate.js';
import { registeredDois, restampBatchId, restampHead } from './batch-file.js';
import type { CrossrefCredentials } from './credentials.js';
import { endpointProblem } from './endpoint.js';
import { exchangeWithRetry, type Attempt, type RetryPolicy } from './http.js';
import { appendDepositLog, readDepositLog, withDepositLogLock, writeAtomically, type DepositLogEntry, type DepositSystem } from './log.js';
import { redactor } from './redact.js';
import { depositKind, resourceDois, validateResourcesXml, type DepositKind } from './resources.js';
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
  /** False when the file was refused before sending (invalid, no DOI, insecure endpoint). */
  sent: boolean;
  /** The last log line written for this deposit (of its last upload). */
  entry?: DepositLogEntry;
  /** The last log line of every upload, in order: more than one after a time-out. */
  uploads: DepositLogEntry[];
  diagnostics: Diagnostic[];
  attempts: (Attempt & { file?: string })[];
  reply?: DepositReply;
  /** The file as sent last, with its new head. */
  xml?: string;
}

const doiSuffix = (doi: string) => doi.slice(doi.indexOf('/') + 1);
const hasErrors = (list: Diagnostic[]) => list.some((d) => d.severity === 'error');
const notSent = (diagnostics: Diagnostic[]): DepositResult => ({ sent: false, diagnostics, attempts: [], uploads: [] });

interface Reserved {
  entry: DepositLogEntry;
  xml: string;
  diagnostics: Diagnostic[];
}

function validate(xml: string, kind: DepositKind, ctx: DepositContext, name: string): Diagnostic[] {
  return kind === 'resources' ? validateResourcesXml(xml, ctx.profile, name) : validateCrossrefXml(xml, ctx.profile, name);
}

/**
 * Reserve head + log line under the lock, so concurrent deposits get distinct,
 * growing timestamps. `closing` is the last line of the upload this one
 * replaces, written just before it.
 */
function reserve(xml: string, dois: string[], kind: DepositKind, ctx: DepositContext, retryOf?: string, closing?: (next: DepositLogEntry) => DepositLogEntry): Reserved {
  return withDepositLogLock(ctx.logFile, () => {
    const entries = readDepositLog(ctx.logFile);
    const used = entries.filter((e) => e.dois.some((d) => dois.includes(d))).map((e) => e.timestamp);
    const timestamp = nextTimestamp(ctx.now(), used);
    const taken = new Set(entries.map((e) => e.batchId));
    const stem = dois.map(doiSuffix);
    let batchId = batchIdFor(stem, kind === 'resources' ? `r${timestamp}` : timestamp);
    for (let n = 2; taken.has(batchId); n++) batchId = batchIdFor(stem, `${kind === 'resources' ? 'r' : ''}${timestamp}-${n}`);
    const file = `${batchId}.xml`;
    // A resource deposit has no timestamp of its own: the log's orders its lines.
    const stamped = kind === 'resources' ? restampBatchId(xml, batchId) : restampHead(xml, { batchId, timestamp });
    const diagnostics = validate(stamped, kind, ctx, file);
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
      ...(kind === 'resources' ? { kind } : {}),
      ...(retryOf ? { retryOf } : {}),
    };
    if (!hasErrors(diagnostics)) appendDepositLog(ctx.logFile, [...(closing ? [closing(entry)] : []), entry]);
    return { entry, xml: stamped, diagnostics };
  });
}

function uploadForm(xml: string, file: string, kind: DepositKind, credentials: CrossrefCredentials): FormData {
  const form = new FormData();
  form.append('operation', kind === 'resources' ? 'doDOICitUpload' : 'doMDUpload');
  form.append('login_id', credentials.login);
  form.append('login_passwd', credentials.revealPassword());
  form.append('fname', new Blob([xml], { type: 'application/xml' }), file);
  return form;
}

/** What a file is and which DOIs it concerns, or why it cannot be sent. */
function inspectBatch(xml: string, expected: DepositKind | undefined): { kind: DepositKind; dois: string[] } | Diagnostic {
  const kind = depositKind(xml);
  if (!kind || (expected && kind !== expected)) {
    const found = kind === 'resources' ? 'doi_batch of the doi_resources schema' : kind === 'metadata' ? 'doi_batch of the Crossref metadata schema' : 'file that is no Crossref doi_batch';
    const wanted = expected === 'resources' ? 'the doi_resources schema (--resources)' : expected === 'metadata' ? 'the Crossref metadata schema (without --resources)' : 'the Crossref metadata or doi_resources schema';
    return diagnostic('deposit-kind-mismatch', `Unexpected ${found}, expected a doi_batch of ${wanted}`);
  }
  const dois = kind === 'resources' ? resourceDois(xml) : registeredDois(xml);
  if (dois.length) return { kind, dois };
  return kind === 'resources'
    ? diagnostic('deposit-resources-empty', 'Unexpected resource deposit without <doi_citations> or <doi_resources>, expected references or full-text links for at least one DOI')
    : diagnostic('deposit-no-doi', 'Unexpected deposit without a <doi_data> DOI, expected at least one article with a DOI');
}

/** Send `xml` (a metadata or, with `expected: 'resources'`, a resource-only deposit). */
export async function depositXml(xml: string, ctx: DepositContext, expected?: DepositKind): Promise<DepositResult> {
  const redact = redactor([ctx.credentials.revealPassword()]);
  const insecure = endpointProblem(ctx.target.endpoint);
  if (insecure) return notSent([diagnostic('deposit-endpoint-insecure', redact(insecure))]);
  const batch = inspectBatch(xml, expected);
  if ('rule' in batch) return notSent([batch]);
  const { kind, dois } = batch;
  // Validate before anything is reserved or written: an invalid file leaves no trace.
  const before = validate(xml, kind, ctx, 'deposit.xml');
  if (hasErrors(before)) return notSent(before);

  const first = reserve(xml, dois, kind, ctx);
  if (hasErrors(first.diagnostics)) return notSent(first.diagnostics);
  writeAtomically(join(ctx.archiveDir, first.entry.file), first.xml);

  let current = first;
  const uploads: DepositLogEntry[] = [];
  const fileOf = new Map<number, string>();
  const request = (number: number, previous: Attempt | undefined): RequestInit => {
    if (previous?.mayHaveArrived) {
      // The last upload may be at Crossref: this one gets its own name (and a larger timestamp).
      const at = ctx.now().toISOString();
      const closed = (next: DepositLogEntry): DepositLogEntry => ({
        ...current.entry,
        status: 'unconfirmed',
        message: redact(`${previous.error ?? 'no reply'}; sent again as ${next.file}`),
        at,
      });
      const next = reserve(xml, dois, kind, ctx, first.entry.batchId, closed);
      if (hasErrors(next.diagnostics)) throw new Error(next.diagnostics.map((d) => d.message).join('; '));
      uploads.push(closed(next.entry));
      writeAtomically(join(ctx.archiveDir, next.entry.file), next.xml);
      current = next;
    }
    fileOf.set(number, current.entry.file);
    return { method: 'POST', body: uploadForm(current.xml, current.entry.file, kind, ctx.credentials) };
  };
  const exchange = await exchangeWithRetry(ctx.target.endpoint, request, ctx.policy);
  const last = exchange.attempts[exchange.attempts.length - 1];
  let reply: DepositReply | undefined;
  let status: DepositLogEntry['status'];
  let message: string;
  if (!exchange.reply) {
    status = 'unconfirmed';
    message = `no reply after ${exchange.attempts.length} attempt(s): ${last?.error ?? 'unknown error'}`;
  } else {
    reply = parseDepositReply(exchange.reply.status, exchange.reply.body, exchange.reply.location && redact(exchange.reply.location), redact);
    status = outcomeStates[reply.outcome];
    message = reply.outcome === 'retry' ? `HTTP ${exchange.reply.status} after ${exchange.attempts.length} attempt(s): ${reply.message}` : reply.message;
    if (reply.outcome === 'unauthorized') message = `login not accepted (${ctx.credentials.login}): ${reply.message}`;
  }
  const entry: DepositLogEntry = { ...current.entry, status, message: redact(message), at: ctx.now().toISOString() };
  withDepositLogLock(ctx.logFile, () => appendDepositLog(ctx.logFile, [entry]));
  uploads.push(entry);
  const attempts = exchange.attempts.map((a) => ({
    ...a,
    ...(a.error ? { error: redact(a.error) } : {}),
    ...(a.redirectTo ? { redirectTo: redact(a.redirectTo) } : {}),
    file: fileOf.get(a.number),
  }));
  return { sent: true, entry, uploads, diagnostics: current.diagnostics, attempts, reply, xml: current.xml };
}

const outcomeStates: Record<DepositReply['outcome'], DepositLogEntry['status']> = {
  accepted: 'submitted',
  retry: 'unconfirmed',
  refused: 'refused',
  redirected: 'rejected',
  rejected: 'rejected',
  unauthorized: 'rejected',
};
