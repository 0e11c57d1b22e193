// A Word table → a GFM pipe table when it is a plain grid with one header row,
// else Galley's HTML subset (colspan, rowspan, several header rows, no header
// row: a pipe table would make its first row a header).
// A cell with several paragraphs is joined into one line (Galley cells hold one
// paragraph), and that is reported.
import type { BodyContext } from './body-context.js';
import { decide } from './body-context.js';
import { inlineMarkdown } from './body-inline.js';
import type { DocxCell, DocxTable } from './model.js';
import { paragraphText } from './model.js';

export function tableMarkdown(table: DocxTable, ctx: BodyContext): string {
  const rows = table.rows.filter((r) => r.length);
  const spans = rows.some((r) => r.some((c) => c.colSpan > 1 || c.rowSpan > 1));
  const headerRows = leadingHeaderRows(rows);
  const width = Math.max(...rows.map((r) => r.reduce((n, c) => n + c.colSpan, 0)));
  const ragged = rows.some((r) => r.reduce((n, c) => n + c.colSpan, 0) !== width);
  if (!spans && !ragged && headerRows === 1) return pipeTable(rows, ctx);
  if (headerRows === 0) decide(ctx, `table ${table.index} has no header row`, 'Word marks none (no tblHeader, no first-row table look); written in the HTML subset, which needs none');
  return htmlTable(rows, headerRows, ctx);
}

function leadingHeaderRows(rows: DocxCell[][]): number {
  let n = 0;
  while (n < rows.length && rows[n].every((c) => c.header)) n++;
  // A header cell spanning down takes the rows it covers into the head (a span may not leave its row group).
  for (let i = 0; i < n; i++) for (const c of rows[i]) n = Math.min(rows.length, Math.max(n, i + c.rowSpan));
  return n;
}

function cellText(cell: DocxCell, ctx: BodyContext, pipe: boolean): string {
  const texts = cell.paragraphs.filter((p) => paragraphText(p).trim() || p.runs.some((r) => r.mathml || r.noteRef || r.citation)).map((p) => inlineMarkdown(p.runs, ctx, { pipeCell: pipe }).trim());
  if (texts.length > 1) decide(ctx, `a table cell's ${texts.length} paragraphs were joined into one`, 'a Galley table cell holds one paragraph', cell.paragraphs[0] ? `paragraph ${cell.paragraphs[0].index}` : ctx.at);
  if (cell.paragraphs.some((p) => p.runs.some((r) => r.image))) decide(ctx, 'an image in a table cell was left out', 'a Galley table cell holds text only', cell.paragraphs[0] ? `paragraph ${cell.paragraphs[0].index}` : ctx.at);
  return texts.join(' ');
}

function pipeTable(rows: DocxCell[][], ctx: BodyContext): string {
  const lines = rows.map((r) => `| ${r.map((c) => cellText(c, ctx, true) || ' ').join(' | ')} |`);
  lines.splice(1, 0, `|${rows[0].map(() => '---').join('|')}|`);
  return lines.join('\n');
}

function htmlTable(rows: DocxCell[][], headerRows: number, ctx: BodyContext): string {
  const row = (r: DocxCell[], head: boolean) =>
    `<tr>${r
      .map((c) => {
        const tag = head ? 'th' : 'td';
        const attrs = `${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}`;
        return `<${tag}${attrs}>${cellText(c, ctx, false)}</${tag}>`;
      })
      .join('')}</tr>`;
  const out = ['<table>'];
  if (headerRows) out.push('<thead>', ...rows.slice(0, headerRows).map((r) => row(r, true)), '</thead>');
  out.push('<tbody>', ...rows.slice(headerRows).map((r) => row(r, false)), '</tbody>', '</table>');
  return out.join('\n');
}
