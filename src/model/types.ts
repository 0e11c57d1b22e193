// The typed Article: the one contract between the loader and every renderer.
// Renderers accept only this; nothing downstream re-reads source files. The node and
// metadata types live in their own files and are re-exported here.
import type { ArticleMeta, Block, CitationBlock, CslItem, Footnote, ReferenceList } from './types.js';

/** A place in a source file; 1-based line and column, as editors count. */
export interface Position {
  file: string;
  line: number;
  column: number;
}

/** Text per language code ("en", "ru"). */
export type Localized<T = string> = Record<string, T>;

export type * from './inline-nodes.js';
export type * from './block-nodes.js';
export type * from './article-meta.js';
export type * from './reference-types.js';

// --------------------------------------------------------------------- article

export interface ArticleSource {
  /** Folder name under article/; also the output folder name. */
  id: string;
  dir: string;
  /** Path of the main source file (article.md). */
  file: string;
  meta: ArticleMeta;
  body: Block[];
  footnotes: Footnote[];
  /** The bibliography as loaded (CSL items), with where each item was written. */
  bibliography: CslItem[];
  bibliographyFile?: string;
  bibliographyPositions: Record<string, Position>;
}

/** The validated, resolved article that renderers receive. */
export interface Article extends ArticleSource {
  references: ReferenceList[];
  citationBlocks: CitationBlock[];
}
