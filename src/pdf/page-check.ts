// What the laid-out pages tell us: does the page count agree with the source,
// did every footnote land on its call's page, did every image load.
import type { Diagnostic } from '../checks/diagnostic.js';
import { ruleCatalogue, type RuleId } from '../checks/catalogue/index.js';
import type { Article, ArticleMeta, Position } from '../model/types.js';
import type { LayoutReport } from './paged-script.js';
import { sourceBlockOf, where } from './source-block.js';

/** What the checks read of the article to place a layout problem in its source. */
export type LayoutSource = Pick<Article, 'body' | 'footnotes'> & Partial<Pick<Article, 'references' | 'bibliographyPositions'>>;

/** The trees a laid-out text may come from: body, notes and the reference entries (placed at their item in the bibliography). */
function sourceTrees(source: LayoutSource): unknown[] {
  const entries = (source.references ?? []).flatMap((list) =>
    list.entries.map((entry) => ({ type: 'reference', position: source.bibliographyPositions?.[entry.id], children: entry.text })),
  );
  return [source.body, source.footnotes, entries];
}

/** Last folio of an article of `pageCount` pages starting at `first`. */
export function computeLastPage(first: number, pageCount: number): number {
  if (!Number.isInteger(first) || !Number.isInteger(pageCount) || pageCount < 1) {
    throw new RangeError(`Unexpected first page ${first} and page count ${pageCount}, expected integers with at least one page`);
  }
  return first + pageCount - 1;
}

function diagnostic(rule: RuleId, message: string, position: Position): Diagnostic {
  return { rule, severity: ruleCatalogue[rule].severity, message, position };
}

const range = (first: number, last: number) => (first === last ? `${first}` : `${first}–${last}`);

/**
 * The page count against the source's `pages`. Where the source gives no last
 * page there is nothing to disagree with: the computed one is the answer.
 */
export function checkPageCount(meta: ArticleMeta, pageCount: number, file: string, layout?: { pageStarts?: string[]; source?: LayoutSource }): Diagnostic[] {
  const { first, last } = meta.pages;
  if (first === undefined || last === undefined) return [];
  const expected = last - first + 1;
  if (expected === pageCount) return [];
  const position = meta.positions['pages.last'] ?? meta.positions.pages ?? { file, line: 1, column: 1 };
  // Where the text runs over: the first page beyond the source's last, and the block it begins with.
  let overflow = '';
  const start = pageCount > expected ? layout?.pageStarts?.[expected] : undefined;
  if (start) {
    const block = layout?.source ? sourceBlockOf(sourceTrees(layout.source), start) : undefined;
    overflow = ` Page ${first + expected}, the first beyond them, begins with "${start}"${block ? ` (${where(block)})` : ''}.`;
  }
  return [
    diagnostic(
      'pdf-page-count',
      `Unexpected ${pageCount} pages (${range(first, first + pageCount - 1)}) in the print layout, expected ${expected} (${range(first, last)}) as the source's pages say: ` +
        `adjust the text or the profile's print geometry, or remove pages.last to take the computed one.${overflow}`,
      position,
    ),
  ];
}

/** Why text ends up outside the text block, from the text itself. */
function lostTextCause(text: string): string {
  const long = text.split(/\s+/).find((word) => [...word].length >= 25);
  if (long) return `the unbreakable "${long.slice(0, 40)}" is wider than the line: allow it to break or shorten it`;
  return "a block that cannot be split or moved (a figure, table or formula taller than the page's text block, or a heading kept with what follows) leaves paged.js no room: check that block against the profile's print.page, print.margins and print.font-size";
}

/** Footnotes off their call's page, images that did not load, content wider than the text block, blocked requests. */
export function layoutDiagnostics(report: LayoutReport & { blocked: string[] }, firstPage: number, file: string, source?: LayoutSource): Diagnostic[] {
  const at: Position = { file, line: 1, column: 1 };
  const blockOf = (text: string) => (source ? sourceBlockOf(sourceTrees(source), text) : undefined);
  const out: Diagnostic[] = [];
  for (const note of report.footnotes) {
    if (note.notePage === note.callPage) continue;
    const where = note.notePage < 0 ? 'nowhere' : `on page ${firstPage + note.notePage}`;
    out.push(diagnostic('pdf-footnote-page', `Unexpected footnote ${note.number} text ${where}, expected it on page ${firstPage + note.callPage} with its call`, at));
  }
  for (const src of report.missingImages) out.push(diagnostic('pdf-image-missing', `Unexpected image that did not load in the print layout (${src}), expected a readable image file in the article folder`, at));
  for (const lost of report.lostText) {
    // Placed at the block that holds the text; the message says why it is likely lost.
    const block = blockOf(lost.text);
    out.push(
      diagnostic(
        'pdf-text-lost',
        `Unexpected text outside the text block of page ${firstPage + lost.page} ("${lost.text}"${block ? `, written at ${where(block)}` : ''}), expected paged.js to carry it to the next page: it would be missing from the PDF. Likely cause: ${lostTextCause(lost.text)}`,
        block ?? at,
      ),
    );
  }
  for (const url of [...new Set(report.blocked)]) out.push(diagnostic('pdf-network-blocked', `Unexpected network request from the print layout (${url}), expected only local files: the request was blocked`, at));
  return out;
}
