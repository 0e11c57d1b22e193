// After an issue is built, the record says what it decided: each article's DOI,
// running number, issue, folios, blank verso and publication date, and the
// issue's own pages and order. Files that already say so are left untouched.
import type { Article } from '../model/types.js';
import type { IssueDecision } from '../pipeline/final-article.js';
import { articleRecordPath, issueRecordPath, type JournalRecord } from '../record/journal-record.js';
import type { ArticleRecord } from '../record/types.js';
import { articleRecordText, issueRecordText, writeIfChanged } from '../record/write.js';
import type { IssueSpec, Placement } from './types.js';

/** Write the records; returns the files that changed. */
export function writeIssueRecord(journal: JournalRecord, issue: IssueSpec, firstPage: number, articles: Article[], placements: Placement[], decisions: IssueDecision[]): string[] {
  const changed: string[] = [];
  articles.forEach((article, i) => {
    const before = journal.articles.get(article.id);
    const placement = placements[i];
    const record: ArticleRecord = {
      id: article.id,
      file: articleRecordPath(journal, article.id),
      doi: article.meta.doi,
      seq: article.meta.seq,
      doiOrigin: decisions[i].doiOrigin,
      issue: issue.id,
      volume: issue.volume,
      number: issue.number,
      year: issue.year,
      pages: { first: placement.first, last: placement.last },
      blankBefore: placement.blankBefore || undefined,
      published: article.meta.history.published ? { ...before?.published, online: article.meta.history.published } : before?.published,
      corrections: before?.corrections ?? [],
      positions: {},
    };
    if (writeIfChanged(record.file, articleRecordText(record))) changed.push(record.file);
  });
  const file = issueRecordPath(journal, issue.id);
  const text = issueRecordText({
    id: issue.id,
    file,
    volume: issue.volume,
    number: issue.number,
    year: issue.year,
    published: issue.published,
    firstPage,
    lastPage: placements.length ? placements[placements.length - 1].last : firstPage - 1,
    articles: articles.map((a) => a.id),
    positions: {},
  });
  if (writeIfChanged(file, text)) changed.push(file);
  return changed;
}
