// The grid behind a table's rows: every row must fill the same columns, spans
// counted, and no span may cover another cell or leave its row group. Header
// cells get their scope here, from where they stand.
import type { Position, TableCell, TableRow } from '../../model/types.js';
import type { ConvertContext } from './context.js';

export interface RowGroups {
  head: TableRow[];
  body: TableRow[];
  foot: TableRow[];
}

const groupNames = { head: 'thead', body: 'tbody', foot: 'tfoot' } as const;

/** Checks the groups against one grid and returns its width (the first row's, spans counted). */
export function checkGrid(groups: RowGroups, ctx: ConvertContext, tablePosition: Position | undefined): number {
  const first = [...groups.head, ...groups.body, ...groups.foot][0];
  const columns = first ? first.cells.reduce((n, c) => n + c.colspan, 0) : 0;
  let rowNumber = 0;
  for (const key of ['head', 'body', 'foot'] as const) {
    const rows = groups[key];
    // filled[r] holds the columns of row r (in this group) already taken by a rowspan from above.
    const filled: Set<number>[] = rows.map(() => new Set());
    rows.forEach((row, r) => {
      rowNumber++;
      let column = 0;
      for (const cell of row.cells) {
        while (filled[r].has(column)) column++;
        for (let k = column; k < column + cell.colspan; k++)
          if (filled[r].has(k)) {
            ctx.report('table-span-overlap', `Unexpected colspan="${cell.colspan}" covering column ${k + 1} of row ${rowNumber}, which a rowspan from above already fills, expected a smaller colspan or rowspan`, cell.position);
            break;
          }
        if (r + cell.rowspan > rows.length) {
          ctx.report('table-span-overrun', `Unexpected rowspan="${cell.rowspan}" running past the last row of its ${groupNames[key]} (${rows.length - r} row${rows.length - r === 1 ? '' : 's'} left), expected at most ${rows.length - r}`, cell.position);
        }
        for (let dr = 0; dr < cell.rowspan && r + dr < rows.length; dr++)
          for (let k = column; k < column + cell.colspan; k++) filled[r + dr].add(k);
        column += cell.colspan;
      }
      // This row's cells are in filled[r] too: a full row takes exactly the columns 0 … columns-1.
      const width = filled[r].size;
      if (width !== columns || (columns > 0 && !filled[r].has(columns - 1)))
        ctx.report('table-ragged-row', `Unexpected ${width} column${width === 1 ? '' : 's'} in row ${rowNumber}, expected ${columns} as in the first row (add empty cells or fix a span)`, row.position ?? row.cells[0]?.position ?? tablePosition);
    });
  }
  return columns;
}

/** What a header cell labels: its column(s) in the head, its row(s) elsewhere. */
export function scopeOf(cell: Pick<TableCell, 'colspan' | 'rowspan'>, inHead: boolean): TableCell['scope'] {
  if (inHead) return cell.colspan > 1 ? 'colgroup' : 'col';
  return cell.rowspan > 1 ? 'rowgroup' : 'row';
}
