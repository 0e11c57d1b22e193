// The content of one paragraph: runs and what wraps them (hyperlinks, tracked
// insertions and deletions, content controls, fields, equations, drawings).
// Everything that is not text the body can use is either turned into a run
// (a note reference, an image, MathML) or set aside with a reason.
import { descendants, textOf, type XmlEl } from '../xml-tree.js';
import type { DocxChange, DocxRun } from './model.js';
import { emit, omit, type ReadContext } from './read-context.js';
import { drawing, vml } from './read-pictures.js';
import { fieldKind, parseCitationField } from './read-fields.js';
import { inherited, runFormat, styleChain, type RunFormat } from './read-styles.js';
import { ommlToMathml } from './omml.js';
import { attr, child } from './ooxml.js';

interface Wrap {
  href?: string;
  /** Inside a deletion kept because the changes are rejected: w:delText is the text. */
  deleted?: boolean;
}

const ignored = new Set([
  'pPr', 'bookmarkStart', 'bookmarkEnd', 'proofErr', 'permStart', 'permEnd', 'lastRenderedPageBreak',
  'moveFromRangeStart', 'moveFromRangeEnd', 'moveToRangeStart', 'moveToRangeEnd', 'customXmlInsRangeStart', 'customXmlInsRangeEnd',
  'customXmlDelRangeStart', 'customXmlDelRangeEnd', 'sdtPr', 'sdtEndPr', 'rPr', 'noProof',
]);

/** Read the inline content of `el` (a w:p or anything inside one) into runs. */
export function readInline(el: XmlEl, ctx: ReadContext, out: DocxRun[], wrap: Wrap = {}): void {
  for (const c of el.children) {
    if (c.kind !== 'element') continue;
    switch (c.local) {
      case 'r':
        readRun(c, ctx, out, wrap);
        break;
      case 'hyperlink': {
        const id = attr(c, 'id');
        const rel = id ? ctx.rels.get(id) : undefined;
        const href = rel?.external ? rel.target : undefined;
        if (id && !rel) omit(ctx, 'w:hyperlink', textOf(c), `Unexpected hyperlink to relationship ${id}, expected a relationship of the part; the text is kept`, c.line);
        readInline(c, ctx, out, { ...wrap, ...(href ? { href } : {}) });
        break;
      }
      case 'ins':
      case 'moveTo':
        tracked(c, ctx, c.local === 'ins' ? 'insertion' : 'move-to');
        if (ctx.mode === 'accept') readInline(c, ctx, out, wrap);
        break;
      case 'del':
      case 'moveFrom':
        tracked(c, ctx, c.local === 'del' ? 'deletion' : 'move-from');
        if (ctx.mode === 'reject') readInline(c, ctx, out, { ...wrap, deleted: true });
        break;
      case 'smartTag':
      case 'customXml':
      case 'dir':
      case 'bdo':
        readInline(c, ctx, out, wrap);
        break;
      case 'sdt':
        readInline(child(c, 'sdtContent') ?? c, ctx, out, wrap);
        break;
      case 'fldSimple': {
        const instruction = attr(c, 'instr') ?? '';
        ctx.fields.push({ instruction, phase: 'result', kind: fieldKind(instruction), at: ctx.at, ...(capturing(fieldKind(instruction)) ? { captured: [] } : {}) });
        readInline(c, ctx, out, wrap);
        endField(ctx, out, c.line);
        break;
      }
      case 'oMath':
      case 'oMathPara': {
        const math = ommlToMathml(c);
        if (typeof math === 'string') emit(ctx, out, { text: '', mathml: math });
        else omit(ctx, c.name, textOf(c), `Unexpected equation omml2mathml cannot convert (${math.problem}), expected Office Math`, c.line);
        break;
      }
      case 'commentRangeStart': {
        const id = attr(c, 'id') ?? '';
        const comment = ctx.comments.get(id);
        if (comment) {
          comment.at ??= ctx.at;
          ctx.openComments.add(id);
        }
        break;
      }
      case 'commentRangeEnd':
        ctx.openComments.delete(attr(c, 'id') ?? '');
        break;
      default:
        if (ignored.has(c.local)) break;
        omit(ctx, c.name, textOf(c), `Unexpected ${c.name} in a paragraph, expected runs, hyperlinks, fields or equations`, c.line);
    }
  }
}

function tracked(el: XmlEl, ctx: ReadContext, kind: DocxChange['kind']): void {
  const text = descendants(el, (e) => e.local === 't' || e.local === 'delText').map(textOf).join('');
  ctx.changes.push({ kind, element: el.name, author: attr(el, 'author'), date: attr(el, 'date'), text, at: ctx.at, line: el.line });
}

function capturing(kind: string): boolean {
  return kind === 'citation' || kind === 'word-citation';
}

function readRun(r: XmlEl, ctx: ReadContext, out: DocxRun[], wrap: Wrap): void {
  let rPr = child(r, 'rPr');
  const change = child(rPr, 'rPrChange');
  if (change) {
    ctx.changes.push({ kind: 'formatting', element: change.name, author: attr(change, 'author'), date: attr(change, 'date'), text: descendants(r, (e) => e.local === 't').map(textOf).join(''), at: ctx.at, line: change.line });
    if (ctx.mode === 'reject') rPr = child(change, 'rPr') ?? rPr;
  }
  const fmt = effectiveFormat(rPr, ctx);
  const base: Omit<DocxRun, 'text'> = formatFields(fmt, wrap.href);
  for (const c of r.children) {
    if (c.kind !== 'element') continue;
    switch (c.local) {
      case 't':
      case 'delText':
        if (c.local === 'delText' && !wrap.deleted) break;
        text(ctx, out, base, textOf(c), fmt, c);
        break;
      case 'tab':
      case 'ptab':
        text(ctx, out, base, '\t', fmt, c);
        break;
      case 'noBreakHyphen':
        text(ctx, out, base, '\u2011', fmt, c);
        break;
      case 'softHyphen':
        break;
      case 'sym': {
        const code = Number.parseInt(attr(c, 'char') ?? '', 16);
        // Symbol-font characters sit in the private use area (F020–F0FF); their meaning depends on the font.
        if (Number.isFinite(code) && (code < 0xf000 || code > 0xf0ff)) text(ctx, out, base, String.fromCodePoint(code), fmt, c);
        else omit(ctx, 'w:sym', `${attr(c, 'font') ?? ''} ${attr(c, 'char') ?? ''}`.trim(), 'Unexpected symbol-font character, expected a Unicode character; type it as text', c.line);
        break;
      }
      case 'br':
      case 'cr': {
        const type = attr(c, 'type');
        if (type === 'page' || type === 'column') break;
        emit(ctx, out, { ...base, text: '', lineBreak: true });
        break;
      }
      case 'fldChar':
        fieldChar(c, ctx, out);
        break;
      case 'instrText':
      case 'delInstrText': {
        const top = ctx.fields[ctx.fields.length - 1];
        if (top && top.phase === 'instruction' && (c.local === 'instrText' || wrap.deleted)) top.instruction += textOf(c);
        break;
      }
      case 'footnoteReference':
      case 'endnoteReference':
        emit(ctx, out, { text: '', noteRef: { kind: c.local === 'footnoteReference' ? 'footnote' : 'endnote', id: attr(c, 'id') ?? '' } });
        break;
      case 'footnoteRef':
      case 'endnoteRef':
      case 'separator':
      case 'continuationSeparator':
      case 'commentReference':
      case 'annotationRef':
        break;
      case 'drawing':
        drawing(c, ctx, out);
        break;
      case 'pict':
      case 'object':
        vml(c, ctx, out);
        break;
      case 'AlternateContent': {
        const choice = child(c, 'Choice') ?? child(c, 'Fallback');
        if (choice) readRun({ ...r, children: choice.children }, ctx, out, wrap);
        break;
      }
      default:
        if (ignored.has(c.local)) break;
        omit(ctx, c.name, textOf(c), `Unexpected ${c.name} in a run, expected text, breaks, note references or pictures`, c.line);
    }
  }
}

function text(ctx: ReadContext, out: DocxRun[], base: Omit<DocxRun, 'text'>, value: string, fmt: RunFormat, el: XmlEl): void {
  if (!value) return;
  if (fmt.hidden) {
    omit(ctx, 'w:vanish', value, 'hidden text (w:vanish) is not carried over', el.line);
    return;
  }
  const top = ctx.fields[ctx.fields.length - 1];
  if (top?.phase === 'instruction') return;
  emit(ctx, out, { ...base, text: value });
}

function fieldChar(c: XmlEl, ctx: ReadContext, out: DocxRun[]): void {
  const type = attr(c, 'fldCharType');
  if (type === 'begin') ctx.fields.push({ instruction: '', phase: 'instruction', kind: 'other', at: ctx.at });
  else if (type === 'separate') {
    const top = ctx.fields[ctx.fields.length - 1];
    if (!top) return;
    top.phase = 'result';
    top.kind = fieldKind(top.instruction);
    if (capturing(top.kind)) top.captured = [];
  } else if (type === 'end') {
    const top = ctx.fields[ctx.fields.length - 1];
    if (!top) return;
    if (top.phase === 'instruction') top.kind = fieldKind(top.instruction);
    endField(ctx, out, c.line);
  }
}

/** Close the innermost field: a citation becomes one run; any other field keeps its result and is reported. */
function endField(ctx: ReadContext, out: DocxRun[], line: number): void {
  const field = ctx.fields.pop()!;
  const instruction = field.instruction.trim();
  const printed = (field.captured ?? []).map((r) => r.text).join('');
  if (field.kind === 'citation') {
    const citation = parseCitationField(instruction);
    if ('problem' in citation) {
      omit(ctx, 'citation field', instruction, `Unexpected citation field: ${citation.problem}, expected Zotero or Mendeley CSL-JSON; its printed text is kept`, line);
      for (const r of field.captured ?? []) emit(ctx, out, r);
    } else emit(ctx, out, { text: printed, citation });
    return;
  }
  for (const r of field.captured ?? []) emit(ctx, out, r);
  const shown = instruction.length > 200 ? `${instruction.slice(0, 199)}…` : instruction;
  if (ctx.current) (ctx.current.fields ??= []).push(instruction);
  const reason =
    field.kind === 'word-citation'
      ? 'Word bibliography citation (CITATION) carries only a tag, no CSL data; its printed text is kept'
      : field.kind === 'other'
        ? 'field code not kept; its printed result is kept as text'
        : `field generating a ${field.kind}; Galley generates its own`;
  omit(ctx, 'field', shown, reason, line);
}

function effectiveFormat(rPr: XmlEl | undefined, ctx: ReadContext): RunFormat {
  const styleId = attr(child(rPr, 'rStyle'), 'val');
  const fromStyle: RunFormat = {};
  for (const s of [...styleChain(ctx.styles, styleId)].reverse()) Object.assign(fromStyle, s.run);
  return { ...fromStyle, ...runFormat(rPr) };
}

function formatFields(fmt: RunFormat, href?: string): Omit<DocxRun, 'text'> {
  const f: Omit<DocxRun, 'text'> = {};
  if (fmt.italic) f.italic = true;
  if (fmt.bold) f.bold = true;
  if (fmt.superscript) f.superscript = true;
  if (fmt.subscript) f.subscript = true;
  if (fmt.smallCaps) f.smallCaps = true;
  if (fmt.underline && !href) f.underline = true;
  if (href) f.href = href;
  return f;
}

/** The paragraph style's heading level or outline level (0 = level 1), if any. */
export function styleOutline(ctx: ReadContext, styleId: string | undefined): number | undefined {
  return inherited(ctx.styles, styleId, (s) => s.outlineLevel);
}
