// Pictures in a run: DrawingML (w:drawing, the picture's description as its
// alt text) and VML (w:pict, and w:object: a MathType equation or another
// embedded object, kept by its preview image). Text boxes are not read: their
// text is listed as not kept.
import { descendants, textOf, type XmlEl } from '../xml-tree.js';
import type { DocxRun } from './model.js';
import { emit, omit, type ReadContext } from './read-context.js';
import { attr } from './ooxml.js';

export function drawing(d: XmlEl, ctx: ReadContext, out: DocxRun[]): void {
  const blip = descendants(d, (e) => e.local === 'blip')[0];
  const docPr = descendants(d, (e) => e.local === 'docPr')[0];
  const boxes = descendants(d, (e) => e.local === 'txbxContent');
  for (const b of boxes) omit(ctx, 'text box', textOf(b), 'text in a text box or shape is not carried over; move it into the text', b.line);
  if (!blip) {
    if (!boxes.length) omit(ctx, 'w:drawing', attr(docPr, 'name') ?? '', 'Unexpected drawing without a picture (a chart or shape), expected an embedded image', d.line);
    return;
  }
  const part = imagePart(attr(blip, 'embed') ?? attr(blip, 'link'), ctx, d);
  if (part) emit(ctx, out, { text: '', image: { part, ...(attr(docPr, 'descr') || attr(docPr, 'title') ? { alt: attr(docPr, 'descr') || attr(docPr, 'title') } : {}) } });
}

/** VML pictures (w:pict) and embedded objects (w:object, MathType): their preview image. */
export function vml(el: XmlEl, ctx: ReadContext, out: DocxRun[]): void {
  const imagedata = descendants(el, (e) => e.local === 'imagedata')[0];
  const ole = descendants(el, (e) => e.local === 'OLEObject')[0];
  for (const b of descendants(el, (e) => e.local === 'txbxContent')) omit(ctx, 'text box', textOf(b), 'text in a text box or shape is not carried over; move it into the text', b.line);
  if (!imagedata) {
    if (ole) omit(ctx, 'OLE object', attr(ole, 'ProgID') ?? '', 'Unexpected embedded object without a preview image, expected one', el.line);
    return;
  }
  const part = imagePart(attr(imagedata, 'id'), ctx, el);
  if (!part) return;
  const progId = ole ? attr(ole, 'ProgID') ?? 'OLE object' : undefined;
  emit(ctx, out, { text: '', image: { part, ...(progId ? { ole: progId } : {}), ...(attr(imagedata, 'title') ? { alt: attr(imagedata, 'title') } : {}) } });
}

function imagePart(id: string | undefined, ctx: ReadContext, el: XmlEl): string | undefined {
  const rel = id ? ctx.rels.get(id) : undefined;
  if (!rel || rel.external) {
    omit(ctx, 'picture', rel?.target ?? id ?? '', `Unexpected ${rel?.external ? 'linked (external) picture' : 'picture without its relationship'}, expected an image embedded in the package`, el.line);
    return undefined;
  }
  ctx.usedMedia.add(rel.target);
  return rel.target;
}
