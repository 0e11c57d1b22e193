// The one stage that decides an article's final metadata. Source + profile +
// the journal's record (+ the issue, when one is being built) → the Article
// every renderer, check, preview, deposit and issue build consumes. The rules
// that depend on final values (DOI pattern, citation block, UDC) run here, on
// the values the galleys will carry.
import { checkArticleRules } from '../checks/article-rules.js';
import { diagnostic, type Diagnostic } from '../checks/diagnostic.js';
import { generateCitationBlocks } from '../model/citation-block.js';
import type { Article, ArticleMeta, Position } from '../model/types.js';
import type { Profile } from '../profile/types.js';
import { isDeposited, type JournalRecord } from '../record/journal-record.js';
import { seqOf } from '../record/doi-pattern.js';
import type { DoiOrigin } from '../record/types.js';

/** What an issue build decides for one of its articles. */
export interface IssueDecision {
  issueId: string;
  volume: number;
  number: string;
  year: number;
  /** The issue's publication date (YYYY-MM-DD). */
  published: string;
  /** The DOI the issue's assignment gave (from the source, the record or the next running number). */
  doi: string;
  doiOrigin: DoiOrigin;
  /** Folios; absent while the provisional layout has not counted the pages yet. */
  pages?: { first: number; last: number };
}

export interface FinalArticle {
  article: Article;
  diagnostics: Diagnostic[];
}

/**
 * @param issue the issue build's decisions, when this article is being built in an issue.
 * Without it the record decides what an issue once decided.
 */
export function finalizeArticle(article: Article, profile: Profile, journal: JournalRecord, issue?: IssueDecision): FinalArticle {
  const diagnostics: Diagnostic[] = [];
  const record = journal.articles.get(article.id);
  const source = article.meta;
  const positions: Record<string, Position> = { ...source.positions };
  const recordAt = (key: string): Position | undefined => record?.positions[key] ?? (record ? { file: record.file, line: 1, column: 1 } : undefined);

  // The DOI: the issue's assignment, else the source, else the record. A DOI
  // that was deposited never changes, whatever the source now says.
  let doi = issue?.doi ?? source.doi ?? record?.doi;
  // DOI rules point at where the DOI was written: the source, else the record (an issue's new DOI has no place yet).
  if (!source.doi && record?.doi && doi?.toLowerCase() === record.doi.toLowerCase()) positions.doi = recordAt('doi')!;
  if (source.doi && record?.doi && source.doi.toLowerCase() !== record.doi.toLowerCase() && isDeposited(journal, record.doi)) {
    diagnostics.push(
      diagnostic(
        'record-doi-frozen',
        `Unexpected DOI ${source.doi} in the source, expected ${record.doi}: it was deposited with Crossref for this article (${record.file}) and a registered DOI never changes; remove \`doi:\` from the front matter or write the registered one`,
        source.positions.doi,
      ),
    );
    doi = record.doi;
  }
  if (issue && record?.issue && record.issue !== issue.issueId && isDeposited(journal, record.doi)) {
    diagnostics.push(
      diagnostic(
        'record-issue-moved',
        `Unexpected ${article.id} in issue ${issue.issueId}, expected it in issue ${record.issue} where it was published with the registered DOI ${record.doi}; a registered article never moves: take it out of ${issue.issueId}, or publish a new article`,
        recordAt('issue'),
      ),
    );
  }

  const fromRecord = !issue && record?.issue !== undefined;
  const pages = issue ? (issue.pages ?? source.pages) : (record?.pages ?? source.pages);
  if (!issue && record?.pages) {
    positions.pages = recordAt('pages')!;
    positions['pages.first'] = recordAt('pages.first')!;
    positions['pages.last'] = recordAt('pages.last')!;
  }
  const meta: ArticleMeta = {
    ...source,
    doi,
    seq: (doi ? seqOf(profile, doi) : undefined) ?? source.seq ?? record?.seq,
    volume: issue?.volume ?? (fromRecord ? record?.volume : undefined) ?? source.volume,
    issue: issue?.number ?? (fromRecord ? record?.number : undefined) ?? source.issue,
    year: issue?.year ?? (fromRecord ? record?.year : undefined) ?? source.year,
    pages,
    history: { ...source.history, published: source.history.published ?? issue?.published ?? record?.published?.online },
    positions,
  };
  const blocks = generateCitationBlocks(meta, profile);
  diagnostics.push(...blocks.diagnostics);
  const final: Article = { ...article, meta, citationBlocks: blocks.blocks };
  diagnostics.push(...checkArticleRules(final, profile));
  return { article: final, diagnostics };
}

/** The same final article at other folios (the issue build tries several while page counts settle). */
export function atFolios(article: Article, profile: Profile, pages: { first?: number; last?: number }): Article {
  const meta = { ...article.meta, pages };
  return { ...article, meta, citationBlocks: generateCitationBlocks(meta, profile).blocks };
}
