// Block content of a part: paragraphs (style, outline level, list, indentation)
// and tables (grid spans and vertical merges turned into colSpan/rowSpan).
// A paragraph whose mark is removed by the tracked changes joins the next one.
import { textOf, type XmlEl } from '../xml-tree.js';
import type { DocxBlock, DocxCell, DocxParagraph, DocxTable } from './model.js';
import { omit, type ReadContext } from './read-context.js';
import { readInline, styleOutline } from './read-inline.js';
import { isOrdered } from './read-numbering.js';
import { inherited, readIndent } from './read-styles.js';
import { attr, child, children, intAttr, toggle } from './ooxml.js';

/** Read the block children of `el` (w:body, w:tc, w:footnote …). */
export function readBlocks(el: XmlEl, ctx: ReadContext, opts: { inCell?: boolean } = {}): DocxBlock[] {
  const out: DocxBlock[] = [];
  let joinNext: DocxParagraph | undefined;
  const walk = (parent: XmlEl) => {
    for (const c of parent.children) {
      if (c.kind !== 'element') continue;
      if (c.local === 'p') {
        const p = readParagraph(c, ctx);
        if (joinNext) {
          p.paragraph.runs = [...joinNext.runs, ...p.paragraph.runs];
          joinNext = undefined;
        }
        if (p.markRemoved) {
          joinNext = p.paragraph;
          continue;
        }
        out.push(p.paragraph);
      } else if (c.local === 'tbl') {
        if (opts.inCell) {
          omit(ctx, 'w:tbl', textOf(c), 'Unexpected table inside a table cell, expected text; the inner table is not carried over', c.line);
          continue;
        }
        out.push(readTable(c, ctx));
      } else if (c.local === 'sdt') walk(child(c, 'sdtContent') ?? c);
      else if (c.local === 'customXml' || c.local === 'ins' || c.local === 'moveTo') walk(c);
      else if (!['sectPr', 'bookmarkStart', 'bookmarkEnd', 'proofErr', 'tcPr', 'trPr', 'moveToRangeStart', 'moveToRangeEnd', 'moveFromRangeStart', 'moveFromRangeEnd', 'commentRangeStart', 'commentRangeEnd', 'permStart', 'permEnd'].includes(c.local)) {
        omit(ctx, c.name, textOf(c), `Unexpected ${c.name} between paragraphs, expected paragraphs and tables`, c.line);
      }
    }
  };
  walk(el);
  if (joinNext) out.push(joinNext);
  return out;
}

function readParagraph(p: XmlEl, ctx: ReadContext): { paragraph: DocxParagraph; markRemoved: boolean } {
  ctx.paragraphCount += 1;
  ctx.at = `${ctx.atPrefix}${ctx.paragraphCount}`;
  let pPr = child(p, 'pPr');
  const pChange = child(pPr, 'pPrChange');
  if (pChange) {
    ctx.changes.push({ kind: 'formatting', element: pChange.name, author: attr(pChange, 'author'), date: attr(pChange, 'date'), text: '', at: ctx.at, line: pChange.line });
    if (ctx.mode === 'reject') pPr = child(pChange, 'pPr') ?? pPr;
  }
  const markRemoved = paragraphMark(child(child(p, 'pPr'), 'rPr'), ctx);
  const styleId = attr(child(pPr, 'pStyle'), 'val') ?? ctx.styles.defaultParagraph;
  const style = styleId ? ctx.styles.byId.get(styleId) : undefined;
  const paragraph: DocxParagraph = { kind: 'paragraph', index: ctx.paragraphCount, runs: [], line: p.line };
  if (styleId) paragraph.styleId = styleId;
  if (style) paragraph.styleName = style.name;
  const outline = intAttr(child(pPr, 'outlineLvl'), 'val') ?? styleOutline(ctx, styleId);
  if (outline !== undefined && outline < 9) paragraph.outlineLevel = outline;
  const jc = attr(child(pPr, 'jc'), 'val');
  if (jc) paragraph.alignment = jc === 'start' ? 'left' : jc === 'end' ? 'right' : jc === 'both' || jc === 'distribute' ? 'both' : jc === 'center' ? 'center' : 'left';
  const numPr = child(pPr, 'numPr');
  const numId = attr(child(numPr, 'numId'), 'val') ?? inherited(ctx.styles, styleId, (s) => s.numbering?.numId);
  const level = intAttr(child(numPr, 'ilvl'), 'val') ?? inherited(ctx.styles, styleId, (s) => s.numbering?.level) ?? 0;
  if (numId && numId !== '0') {
    const fmt = ctx.numbering(numId, level);
    paragraph.list = { numId, level, ordered: fmt ? isOrdered(fmt.format) : false };
  }
  const indent = readIndent(pPr) ?? inherited(ctx.styles, styleId, (s) => s.indent);
  if (indent && (indent.left || indent.firstLine || indent.hanging)) paragraph.indent = indent;
  const previous = ctx.current;
  ctx.current = paragraph;
  readInline(p, ctx, paragraph.runs);
  ctx.current = previous;
  // A comment anchored across paragraphs: its quoted text keeps them apart.
  for (const id of ctx.openComments) {
    const c = ctx.comments.get(id);
    if (c?.anchoredText) c.anchoredText += ' ';
  }
  return { paragraph, markRemoved };
}

/** A tracked insertion or deletion of the paragraph mark (w:pPr/w:rPr/w:ins|w:del): true when the paragraph joins the next. */
function paragraphMark(rPr: XmlEl | undefined, ctx: ReadContext): boolean {
  const formatting = child(rPr, 'rPrChange');
  if (formatting) ctx.changes.push({ kind: 'formatting', element: `${formatting.name} (paragraph mark)`, author: attr(formatting, 'author'), date: attr(formatting, 'date'), text: '', at: ctx.at, line: formatting.line });
  for (const local of ['ins', 'del'] as const) {
    const el = child(rPr, local);
    if (!el) continue;
    ctx.changes.push({ kind: local === 'ins' ? 'insertion' : 'deletion', element: `${el.name} (paragraph mark)`, author: attr(el, 'author'), date: attr(el, 'date'), text: '¶', at: ctx.at, line: el.line });
    if ((local === 'del' && ctx.mode === 'accept') || (local === 'ins' && ctx.mode === 'reject')) return true;
  }
  return false;
}

function readTable(tbl: XmlEl, ctx: ReadContext): DocxTable {
  ctx.tableCount += 1;
  const table: DocxTable = { kind: 'table', index: ctx.tableCount, rows: [] };
  const look = child(child(tbl, 'tblPr'), 'tblLook');
  // Word marks a styled header row through tblLook (firstRow="1", or bit 0x0020 of val).
  const firstRowHeader = attr(look, 'firstRow') === '1' || ((Number.parseInt(attr(look, 'val') ?? '0', 16) & 0x20) !== 0 && attr(look, 'firstRow') === undefined);
  /** Per grid column, the cell a vertical merge continues. */
  const above = new Map<number, DocxCell>();
  const rows = children(tbl, 'tr').flatMap((tr) => (rowRemoved(tr, ctx) ? [] : [tr]));
  rows.forEach((tr, r) => {
    const trPr = child(tr, 'trPr');
    const header = toggle(trPr, 'tblHeader') === true || (r === 0 && firstRowHeader);
    let col = intAttr(child(trPr, 'gridBefore'), 'val') ?? 0;
    const cells: DocxCell[] = [];
    for (const tc of cellsOf(tr)) {
      const tcPr = child(tc, 'tcPr');
      const span = intAttr(child(tcPr, 'gridSpan'), 'val') ?? 1;
      const vMerge = child(tcPr, 'vMerge');
      const cont = vMerge && (attr(vMerge, 'val') ?? 'continue') === 'continue';
      if (cont && above.has(col)) {
        above.get(col)!.rowSpan += 1;
        readBlocks(tc, ctx, { inCell: true }); // counted for paragraph numbers; a continued cell holds no text of its own
      } else {
        const blocks = readBlocks(tc, ctx, { inCell: true });
        const cell: DocxCell = { paragraphs: blocks.filter((b): b is DocxParagraph => b.kind === 'paragraph'), colSpan: span, rowSpan: 1, header };
        cells.push(cell);
        if (vMerge) above.set(col, cell);
        else above.delete(col);
      }
      col += span;
    }
    table.rows.push(cells);
  });
  return table;
}

/** Cells of a row, content controls and custom XML unwrapped. */
function cellsOf(tr: XmlEl): XmlEl[] {
  const out: XmlEl[] = [];
  for (const c of tr.children) {
    if (c.kind !== 'element') continue;
    if (c.local === 'tc') out.push(c);
    else if (c.local === 'sdt') out.push(...cellsOf(child(c, 'sdtContent') ?? c));
    else if (c.local === 'customXml') out.push(...cellsOf(c));
  }
  return out;
}

/** A row inserted or deleted as a tracked change: reported, and dropped when the change says so. */
function rowRemoved(tr: XmlEl, ctx: ReadContext): boolean {
  const trPr = child(tr, 'trPr');
  for (const local of ['ins', 'del'] as const) {
    const el = child(trPr, local);
    if (!el) continue;
    ctx.changes.push({ kind: local === 'ins' ? 'insertion' : 'deletion', element: `${el.name} (table row)`, author: attr(el, 'author'), date: attr(el, 'date'), text: textOf(tr), at: `table ${ctx.tableCount}`, line: el.line });
    if ((local === 'del' && ctx.mode === 'accept') || (local === 'ins' && ctx.mode === 'reject')) return true;
  }
  return false;
}
