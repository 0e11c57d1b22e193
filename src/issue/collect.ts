// Gather an issue's articles: each source prepared (loaded, resolved), given
// its DOI, and made final with the issue's volume, number, year and date, in
// print order. Folios come later, from the layout.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { diagnostic, type Diagnostic } from '../checks/diagnostic.js';
import type { Article } from '../model/types.js';
import type { Profile } from '../profile/types.js';
import { finalizeArticle, type IssueDecision } from '../pipeline/final-article.js';
import { prepareSource } from '../pipeline/prepare.js';
import type { JournalRecord } from '../record/journal-record.js';
import { assignDois } from './doi-assign.js';
import type { IssueSpec } from './types.js';

export interface CollectedArticle {
  /** The source as loaded and resolved, before any decision. */
  source: Article;
  /** What the issue decided for it (folios once the layout has counted pages). */
  decision: IssueDecision;
  /** Final at the folios the record holds for this issue (or the source's): the first layout's guess. */
  article: Article;
  /** The final stage's diagnostics at that guess (also in CollectedIssue.diagnostics). */
  diagnostics: Diagnostic[];
}

export interface CollectedIssue {
  /** In print order. */
  articles: CollectedArticle[];
  diagnostics: Diagnostic[];
}

export function collectIssueArticles(issue: IssueSpec, profile: Profile, journal: JournalRecord): CollectedIssue {
  const diagnostics: Diagnostic[] = [...journal.diagnostics];
  const listed = issue.sections.flatMap((s) => s.articles);
  const prepared = new Map<string, Article>();
  for (const { id, position } of listed) {
    const dir = join(issue.articlesDir, id);
    if (!existsSync(join(dir, 'article.md'))) {
      diagnostics.push(diagnostic('issue-article-missing', `Unexpected missing article ${id}, expected ${join(dir, 'article.md')}`, position));
      continue;
    }
    const result = prepareSource(dir, profile);
    diagnostics.push(...result.diagnostics);
    if (!result.article || result.diagnostics.some((d) => d.severity === 'error')) {
      diagnostics.push(diagnostic('issue-article-failed', `Unexpected errors in ${id}, expected an article that passes its checks (see above)`, position));
      continue;
    }
    prepared.set(id, result.article);
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { articles: [], diagnostics };

  const values = { year: issue.year, volume: issue.volume, issue: issue.number };
  const assignment = assignDois(
    listed.map(({ id, position }) => ({ id, position, sourceDoi: prepared.get(id)!.meta.doi })),
    profile,
    journal,
    values,
  );
  diagnostics.push(...assignment.diagnostics);

  const articles = listed.map(({ id, position }) => {
    const source = prepared.get(id)!;
    const record = journal.articles.get(id);
    const { doi, origin } = assignment.dois.get(id)!;
    const decision: IssueDecision = { issueId: issue.id, volume: issue.volume, number: issue.number, year: issue.year, published: issue.published, doi, doiOrigin: origin };
    const guess = record?.issue === issue.id ? record.pages : undefined;
    const final = finalizeArticle(source, profile, journal, { ...decision, pages: guess });
    diagnostics.push(...final.diagnostics);
    if (final.diagnostics.some((d) => d.severity === 'error'))
      diagnostics.push(diagnostic('issue-article-failed', `Unexpected errors in ${id} with the issue's values, expected an article that passes its checks (see above)`, position));
    return { source, decision, article: final.article, diagnostics: final.diagnostics };
  });
  return { articles, diagnostics };
}
