// The issue PDF: front matter and contents, then every article at its place,
// with blank versos where articles must start on a recto, continuous page
// labels and one bookmark per article.
import { PDFDocument, PDFName, PDFNumber, PDFString, PDFHexString, type PDFRef } from '../pdf/pdf-lib.js';
import { TaggedMerge } from '../pdf/merge-tagged.js';
import type { Placement } from './types.js';

export interface IssuePdfArticle {
  placement: Placement;
  pdf: Uint8Array;
  /** Bookmark text: title — authors. */
  bookmark: string;
}

export interface IssuePdfInput {
  front: Uint8Array;
  articles: IssuePdfArticle[];
  title: string;
  subject: string;
  lang: string;
  date: Date;
}

export async function assembleIssuePdf(input: IssuePdfInput): Promise<{ pdf: Uint8Array; labels: { page: number; label: string }[] }> {
  const out = await PDFDocument.create({ updateMetadata: false });
  // Pages are copied with their structure trees: the issue PDF is tagged like its articles.
  const merge = new TaggedMerge(out);
  merge.append(await PDFDocument.load(input.front, { updateMetadata: false }));
  const frontCount = out.getPageCount();
  const marks: { title: string; pageIndex: number }[] = [];
  for (const { placement, pdf, bookmark } of input.articles) {
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    if (placement.blankBefore) {
      const [w, h] = doc.getPageCount() ? [doc.getPage(0).getWidth(), doc.getPage(0).getHeight()] : [411, 567];
      out.addPage([w, h]);
    }
    marks.push({ title: bookmark, pageIndex: out.getPageCount() });
    merge.append(doc);
  }
  merge.finish(input.lang);
  const firstFolio = input.articles[0] ? input.articles[0].placement.first - (input.articles[0].placement.blankBefore ? 1 : 0) : 1;
  setPageLabels(out, [
    { start: 0, style: 'r', first: 1 },
    { start: frontCount, style: 'D', first: firstFolio },
  ]);
  addOutline(out, marks);
  out.setTitle(input.title, { showInWindowTitleBar: true });
  out.setSubject(input.subject);
  out.setCreator('Galley');
  out.setProducer('Galley (pdf-lib)');
  out.setCreationDate(input.date);
  out.setModificationDate(input.date);
  out.catalog.set(PDFName.of('Lang'), PDFString.of(input.lang));
  const labels = Array.from({ length: out.getPageCount() }, (_, i) => ({
    page: i + 1,
    label: i < frontCount ? toRoman(i + 1) : String(firstFolio + i - frontCount),
  }));
  return { pdf: await out.save({ useObjectStreams: false }), labels };
}

/** /PageLabels number tree: ranges of decimal (D) or lower roman (r) labels. */
function setPageLabels(doc: PDFDocument, ranges: { start: number; style: 'D' | 'r'; first: number }[]): void {
  const nums = ranges.flatMap((r) => [PDFNumber.of(r.start), doc.context.obj({ S: PDFName.of(r.style), St: PDFNumber.of(r.first) })]);
  doc.catalog.set(PDFName.of('PageLabels'), doc.context.obj({ Nums: doc.context.obj(nums) }));
}

/** A flat outline (one bookmark per article) built from low-level objects. */
function addOutline(doc: PDFDocument, marks: { title: string; pageIndex: number }[]): void {
  if (!marks.length) return;
  const outlineRef = doc.context.nextRef();
  const refs: PDFRef[] = marks.map(() => doc.context.nextRef());
  marks.forEach((mark, i) => {
    const page = doc.getPage(mark.pageIndex);
    const item = doc.context.obj({
      Title: PDFHexString.fromText(mark.title),
      Parent: outlineRef,
      Dest: doc.context.obj([page.ref, PDFName.of('XYZ'), null, null, null]),
      ...(i > 0 ? { Prev: refs[i - 1] } : {}),
      ...(i < refs.length - 1 ? { Next: refs[i + 1] } : {}),
    });
    doc.context.assign(refs[i], item);
  });
  doc.context.assign(outlineRef, doc.context.obj({ Type: 'Outlines', First: refs[0], Last: refs[refs.length - 1], Count: refs.length }));
  doc.catalog.set(PDFName.of('Outlines'), outlineRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

function toRoman(n: number): string {
  const table: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [value, glyph] of table) while (n >= value) { out += glyph; n -= value; }
  return out;
}
