// A table in the body: a GFM pipe table or the HTML subset (tables-html.ts),
// with its caption line `Table: … {#tbl:name}` right before or after it and an
// optional `:::table-notes` block after both. The three are separate mdast
// nodes, so they are taken together here, before the per-node handlers run.
import type { ContainerDirective } from 'mdast-util-directive';
import type { Paragraph as MdParagraph, RootContent, Table as MdTable } from 'mdast';
import type { Block, Inline, Table, TableNote, TableRow } from '../../model/types.js';
import type { ConvertContext } from './context.js';
import { positionOf } from './context.js';
import { convertInlines } from './inline.js';
import { checkGrid, scopeOf, type RowGroups } from './tables-grid.js';
import { readHtmlTable, startsHtmlTable } from './tables-html.js';

const captionStart = /^Table:(\s|$)/;
const labelAtEnd = /\s*\{([^{}]*)\}\s*$/;
const labelForm = /^#tbl:[\p{L}\p{N}_-]+$/u;

const isCaption = (node: RootContent | undefined): node is MdParagraph =>
  node?.type === 'paragraph' && node.children[0]?.type === 'text' && captionStart.test(node.children[0].value);
const isTableNode = (node: RootContent | undefined): boolean =>
  node?.type === 'table' || (node?.type === 'html' && startsHtmlTable(node.value));
const isNotes = (node: RootContent | undefined): node is ContainerDirective => node?.type === 'containerDirective' && node.name === 'table-notes';

/**
 * When nodes[i] starts a table (its caption line, the table itself) or is a
 * caption or notes block standing alone, converts it: the blocks and how many
 * nodes it used. Anything else: undefined.
 */
export function takeTable(nodes: RootContent[], i: number, ctx: ConvertContext): { blocks: Block[]; taken: number } | undefined {
  const node = nodes[i];
  if (isNotes(node)) {
    ctx.report('table-notes-orphan', 'Unexpected `:::table-notes` with no table before it, expected it right after a table (or after the table\'s caption line)', positionOf(ctx, node));
    return { blocks: [], taken: 1 };
  }
  let at = i;
  let caption: MdParagraph | undefined;
  if (isCaption(node)) {
    if (!isTableNode(nodes[i + 1])) {
      // A caption after a table was taken with it; here none is near.
      ctx.report('table-caption-orphan', 'Unexpected caption line `Table: …` with no table right before or after it, expected a pipe table or `<table>` next to it (blank lines only between them)', positionOf(ctx, node));
      return { blocks: [{ type: 'paragraph', children: convertInlines(node.children, ctx), position: positionOf(ctx, node) }], taken: 1 };
    }
    caption = node;
    at = i + 1;
  } else if (!isTableNode(node)) return undefined;

  const tableNode = nodes[at];
  const number = ++ctx.counters.table;
  const position = positionOf(ctx, caption ?? tableNode);
  let groups: RowGroups;
  let next = at + 1;
  if (tableNode.type === 'table') groups = pipeRows(tableNode, ctx);
  else {
    const html = readHtmlTable(tableNode.position?.start.offset ?? 0, ctx);
    groups = html.groups;
    // Blank lines end CommonMark HTML blocks: the table's later pieces are separate nodes.
    while (next < nodes.length && (nodes[next].position?.start.offset ?? Infinity) < html.end) next++;
  }
  if (!caption && isCaption(nodes[next])) caption = nodes[next++] as MdParagraph;
  const notes: TableNote[] = [];
  if (isNotes(nodes[next])) notes.push(...tableNotes(nodes[next++] as ContainerDirective, ctx));

  const table: Table = {
    type: 'table',
    id: `tbl${number}`,
    number,
    caption: [],
    ...groups,
    notes,
    columns: checkGrid(groups, ctx, position),
    position,
  };
  if (caption) {
    const { inlines, label } = captionOf(caption, ctx);
    table.caption = inlines;
    if (label) table.label = label;
  } else ctx.report('table-caption', 'Unexpected table without a caption, expected a line `Table: Caption text {#tbl:name}` right before or after it', position);
  return { blocks: [table], taken: next - i };
}

/** GFM: the first row is the header; alignment comes from the delimiter row. */
function pipeRows(node: MdTable, ctx: ConvertContext): RowGroups {
  const rows: TableRow[] = node.children.map((row, r) => ({
    position: positionOf(ctx, row),
    cells: row.children.map((cell, c) => {
      const align = node.align?.[c] ?? undefined;
      return {
        header: r === 0,
        ...(r === 0 ? { scope: scopeOf({ colspan: 1, rowspan: 1 }, true) } : {}),
        colspan: 1,
        rowspan: 1,
        ...(align ? { align } : {}),
        children: convertInlines(cell.children, ctx),
        position: positionOf(ctx, cell),
      };
    }),
  }));
  return { head: rows.slice(0, 1), body: rows.slice(1), foot: [] };
}

/** `Table: Caption text {#tbl:name}` → the caption's inlines and the label. */
function captionOf(node: MdParagraph, ctx: ConvertContext): { inlines: Inline[]; label?: string } {
  // `{#tbl:name}` reaches us split (`:name` parses as a directive, kept as text): join the text runs first.
  const inlines = joinText(convertInlines(node.children, ctx));
  const first = inlines[0];
  if (first?.type === 'text') first.value = first.value.replace(captionStart, '').trimStart();
  const last = inlines[inlines.length - 1];
  let label: string | undefined;
  const m = last?.type === 'text' ? labelAtEnd.exec(last.value) : null;
  if (last?.type === 'text' && m) {
    const at = ctx.lines.at((node.position?.end.offset ?? 0) - m[0].trimStart().length);
    if (labelForm.test(m[1].trim())) {
      label = m[1].trim().slice(1);
      const seen = ctx.tableLabels.get(label);
      if (ctx.tableLabels.has(label))
        ctx.report('table-label-duplicate', `Unexpected second table labelled \`#${label}\`${seen ? ` (first at line ${seen.line})` : ''}, expected each label once`, at);
      else ctx.tableLabels.set(label, at);
    } else
      ctx.report('table-label', `Unexpected \`{${m[1]}}\` after a table caption, expected a label such as \`{#tbl:results}\` (\`tbl:\` then letters, digits, \`-\` or \`_\`)`, at);
    last.value = last.value.slice(0, m.index);
    if (!last.value) inlines.pop();
  }
  return { inlines, label };
}

function joinText(inlines: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const node of inlines) {
    const prev = out[out.length - 1];
    if (node.type === 'text' && prev?.type === 'text') prev.value += node.value;
    else out.push(node.type === 'text' ? { ...node } : node);
  }
  return out;
}

/** Each paragraph of `:::table-notes` is one note under the table. */
function tableNotes(node: ContainerDirective, ctx: ConvertContext): TableNote[] {
  const notes: TableNote[] = [];
  for (const child of node.children) {
    if (child.type === 'paragraph') notes.push({ children: convertInlines(child.children, ctx), position: positionOf(ctx, child) });
    else ctx.report('table-notes-orphan', `Unexpected ${child.type} in \`:::table-notes\`, expected one paragraph per note`, positionOf(ctx, child));
  }
  return notes;
}
