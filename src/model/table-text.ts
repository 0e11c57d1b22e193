// A table's inline content in reading order (caption, head, body, foot, notes),
// for the passes that visit every run of text: citations, typography, plain text.
import type { Inline, Table, TableRow } from './types.js';

const rowGroups = (table: Table): TableRow[][] => [table.head, table.body, table.foot];

/** Every inline run of the table, caption first, notes last. */
export function tableInlineRuns(table: Table): Inline[][] {
  return [table.caption, ...rowGroups(table).flatMap((rows) => rows.flatMap((row) => row.cells.map((cell) => cell.children))), ...table.notes.map((note) => note.children)];
}

/** The same table with every inline run replaced by `map(run)`. */
export function mapTableInlines(table: Table, map: (run: Inline[]) => Inline[]): Table {
  const rows = (group: TableRow[]) => group.map((row) => ({ ...row, cells: row.cells.map((cell) => ({ ...cell, children: map(cell.children) })) }));
  return {
    ...table,
    caption: map(table.caption),
    head: rows(table.head),
    body: rows(table.body),
    foot: rows(table.foot),
    notes: table.notes.map((note) => ({ ...note, children: map(note.children) })),
  };
}
