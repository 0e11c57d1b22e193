// Tables with merged cells, written as a small HTML subset an editor can diff:
// table, thead, tbody, tfoot, tr, th, td with colspan, rowspan and align. Cell
// text is inline Markdown. Anything else is reported at its place, never passed
// through. The table is read from the source text itself, so blank lines inside
// it (which end a CommonMark HTML block) do not cut it.
import type { CellAlign, Inline, TableCell, TableRow } from '../../model/types.js';
import { LineIndex } from '../text-positions.js';
import type { ConvertContext } from './context.js';
import { convertInlines } from './inline.js';
import { parseMarkdown } from './parse.js';
import { plainTextChildren } from './plain-text.js';
import { scopeOf, type RowGroups } from './tables-grid.js';

export interface HtmlTable {
  groups: RowGroups;
  /** Offset just past `</table>` in ctx.source (or the end of what was read). */
  end: number;
}

const allowedAttributes: Record<string, string[]> = {
  table: [],
  thead: [],
  tbody: [],
  tfoot: [],
  tr: ['align'],
  th: ['colspan', 'rowspan', 'align'],
  td: ['colspan', 'rowspan', 'align'],
};
const groupOf = { thead: 'head', tbody: 'body', tfoot: 'foot' } as const;
const tagPattern = /<!--[\s\S]*?-->|<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*(\/?)>/g;
const attributePattern = /([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;
const expectedTags = 'table, thead, tbody, tfoot, tr, th or td';

/** Does this raw HTML block start a table? */
export function startsHtmlTable(value: string): boolean {
  return /^\s*<table(\s|>)/i.test(value);
}

/** Reads the table that starts at `start` in ctx.source. */
export function readHtmlTable(start: number, ctx: ConvertContext): HtmlTable {
  const source = ctx.source;
  const close = /<\/table\s*>/gi;
  close.lastIndex = start;
  const found = close.exec(source);
  const end = found ? found.index + found[0].length : source.length;
  if (!found) ctx.report('table-html-malformed', 'Unexpected end of the text inside `<table>`, expected `</table>`', ctx.lines.at(start));

  const groups: RowGroups = { head: [], body: [], foot: [] };
  let group: keyof RowGroups | undefined;
  let row: TableRow | undefined;
  let cell: { cell: Omit<TableCell, 'children'>; from: number; blanks: [number, number][] } | undefined;
  let sawTable = false;
  /** `align` of the open row, the default of its cells. */
  let rowAlign: CellAlign | undefined;

  const closeCell = (at: number) => {
    if (!cell) return;
    const { cell: partial, from, blanks } = cell;
    row!.cells.push({ ...partial, children: cellInlines(from, at, blanks, ctx) });
    cell = undefined;
  };
  const closeRow = (at: number) => {
    closeCell(at);
    row = undefined;
  };
  const openRow = (at: number, attrs: Record<string, string>) => {
    closeRow(at);
    row = { cells: [], position: ctx.lines.at(at) };
    groups[group ?? 'body'].push(row);
    rowAlign = alignOf(attrs.align, at);
  };
  const alignOf = (value: string | undefined, at: number): CellAlign | undefined => {
    if (value === undefined) return undefined;
    const v = value.trim().toLowerCase();
    if (v === 'left' || v === 'center' || v === 'right') return v;
    ctx.report('table-html-unsupported', `Unexpected align="${value}", expected left, center or right`, ctx.lines.at(at));
    return undefined;
  };
  const spanOf = (name: string, value: string | undefined, at: number): number => {
    if (value === undefined) return 1;
    const n = /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
    if (Number.isInteger(n) && n >= 1 && n <= 1000) return n;
    ctx.report('table-span-overrun', `Unexpected ${name}="${value}", expected a whole number from 1 to 1000`, ctx.lines.at(at));
    return 1;
  };

  let cursor = start;
  tagPattern.lastIndex = start;
  for (let m = tagPattern.exec(source); m && m.index < end; m = tagPattern.exec(source)) {
    const at = m.index;
    if (!cell) checkText(cursor, at, ctx);
    cursor = at + m[0].length;
    if (m[0].startsWith('<!--')) {
      cell?.blanks.push([at, cursor]);
      continue;
    }
    const closing = m[1] === '/';
    const name = m[2].toLowerCase();
    if (!(name in allowedAttributes)) {
      // The opening tag was reported already.
      if (!closing) ctx.report('table-html-unsupported', `Unexpected \`<${closing ? '/' : ''}${m[2]}>\` in a table, expected ${cell ? 'text with inline Markdown (*italic*, **bold**) in a cell' : expectedTags}`, ctx.lines.at(at));
      cell?.blanks.push([at, cursor]);
      continue;
    }
    const attrs = closing ? {} : attributesOf(m[3], at + 1 + m[2].length, name, ctx);
    if (closing) {
      if (name === 'td' || name === 'th') {
        if (!cell) ctx.report('table-html-malformed', `Unexpected \`</${name}>\` with no open cell, expected \`<${name}>\` before it`, ctx.lines.at(at));
        closeCell(at);
      } else if (name === 'tr') {
        if (!row) ctx.report('table-html-malformed', 'Unexpected `</tr>` with no open row, expected `<tr>` before it', ctx.lines.at(at));
        closeRow(at);
      } else if (name in groupOf) {
        if (group !== groupOf[name as keyof typeof groupOf]) ctx.report('table-html-malformed', `Unexpected \`</${name}>\`, expected ${group ? `\`</${Object.keys(groupOf).find((k) => groupOf[k as keyof typeof groupOf] === group)}>\`` : 'it to close an open row group'}`, ctx.lines.at(at));
        closeRow(at);
        group = undefined;
      } else if (name === 'table') closeRow(at);
      continue;
    }
    if (name === 'table') {
      if (sawTable) ctx.report('table-html-unsupported', 'Unexpected `<table>` inside a table, expected one table at a time (nested tables are not supported)', ctx.lines.at(at));
      sawTable = true;
    } else if (name in groupOf) {
      closeRow(at);
      group = groupOf[name as keyof typeof groupOf];
    } else if (name === 'tr') openRow(at, attrs);
    else {
      if (!row) {
        ctx.report('table-html-malformed', `Unexpected \`<${name}>\` outside a row, expected it inside \`<tr>\``, ctx.lines.at(at));
        openRow(at, {});
      }
      closeCell(at);
      const header = name === 'th';
      const colspan = spanOf('colspan', attrs.colspan, at);
      const rowspan = spanOf('rowspan', attrs.rowspan, at);
      const align = alignOf(attrs.align, at) ?? rowAlign;
      const partial: Omit<TableCell, 'children'> = { header, colspan, rowspan, position: ctx.lines.at(at) };
      if (header) partial.scope = scopeOf({ colspan, rowspan }, group === 'head');
      if (align) partial.align = align;
      cell = { cell: partial, from: cursor, blanks: [] };
    }
  }
  const last = found ? found.index : end;
  if (cell) {
    ctx.report('table-html-malformed', 'Unexpected end of the table inside a cell, expected `</td>` or `</th>`', cell.cell.position);
    closeCell(last);
  }
  closeRow(last);
  return { groups, end };
}

function attributesOf(text: string, base: number, tag: string, ctx: ConvertContext): Record<string, string> {
  const out: Record<string, string> = {};
  const allowed = allowedAttributes[tag];
  attributePattern.lastIndex = 0;
  for (let m = attributePattern.exec(text); m; m = attributePattern.exec(text)) {
    const name = m[1].toLowerCase();
    if (!allowed.includes(name)) {
      ctx.report('table-html-unsupported', `Unexpected attribute \`${m[1]}\` on \`<${tag}>\`, expected ${allowed.length ? allowed.join(', ') : 'no attributes'}`, ctx.lines.at(base + m.index));
      continue;
    }
    out[name] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return out;
}

/** Text between tags outside cells is lost in every table model. */
function checkText(from: number, to: number, ctx: ConvertContext): void {
  const text = ctx.source.slice(from, to);
  const lead = text.search(/\S/);
  if (lead >= 0) ctx.report('table-html-malformed', `Unexpected text \`${text.trim().slice(0, 30)}\` between table tags, expected it inside a \`<td>\` or \`<th>\``, ctx.lines.at(from + lead));
}

/**
 * A cell's text as inline Markdown, parsed on its own with positions kept: refused
 * tags and comments are blanked out (same length, so offsets hold), and the
 * article's footnote labels are appended so `[^1]` in a cell is still a call.
 */
function cellInlines(from: number, to: number, blanks: [number, number][], ctx: ConvertContext): Inline[] {
  let text = ctx.source.slice(from, to);
  for (const [a, b] of blanks) if (a >= from && b <= to) text = text.slice(0, a - from) + ' '.repeat(b - a) + text.slice(b - from);
  const lead = text.search(/\S/);
  if (lead < 0) return [];
  const body = text.slice(lead).trimEnd();
  const start = ctx.lines.at(from + lead);
  const origin = { file: start.file, lineOffset: start.line - 1, columnOffset: ctx.lines.point(2, 1).column - 1, firstLineColumnOffset: start.column - 1 };
  const sub: ConvertContext = { ...ctx, source: body, lines: new LineIndex(body, origin) };
  const plain = plainTextChildren(body);
  if (plain) return collapseSpaces(convertInlines(plain, sub));
  const labels = [...new Set([...ctx.source.matchAll(/^ {0,3}\[\^([^\]\s]+)\]:/gm)].map((m) => m[1]))];
  const definitions = labels.map((label) => `[^${label}]: -`).join('\n\n');
  const root = parseMarkdown(definitions ? `${body}\n\n${definitions}` : body);
  const content = root.children.filter((node) => node.type !== 'footnoteDefinition');
  if (content.length !== 1 || content[0].type !== 'paragraph') {
    ctx.report('table-cell-content', `Unexpected ${content.length > 1 ? 'several blocks' : `\`${content[0]?.type}\``} in a table cell, expected one line of inline text`, start);
    return collapseSpaces(content.flatMap((node) => (node.type === 'paragraph' ? convertInlines(node.children, sub) : [])));
  }
  return collapseSpaces(convertInlines(content[0].children, sub));
}

/** Line breaks and blanked tags inside a cell are one space, as HTML shows them. */
function collapseSpaces(nodes: Inline[]): Inline[] {
  return nodes.map((node) => {
    if (node.type === 'text') return { ...node, value: node.value.replace(/\s+/g, ' ') };
    if (node.type === 'emphasis' || node.type === 'strong' || node.type === 'link') return { ...node, children: collapseSpaces(node.children) };
    return node;
  });
}
