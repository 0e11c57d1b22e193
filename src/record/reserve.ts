// `galley doi reserve`: give an article its DOI before its issue exists (to
// print it on a preprint, to tell the author), through the same record and
// the same running numbers an issue build uses.
import { diagnostic, type Diagnostic } from '../checks/diagnostic.js';
import type { Article } from '../model/types.js';
import type { Profile } from '../profile/types.js';
import { doiFor, parsePattern, seqOf } from './doi-pattern.js';
import { articleRecordPath, doiHolder, highestSeq, type JournalRecord } from './journal-record.js';
import type { ArticleRecord } from './types.js';
import { articleRecordText, writeIfChanged } from './write.js';

export interface Reservation {
  id: string;
  doi: string;
  /** False when the article already had a DOI (in its source or the record): nothing was written. */
  reserved: boolean;
  file?: string;
}

/** Reserve DOIs for the articles in turn; the journal record is updated in memory as it goes. */
export function reserveDois(articles: Article[], profile: Profile, journal: JournalRecord): { reservations: Reservation[]; diagnostics: Diagnostic[] } {
  const reservations: Reservation[] = [];
  const diagnostics: Diagnostic[] = [];
  const seq = (doi: string) => seqOf(profile, doi);
  for (const article of articles) {
    const record = journal.articles.get(article.id);
    const existing = article.meta.doi ?? record?.doi;
    if (existing) {
      reservations.push({ id: article.id, doi: existing, reserved: false });
      continue;
    }
    // An issue is needed only when the pattern has {issue} (continuous publication has none).
    const needsIssue = parsePattern(profile.doi.suffixPattern).some((p) => 'field' in p && p.field === 'issue');
    if (!article.meta.year || !article.meta.volume || (needsIssue && !article.meta.issue)) {
      diagnostics.push(diagnostic('record-missing', `Unexpected ${article.id} without volume${needsIssue ? ', issue' : ''} and year, expected them in its front matter to make the DOI from ${profile.doi.suffixPattern}`, { file: article.file, line: 1, column: 1 }));
      continue;
    }
    let next = highestSeq(journal, seq);
    let doi: string;
    do doi = doiFor(profile, { year: article.meta.year, volume: article.meta.volume, issue: article.meta.issue, seq: ++next });
    while (doiHolder(journal, doi, article.id) !== undefined);
    const file = articleRecordPath(journal, article.id);
    const updated: ArticleRecord = { ...(record ?? { id: article.id, corrections: [], positions: {} }), file, doi, seq: next, doiOrigin: 'reserved' };
    writeIfChanged(file, articleRecordText(updated));
    journal.articles.set(article.id, updated);
    reservations.push({ id: article.id, doi, reserved: true, file });
  }
  return { reservations, diagnostics };
}
