import type { Localized, Position } from '../model/types.js';

export interface IssueSection {
  title: Localized;
  /** Article folder names, in print order. */
  articles: { id: string; position: Position }[];
}

/** An issue file (issues/<volume>-<number>.yaml), validated. */
export interface IssueSpec {
  file: string;
  /** File name without extension: the output folder name under dist/issues/. */
  id: string;
  volume: number;
  number: string;
  year: number;
  /** Publication date, YYYY-MM-DD. */
  published: string;
  /** First page, or 'continue' to follow the previous issue of the volume. */
  firstPage: number | 'continue';
  /** Every article starts on a recto (odd) page; a blank verso is inserted when needed. Unset: the profile's `issue.recto-start`. */
  rectoStart?: boolean;
  /** Folder holding the article sources (default: article/ beside the issue folder). */
  articlesDir: string;
  sections: IssueSection[];
}

/** Where one article lands in the issue. */
export interface Placement {
  id: string;
  first: number;
  last: number;
  /** A blank verso page is inserted before the article. */
  blankBefore: boolean;
}
