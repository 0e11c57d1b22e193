// `galley correct`: a published article was changed. The record keeps the
// date and what changed; DOI and folios stay, and the next deposit of the
// article carries the whole record with a larger timestamp.
import { diagnostic, type Diagnostic } from '../checks/diagnostic.js';
import type { JournalRecord } from './journal-record.js';
import { articleRecordText, writeIfChanged } from './write.js';

export function addCorrection(journal: JournalRecord, id: string, correction: { date: string; note: string }, at: string): Diagnostic[] {
  const record = journal.articles.get(id);
  if (!record?.doi || !record.issue)
    return [diagnostic('record-missing', `Unexpected correction of ${id}, expected a published article (its issue built, so that the record holds its DOI and folios)`, { file: at, line: 1, column: 1 })];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(correction.date) || Number.isNaN(Date.parse(correction.date)))
    return [diagnostic('record-invalid', `Unexpected correction date ${correction.date}, expected YYYY-MM-DD`, { file: at, line: 1, column: 1 })];
  const updated = { ...record, corrections: [...record.corrections, correction] };
  writeIfChanged(record.file, articleRecordText(updated));
  journal.articles.set(id, updated);
  return [];
}
