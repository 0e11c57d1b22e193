// The journal's record: what Galley decided about an article and an issue and
// must never lose or silently change (docs/record.md). Written by Galley,
// committed by people, read by every command through the final-article stage.
import type { Position } from '../model/types.js';

/** How an article got its DOI. */
export type DoiOrigin =
  /** Written by hand in the article's front matter. */
  | 'source'
  /** Given by `galley doi reserve` before the article had an issue. */
  | 'reserved'
  /** Given by an issue build from the profile's pattern and the next running number. */
  | 'assigned';

export interface Correction {
  /** YYYY-MM-DD. */
  date: string;
  note: string;
}

/** record/articles/<id>.yaml */
export interface ArticleRecord {
  id: string;
  /** Absolute path of the record file. */
  file: string;
  doi?: string;
  seq?: number;
  doiOrigin?: DoiOrigin;
  /** The issue the article was published in (issue file name without extension). */
  issue?: string;
  volume?: number;
  number?: string;
  year?: number;
  pages?: { first: number; last: number };
  /** A blank verso was inserted before the article's first page. */
  blankBefore?: boolean;
  /** Publication dates, YYYY-MM-DD. */
  published?: { online?: string; print?: string };
  corrections: Correction[];
  /** Where each field was written (dotted path), for diagnostics. */
  positions: Record<string, Position>;
}

/** record/issues/<issue>.yaml */
export interface IssueRecord {
  id: string;
  file: string;
  volume: number;
  number: string;
  year: number;
  published: string;
  firstPage: number;
  lastPage: number;
  /** Article ids in print order. */
  articles: string[];
  positions: Record<string, Position>;
}
