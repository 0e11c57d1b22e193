// What an importer (JATS, Word) hands back for one article; the writer turns
// it into an article folder, the CLI into progress lines and a summary.
import type { CslItem } from '../model/reference-types.js';
import type { ImportReport } from './report.js';

export interface ImportedFile {
  /** Path inside the article folder (`figures/fig1.png`, `supplementary/data.csv`). */
  path: string;
  bytes: Uint8Array;
}

export interface ImportedArticle {
  /** Folder name under --into (the article id). */
  id: string;
  /** YAML front matter of article.md, keys in the order they are written. */
  frontMatter: Record<string, unknown>;
  /** Galley Markdown body (after the front matter). */
  body: string;
  /** The bibliography, written as references.yaml (CSL-YAML). */
  references: CslItem[];
  /** Figures and other files, copied into the folder. */
  files: ImportedFile[];
  report: ImportReport;
}

/** A journal profile an importer writes beside the article folders when there is none (JATS journal-meta). */
export interface ImportedProfile {
  /** journal.yaml text. */
  text: string;
  /** Templates or label files it needs, relative to the profile's folder. */
  files: ImportedFile[];
}
