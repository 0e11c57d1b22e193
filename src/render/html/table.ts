// A table on the article page: <caption> with its label, th with scope (and
// colspan/rowspan), notes after the table. The table scrolls sideways inside a
// focusable region when it is wider than the column, so keyboards reach it.
import type { Table, TableCell, TableRow } from '../../model/types.js';
import { escapeHtml } from '../xml-escape.js';
import { renderInlines } from './inline.js';
import { safeId, type HtmlState } from './state.js';
import { tableCellHtml } from '../table-cell.js';

export function renderTable(node: Table, state: HtmlState): string {
  const lang = state.article.meta.lang;
  const id = safeId(node.id);
  const label = `${state.labels.get(lang, 'table')} ${node.number}.`;
  const caption = `<caption id="${id}-caption"><span class="table-label">${escapeHtml(label)}</span> ${renderInlines(node.caption, state)}</caption>`;
  const group = (tag: string, rows: TableRow[]) => (rows.length ? `\n<${tag}>\n${rows.map((row) => renderRow(row, state)).join('\n')}\n</${tag}>` : '');
  const notes = node.notes.length
    ? `\n<div class="table-notes">\n${node.notes.map((note) => `<p>${renderInlines(note.children, state)}</p>`).join('\n')}\n</div>`
    : '';
  return (
    `<div class="table-wrap" id="${id}">\n<section class="table-scroll" tabindex="0" aria-labelledby="${id}-caption">\n` +
    `<table>\n${caption}${group('thead', node.head)}${group('tbody', node.body)}${group('tfoot', node.foot)}\n</table>\n</section>${notes}\n</div>`
  );
}

function renderRow(row: TableRow, state: HtmlState): string {
  return `<tr>${row.cells.map((cell) => renderCell(cell, state)).join('')}</tr>`;
}

function renderCell(cell: TableCell, state: HtmlState): string {
  return tableCellHtml(cell, renderInlines(cell.children, state));
}
