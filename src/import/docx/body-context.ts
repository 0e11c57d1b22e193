// What the body conversion shares: the document, the report it fills, the
// footnote numbers in order of first call, the citation keys, the figures.
import type { ImportReport } from '../report.js';
import { shorten } from '../report.js';
import type { ImportedFile } from '../types.js';
import type { CaptionLabels } from './body-captions.js';
import type { CitationRegistry } from './body-citations.js';
import type { DocxDocument, DocxNote } from './model.js';

export interface BodyContext {
  doc: DocxDocument;
  report: ImportReport;
  citations: CitationRegistry;
  /** `footnote:3` → its number in the Markdown (order of first call). */
  noteNumbers: Map<string, number>;
  notes: Map<string, DocxNote>;
  files: ImportedFile[];
  /** Image part → its path in the article folder, so an image used twice is copied once. */
  figurePaths: Map<string, string>;
  /** `paragraph 12` of the block being converted. */
  at: string;
  /** What starts a table or figure caption ("Table 1"), from the label tables. */
  captionLabels: CaptionLabels;
  /** Turns printed in-text citations of a paragraph's Markdown into Galley citations, once the lists are parsed. */
  inText?: (markdown: string, at: string) => string;
}

export function notKept(ctx: BodyContext, element: string, text: string, reason: string, at = ctx.at): void {
  ctx.report.notKept.push({ at, element, text: shorten(text), reason });
}

export function decide(ctx: BodyContext, what: string, why: string, at = ctx.at): void {
  ctx.report.decisions.push({ at, what, why });
}
