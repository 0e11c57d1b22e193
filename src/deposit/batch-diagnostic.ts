// Crossref's result for a submitted file: a <doi_batch_diagnostic> with one
// <record_diagnostic> per DOI. Parsed into per-DOI results.
import { XMLParser } from 'fast-xml-parser';
import { htmlText } from './servlet-reply.js';

export type DoiResultStatus = 'success' | 'warning' | 'failure';

export interface DoiResult {
  doi: string;
  status: DoiResultStatus;
  /** Crossref's message for this record. */
  message: string;
}

export interface BatchDiagnostic {
  /** `completed`, or still waiting: `queued`, `in_process`, `unknown_submission`. */
  status: string;
  submissionId?: string;
  batchId?: string;
  records: DoiResult[];
  counts?: { records: number; success: number; warning: number; failure: number };
}

export class BatchDiagnosticError extends Error {}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => name === 'record_diagnostic',
});

const text = (value: unknown): string => {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return text((value as Record<string, unknown>)['#text']);
  return String(value).trim();
};

const statuses: Record<string, DoiResultStatus> = { success: 'success', warning: 'warning', failure: 'failure' };

/**
 * Read as Crossref wrote it; `redact` is applied to every text kept (messages),
 * before anything is cut short, so structure is never changed by redaction.
 */
export function parseBatchDiagnostic(body: string, redact: (text: string) => string = (t) => t): BatchDiagnostic {
  let root: Record<string, unknown> | undefined;
  try {
    root = (parser.parse(body) as Record<string, Record<string, unknown> | undefined>).doi_batch_diagnostic;
  } catch {
    root = undefined;
  }
  if (!root || typeof root !== 'object') {
    const shown = redact(htmlText(redact(body))).slice(0, 300) || 'an empty body';
    throw new BatchDiagnosticError(`Unexpected reply ${JSON.stringify(shown)}, expected a doi_batch_diagnostic document`);
  }
  const records = ((root.record_diagnostic as Record<string, unknown>[] | undefined) ?? []).map((record) => {
    const raw = String(record['@status'] ?? '').toLowerCase();
    return { doi: text(record.doi), status: statuses[raw] ?? 'failure', message: redact(text(record.msg)) || `status ${raw || 'missing'}` };
  });
  const data = root.batch_data as Record<string, unknown> | undefined;
  const count = (key: string) => Number(text(data?.[key]) || 0);
  return {
    status: String(root['@status'] ?? 'unknown').toLowerCase(),
    submissionId: redact(text(root.submission_id)) || undefined,
    batchId: redact(text(root.batch_id)) || undefined,
    records,
    counts: data ? { records: count('record_count'), success: count('success_count'), warning: count('warning_count'), failure: count('failure_count') } : undefined,
  };
}
