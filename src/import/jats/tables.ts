// table-wrap → a caption line, a pipe table (one header row, no spans, one
// alignment per column) or Galley's HTML subset, and `:::table-notes` for
// table-wrap-foot. What the XHTML model has beyond that is reported.
import type { XmlEl } from '../xml-tree.js';
import { childElements, childNamed, descendants, textOf } from '../xml-tree.js';
import { notKept } from './context.js';
import { escapeLineStart, escapeMarkdown, labelFor, squash, type BodyState } from './body-state.js';
import { container, blockChildren } from './blocks.js';
import { captionMarkdown, figure } from './figures.js';
import { inlineMarkdown } from './inline.js';

interface Cell {
  header: boolean;
  md: string;
  colspan: number;
  rowspan: number;
  align?: string;
}
interface Row {
  group: 'thead' | 'tbody' | 'tfoot';
  align?: string;
  cells: Cell[];
}

export function tableWrap(el: XmlEl, state: BodyState): string[] {
  const table = descendants(el, (e) => e.name === 'table')[0];
  if (!table) {
    // A table given only as an image is a figure in Galley.
    state.ctx.report.decisions.push({ at: el.xpath, what: 'a table given only as an image became a figure', why: 'Galley typesets tables from their text' });
    return [figure(el, state)];
  }
  for (const alt of descendants(el, (e) => e.name === 'alternatives')) for (const c of childElements(alt)) if (c.name !== 'table') notKept(state.ctx, c, 'an alternative form of the table (an image); the table is kept', c.attrs['xlink:href'] ?? '');
  for (const c of childElements(el)) if (!['caption', 'label', 'table', 'alternatives', 'table-wrap-foot'].includes(c.name)) notKept(state.ctx, c, `no Galley form for ${c.name} in a table`, squash(textOf(c)).slice(0, 200));
  const rows = readRows(table, state);
  const label = labelFor(el, state);
  const caption = captionMarkdown(el, state);
  const out: string[] = [];
  if (caption || label) out.push(`Table: ${caption}${label ? ` {#${label}}` : ''}`);
  out.push(pipeTable(rows) ?? htmlTable(rows));
  const foot = childNamed(el, 'table-wrap-foot');
  if (foot) {
    const notes = childElements(foot).flatMap((c) => {
      if (c.name === 'fn') {
        const label = childNamed(c, 'label');
        const blocks = blockChildren(c, state, 2, new Set(['label']));
        const lead = label ? `${escapeMarkdown(squash(textOf(label)).trim())} ` : '';
        return blocks.length ? [`${lead}${blocks.join(' ')}`] : [];
      }
      if (c.name === 'fn-group') return childElements(c).filter((f) => f.name === 'fn').map((f) => blockChildren(f, state, 2, new Set(['label'])).join(' '));
      if (c.name === 'attrib' || c.name === 'p' || c.name === 'title') return [inlineMarkdown(c.children, state).trim()];
      return blockChildren(c, state);
    });
    if (notes.filter(Boolean).length) out.push(container('table-notes', '', notes.filter(Boolean).map((n) => escapeLineStart(n.replace(/\n+/g, ' ')))));
  }
  return out;
}

function readRows(table: XmlEl, state: BodyState): Row[] {
  const rows: Row[] = [];
  const walk = (el: XmlEl, group: Row['group']) => {
    for (const c of childElements(el)) {
      if (c.name === 'thead' || c.name === 'tbody' || c.name === 'tfoot') walk(c, c.name);
      else if (c.name === 'tr') rows.push(readRow(c, group, state));
      else if (c.name === 'col' || c.name === 'colgroup') continue; // widths come from the content (docs/source-format.md, Tables in the corpus)
    }
  };
  walk(table, 'tbody');
  // The source writes head, body, foot in this order.
  const order = { thead: 0, tbody: 1, tfoot: 2 };
  return rows.map((r, i) => ({ r, i })).sort((a, b) => order[a.r.group] - order[b.r.group] || a.i - b.i).map((x) => x.r);
}

function readRow(tr: XmlEl, group: Row['group'], state: BodyState): Row {
  const cells = childElements(tr).filter((c) => c.name === 'td' || c.name === 'th').map((c) => {
    const md = escapeLineStart(cellMarkdown(c, state).replace(/\n+/g, ' ').trim());
    return { header: c.name === 'th', md, colspan: Number(c.attrs.colspan ?? 1) || 1, rowspan: Number(c.attrs.rowspan ?? 1) || 1, align: validAlign(c.attrs.align) };
  });
  return { group, cells, align: validAlign(tr.attrs.align) };
}

/** A cell is one line of inline text: paragraphs and list items are joined (reported when a list is flattened). */
function cellMarkdown(cell: XmlEl, state: BodyState): string {
  if (!childElements(cell).some((c) => c.name === 'p' || c.name === 'list' || c.name === 'def-list' || c.name === 'disp-quote')) return inlineMarkdown(cell.children, state);
  const parts: string[] = [];
  for (const c of cell.children) {
    if (c.kind === 'element' && c.name === 'list') {
      state.ctx.report.decisions.push({ at: c.xpath, what: 'a list in a table cell became its items separated by semicolons', why: 'a Galley table cell holds one line of text' });
      parts.push(descendants(c, (e) => e.name === 'list-item').map((i) => inlineMarkdown(i.children.flatMap((x) => (x.kind === 'element' && x.name === 'p' ? x.children : [x])), state).trim()).join('; '));
    } else if (c.kind === 'element' && (c.name === 'p' || c.name === 'disp-quote' || c.name === 'def-list')) parts.push(inlineMarkdown(c.name === 'p' ? c.children : [c], state).trim());
    else parts.push(inlineMarkdown([c], state));
  }
  return parts.join(' ');
}

const validAlign = (a: string | undefined) => (a === 'left' || a === 'center' || a === 'right' ? a : undefined);

/** A pipe table when the grid allows one: one head row, no spans, no foot, one alignment per column. */
function pipeTable(rows: Row[]): string | undefined {
  const head = rows.filter((r) => r.group === 'thead');
  const body = rows.filter((r) => r.group === 'tbody');
  if (head.length !== 1 || rows.some((r) => r.group === 'tfoot') || !body.length) return undefined;
  if (rows.some((r) => r.cells.some((c) => c.colspan > 1 || c.rowspan > 1 || (c.header && r.group !== 'thead')))) return undefined;
  const width = head[0].cells.length;
  if (rows.some((r) => r.cells.length !== width) || rows.some((r) => r.align)) return undefined;
  const aligns: (string | undefined)[] = [];
  for (let i = 0; i < width; i++) {
    const seen = new Set(rows.map((r) => r.cells[i].align));
    if (seen.size > 1) return undefined;
    aligns.push([...seen][0]);
  }
  const line = (cells: Cell[]) => `| ${cells.map((c) => c.md || ' ').join(' | ')} |`;
  const delimiter = `|${aligns.map((a) => (a === 'left' ? ':--' : a === 'right' ? '--:' : a === 'center' ? ':-:' : '---')).join('|')}|`;
  return [line(head[0].cells), delimiter, ...body.map((r) => line(r.cells))].join('\n');
}

function htmlTable(rows: Row[]): string {
  const out = ['<table>'];
  for (const group of ['thead', 'tbody', 'tfoot'] as const) {
    const list = rows.filter((r) => r.group === group);
    if (!list.length) continue;
    out.push(`<${group}>`);
    for (const r of list) {
      const cells = r.cells.map((c) => {
        const tag = c.header ? 'th' : 'td';
        const attrs = `${c.colspan > 1 ? ` colspan="${c.colspan}"` : ''}${c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ''}${c.align ? ` align="${c.align}"` : ''}`;
        return `<${tag}${attrs}>${c.md}</${tag}>`;
      });
      out.push(`<tr${r.align ? ` align="${r.align}"` : ''}>${cells.join('')}</tr>`);
    }
    out.push(`</${group}>`);
  }
  out.push('</table>');
  // A paragraph (and so an HTML block) has at most 20,000 characters: long tables breathe between rows.
  return out.join(out.join('\n').length > 15_000 ? '\n\n' : '\n');
}
