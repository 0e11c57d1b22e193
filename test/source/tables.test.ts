// Tables in the source: pipe tables, the HTML subset, captions, labels, notes,
// and a positioned diagnostic for each mistake (origin: the body starts on line 11).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/model/plain-text.js';
import type { Block, Position, Table, TableRow } from '../../src/model/types.js';
import { createMarkdownConverter } from '../../src/source/markdown/convert.js';
import { fixtures } from './helpers.js';

const dir = join(fixtures, 'source/minimal');
const origin = { file: 'a.md', lineOffset: 10, columnOffset: 0 };

function convert(text: string) {
  const reports: [string, string, number?, number?][] = [];
  const md = createMarkdownConverter({ dir, report: (rule, message, p?: Position) => reports.push([rule, message, p?.line, p?.column]) });
  const { blocks } = md.body(text, origin);
  return { blocks, reports, tables: blocks.filter((b): b is Table => b.type === 'table') };
}

const texts = (rows: TableRow[]) => rows.map((row) => row.cells.map((cell) => plainText(cell.children)));
const spans = (rows: TableRow[]) => rows.map((row) => row.cells.map((cell) => `${cell.header ? 'th' : 'td'}${cell.scope ? `:${cell.scope}` : ''}:${cell.colspan}x${cell.rowspan}`));

const merged = `<table>
<thead>
<tr><th rowspan="2">Year</th><th colspan="2">Horses</th></tr>
<tr><th>prescribed</th><th>kept</th></tr>
</thead>
<tbody>
<tr align="right"><td>1812</td><td>6</td><td>*5*</td></tr>

<tr><th>1813</th><td colspan="2" align="center">lost</td></tr>
</tbody>
<tfoot>
<tr><th>Mean</th><td>6</td><td>5</td></tr>
</tfoot>
</table>`;

describe('tables in the body', () => {
  it('reads a pipe table: header row, cells, alignment from the delimiter row, caption after it with its label', () => {
    const { tables, reports, blocks } = convert('Text.\n\n| Station | Versts |\n|:--|--:|\n| Brod | 24 |\n| Kamyshi | *22* |\n\nTable: The road in 1829 {#tbl:road}\n\nAfter.\n');
    expect(reports).toEqual([]);
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'table', 'paragraph']);
    const [t] = tables;
    expect({ id: t.id, label: t.label, number: t.number, columns: t.columns, caption: plainText(t.caption) }).toEqual({ id: 'tbl1', label: 'tbl:road', number: 1, columns: 2, caption: 'The road in 1829' });
    expect(texts(t.head)).toEqual([['Station', 'Versts']]);
    expect(texts(t.body)).toEqual([['Brod', '24'], ['Kamyshi', '22']]);
    expect(t.body[1].cells[1].children[0].type).toBe('emphasis');
    expect(t.head[0].cells.map((c) => [c.scope, c.align])).toEqual([['col', 'left'], ['col', 'right']]);
    expect(t.body[0].cells[0].position).toEqual({ file: 'a.md', line: 15, column: 1 });
  });

  it('reads the HTML subset: several header rows, spans, scopes, row alignment, a blank line inside, tfoot, Markdown in cells', () => {
    const { tables, reports, blocks } = convert(`Table: Horses by year {#tbl:horses}\n\n${merged}\n\n:::table-notes\nSource: the registers.\n\nBorrowed horses included.\n:::\n\nAfter.\n`);
    expect(reports).toEqual([]);
    expect(blocks.map((b) => b.type)).toEqual(['table', 'paragraph']);
    const [t] = tables;
    expect(t.columns).toBe(3);
    expect(texts(t.head)).toEqual([['Year', 'Horses'], ['prescribed', 'kept']]);
    expect(spans(t.head)).toEqual([['th:col:1x2', 'th:colgroup:2x1'], ['th:col:1x1', 'th:col:1x1']]);
    expect(texts(t.body)).toEqual([['1812', '6', '5'], ['1813', 'lost']]);
    expect(spans(t.body)).toEqual([['td:1x1', 'td:1x1', 'td:1x1'], ['th:row:1x1', 'td:2x1']]);
    expect(t.body[0].cells.map((c) => c.align)).toEqual(['right', 'right', 'right']);
    expect(t.body[1].cells[1].align).toBe('center');
    expect(t.body[0].cells[2].children[0].type).toBe('emphasis');
    expect(texts(t.foot)).toEqual([['Mean', '6', '5']]);
    expect(t.notes.map((n) => plainText(n.children))).toEqual(['Source: the registers.', 'Borrowed horses included.']);
    // Positions of cells read from the HTML point into the file: `*5*` is on line 19 of the file.
    expect(t.body[0].cells[2].children[0]).toMatchObject({ position: { line: 19, column: 46 } });
  });

  it('numbers tables in document order, inside sections too, and keeps citations and footnote calls in cells', () => {
    const { blocks, reports } = convert('| a |\n|---|\n| [@x, p. 2] |\n\nTable: One {#tbl:one}\n\n## Part\n\nTable: Two {#tbl:two}\n\n<table><tr><td>b[^1]</td></tr></table>\n\n[^1]: A note.\n');
    expect(reports).toEqual([]);
    const all: Table[] = [];
    const walk = (list: Block[]) => list.forEach((b) => (b.type === 'table' ? all.push(b) : b.type === 'section' && walk(b.children)));
    walk(blocks);
    expect(all.map((t) => [t.id, t.number, t.label])).toEqual([['tbl1', 1, 'tbl:one'], ['tbl2', 2, 'tbl:two']]);
    expect(all[0].body[0].cells[0].children[0]).toMatchObject({ type: 'citation', items: [{ key: 'x', locator: '2' }] });
    expect(all[1].body[0].cells[0].children.map((c) => c.type)).toEqual(['text', 'footnoteRef']);
  });

  // [source, rule, line, column, message fragment]
  const mistakes: [string, string, string, number, number, string][] = [
    ['a row with a cell too many', '| a | b |\n|---|---|\n| 1 | 2 | 3 |\n\nTable: T {#tbl:t}\n', 'table-ragged-row', 13, 1, 'Unexpected 3 columns in row 2, expected 2'],
    ['a row with a cell too few', '| a | b |\n|---|---|\n| 1 |\n\nTable: T {#tbl:t}\n', 'table-ragged-row', 13, 1, 'Unexpected 1 column in row 2, expected 2'],
    ['a colspan over a rowspan', 'Table: T\n\n<table>\n<tr><td>a</td><td rowspan="2">b</td><td>c</td></tr>\n<tr><td colspan="2">d</td><td>e</td></tr>\n</table>\n', 'table-span-overlap', 15, 5, 'Unexpected colspan="2" covering column 2 of row 2'],
    ['a rowspan past its group', 'Table: T\n\n<table>\n<tbody>\n<tr><td rowspan="3">a</td><td>b</td></tr>\n<tr><td>c</td></tr>\n</tbody>\n</table>\n', 'table-span-overrun', 15, 5, 'Unexpected rowspan="3" running past the last row of its tbody'],
    ['a span that is not a number', 'Table: T\n\n<table><tr><td colspan="two">a</td></tr></table>\n', 'table-span-overrun', 13, 12, 'Unexpected colspan="two", expected a whole number'],
    ['an unknown tag in a cell', 'Table: T\n\n<table><tr><td><b>a</b></td></tr></table>\n', 'table-html-unsupported', 13, 16, 'Unexpected `<b>` in a table, expected text with inline Markdown'],
    ['an unknown attribute', 'Table: T\n\n<table>\n<tr><td style="color: red">a</td></tr>\n</table>\n', 'table-html-unsupported', 14, 9, 'Unexpected attribute `style` on `<td>`, expected colspan, rowspan, align'],
    ['an unknown tag between rows', 'Table: T\n\n<table>\n<caption>x</caption>\n<tr><td>a</td></tr>\n</table>\n', 'table-html-unsupported', 14, 1, 'Unexpected `<caption>` in a table, expected table, thead'],
    ['text between cells', 'Table: T\n\n<table>\n<tr>stray<td>a</td></tr>\n</table>\n', 'table-html-malformed', 14, 5, 'Unexpected text `stray` between table tags'],
    ['a table never closed', 'Table: T\n\n<table>\n<tr><td>a</td></tr>\n', 'table-html-malformed', 13, 1, 'expected `</table>`'],
    ['a list in a cell', 'Table: T\n\n<table><tr><td>- a\n- b</td></tr></table>\n', 'table-cell-content', 13, 16, 'in a table cell, expected one line of inline text'],
    ['a caption with no table', 'Text.\n\nTable: Lonely {#tbl:x}\n\nMore text.\n', 'table-caption-orphan', 13, 1, 'Unexpected caption line `Table: …` with no table'],
    ['a table without a caption', '| a |\n|---|\n| 1 |\n', 'table-caption', 11, 1, 'Unexpected table without a caption'],
    ['a label of the wrong kind', '| a |\n|---|\n| 1 |\n\nTable: T {#fig:x}\n', 'table-label', 15, 10, 'Unexpected `{#fig:x}` after a table caption'],
    ['a label used twice', '| a |\n|---|\n| 1 |\n\nTable: A {#tbl:x}\n\n| b |\n|---|\n| 2 |\n\nTable: B {#tbl:x}\n', 'table-label-duplicate', 21, 10, 'Unexpected second table labelled `#tbl:x` (first at line 15)'],
    ['notes with no table', 'Text.\n\n:::table-notes\nA note.\n:::\n', 'table-notes-orphan', 13, 1, 'Unexpected `:::table-notes` with no table before it'],
    ['a list in the notes', '| a |\n|---|\n| 1 |\n\nTable: T {#tbl:t}\n\n:::table-notes\n- a\n:::\n', 'table-notes-orphan', 18, 1, 'Unexpected list in `:::table-notes`'],
  ];

  it.each(mistakes)('reports %s at its place', (_name, source, rule, line, column, fragment) => {
    const { reports } = convert(source);
    const found = reports.filter((r) => r[0] === rule);
    expect(found.map((r) => [r[0], r[2], r[3]])).toEqual([[rule, line, column]]);
    expect(found[0][1]).toContain(fragment);
    expect(found[0][1]).toMatch(/^Unexpected .*, expected /);
  });

  it('never passes a refused tag or attribute through to the model', () => {
    const { tables } = convert('Table: T\n\n<table><tr><td style="x"><b>bold</b> <script>x</script></td></tr></table>\n');
    expect(JSON.stringify(tables[0])).not.toMatch(/<b>|script|style/);
    expect(plainText(tables[0].body[0].cells[0].children)).toBe('bold x');
  });

  it('refuses a table in an abstract', () => {
    const reports: string[] = [];
    const md = createMarkdownConverter({ dir, report: (rule, message) => reports.push(`${rule}: ${message}`) });
    expect(md.blocks('| a |\n|---|\n| 1 |\n\nTable: T\n', origin)).toEqual([]);
    expect(reports).toEqual(['body-unsupported-node: Unexpected table in front-matter text, expected tables only in the body']);
  });
});
