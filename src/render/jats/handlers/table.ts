// A table: <table-wrap> with its label from the template partial `table-label`
// ("Table 1" in the article's language), caption, the XHTML table model (thead, tbody,
// tfoot; th with scope; spans and alignment) and the notes in <table-wrap-foot>.
import type { Table, TableCell, TableRow } from '../../../model/types.js';
import type { JatsState } from '../state.js';
import { tableCellHtml } from '../../table-cell.js';

export function renderTable(node: Table, state: JatsState): string {
  const id = state.ids.claim(node.id, 'tbl');
  const label = state.templates.render('table-label', { number: node.number, lang: state.lang }).trim();
  const caption = node.caption.length ? `\n<caption><p>${state.inlines(node.caption, state)}</p></caption>` : '';
  const group = (tag: string, list: TableRow[]) => (list.length ? `\n<${tag}>\n${rows(list)}\n</${tag}>` : '');
  // The XHTML 1.0 model of the DTD: thead, tfoot, then at least one tbody with rows;
  // a table that is all header has bare rows instead.
  const rows = (list: TableRow[]) => list.map((row) => renderRow(row, state)).join('\n');
  const foot = node.notes.length
    ? `\n<table-wrap-foot>\n${node.notes.map((note) => `<fn><p>${state.inlines(note.children, state)}</p></fn>`).join('\n')}\n</table-wrap-foot>`
    : '';
  const table = node.body.length
    ? `${group('thead', node.head)}${group('tfoot', node.foot)}${group('tbody', node.body)}`
    : `\n${rows([...node.head, ...node.foot])}`;
  return (
    `<table-wrap id="${id}">\n<label>${label}</label>${caption}\n` +
    `<table>${table}\n</table>${foot}\n</table-wrap>`
  );
}

function renderRow(row: TableRow, state: JatsState): string {
  return `<tr>${row.cells.map((cell) => renderCell(cell, state)).join('')}</tr>`;
}

function renderCell(cell: TableCell, state: JatsState): string {
  return tableCellHtml(cell, state.inlines(cell.children, state), 'attribute');
}
