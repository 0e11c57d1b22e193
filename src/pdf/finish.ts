// pdf-lib finishing: Chromium's output gets the article's Info and XMP, its
// language, page labels that start at the article's first page, and bookmarks.
// Chromium's own dates and producer are replaced, so the same input gives the
// same bytes.
import { ParseSpeeds, PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef } from './pdf-lib.js';
import { addOutline } from './outline.js';
import { stripSoftHyphens } from './soft-hyphens.js';
import { completeStructure } from './structure.js';
import type { OutlineAnchor } from './paged-script.js';
import { buildXmp, type PdfMetadata } from './xmp.js';

export interface FinishInput {
  metadata: PdfMetadata;
  /** Folio of the first page (`/PageLabels` start). */
  firstPage: number;
  anchors: OutlineAnchor[];
}

export async function finishPdf(chromiumPdf: Uint8Array, input: FinishInput): Promise<Uint8Array> {
  // Fastest parse and no yielding: one article is small; yielding to the event loop every 50 objects only slows it down.
  const doc = await PDFDocument.load(chromiumPdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const { metadata: m } = input;
  const context = doc.context;

  // A fresh Info dictionary: nothing of Chromium's (user agent, wall-clock dates) survives,
  // not even as an unreferenced object (pdf-lib writes every object it has).
  const chromiumInfo = context.trailerInfo.Info;
  if (chromiumInfo instanceof PDFRef) context.delete(chromiumInfo);
  context.trailerInfo.Info = context.register(context.obj({}));
  context.trailerInfo.ID = undefined;
  doc.setTitle(m.titles[0]?.text ?? '', { showInWindowTitleBar: true });
  doc.setAuthor(m.authors.join(', '));
  doc.setSubject(m.subject);
  doc.setKeywords([m.keywords.join('; ')]);
  doc.setCreator(m.creatorTool);
  doc.setProducer(m.producer);
  doc.setCreationDate(m.date);
  doc.setModificationDate(m.date);
  doc.setLanguage(m.lang);

  const xmp = new TextEncoder().encode(buildXmp(m));
  const stream = context.stream(xmp, { Type: 'Metadata', Subtype: 'XML', Length: xmp.length });
  doc.catalog.set(PDFName.of('Metadata'), context.register(stream));

  const label = context.obj({}) as PDFDict;
  label.set(PDFName.of('S'), PDFName.of('D'));
  label.set(PDFName.of('St'), PDFNumber.of(input.firstPage));
  doc.catalog.set(PDFName.of('PageLabels'), context.obj({ Nums: [PDFNumber.of(0), label] }));

  addOutline(doc, input.anchors);
  await stripSoftHyphens(doc);
  // Chromium's structure tree (tagged: true) is kept as it is, with a RoleMap for its PDF 2.0 types.
  completeStructure(doc, `p${input.firstPage}`);
  return doc.save({ useObjectStreams: true, objectsPerTick: Infinity, addDefaultPage: false, updateFieldAppearances: false });
}

/** Read `/PageLabels` back: the first page's label number (tests, checks). */
export function firstPageLabel(doc: PDFDocument): number | undefined {
  const labels = doc.catalog.lookupMaybe(PDFName.of('PageLabels'), PDFDict);
  const nums = labels?.lookupMaybe(PDFName.of('Nums'), PDFArray);
  const first = nums?.lookupMaybe(1, PDFDict);
  return first?.lookupMaybe(PDFName.of('St'), PDFNumber)?.asNumber();
}
