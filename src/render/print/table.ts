// A table in the print layout. paged.js splits a long table between rows and a
// handler in the page (pdf/paged-script.ts) repeats its <thead> on every later
// page; a wide table is set smaller by its column count so no column runs off
// the text block (the layout check reports any text that still does).
import type { Table, TableCell, TableRow } from '../../model/types.js';
import { escapeHtml } from '../xml-escape.js';
import { renderInlines } from './inline.js';
import { report, type PrintState } from './state.js';
import { tableCellHtml } from '../table-cell.js';

/** Column counts from which a table is set in the smaller sizes of the print CSS. */
const wideFrom = 6;
const veryWideFrom = 9;

export function renderTable(node: Table, state: PrintState): string {
  // The word comes from the label tables in the article's language; a table without one is an error, never an English guess.
  const word = state.labels?.own(state.lang, 'table');
  if (word === undefined) report(state, 'profile-labels-missing', `Unexpected table without the label "table" in "${state.lang}", expected the label tables (templates/html/labels.yaml or the journal's) to give it`, node.position);
  const label = `${word ?? ''} ${node.number}.`.trimStart();
  const width = node.columns >= veryWideFrom ? ' table-very-wide' : node.columns >= wideFrom ? ' table-wide' : '';
  const group = (tag: string, rows: TableRow[]) => (rows.length ? `<${tag}>\n${rows.map((row) => renderRow(row, state)).join('')}</${tag}>\n` : '');
  const notes = node.notes.length
    ? `<div class="table-notes">\n${node.notes.map((note) => `<p class="table-note">${renderInlines(note.children, state)}</p>\n`).join('')}</div>\n`
    : '';
  return (
    `<div class="table-wrap${width}" id="${escapeHtml(node.id)}">\n<table class="table">\n` +
    `<caption><span class="table-label">${escapeHtml(label)}</span> ${renderInlines(node.caption, state)}</caption>\n` +
    `${group('thead', node.head)}${group('tbody', node.body)}${group('tfoot', node.foot)}</table>\n${notes}</div>\n`
  );
}

function renderRow(row: TableRow, state: PrintState): string {
  return `<tr>${row.cells.map((cell) => renderCell(cell, state)).join('')}</tr>\n`;
}

function renderCell(cell: TableCell, state: PrintState): string {
  return tableCellHtml(cell, renderInlines(cell.children, state));
}
