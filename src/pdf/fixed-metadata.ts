// A Chromium PDF that needs no article finishing (the front matter)
// still carries Chromium's wall-clock dates, user agent and document id: they
// are replaced here so the same input gives the same bytes.
import { ParseSpeeds, PDFDocument, PDFName, PDFRef, PDFString } from './pdf-lib.js';

export interface FixedMetadata {
  title: string;
  lang: string;
  /** The build clock's date (the publication date), never the wall clock. */
  date: Date;
}

export async function withFixedMetadata(chromiumPdf: Uint8Array, m: FixedMetadata): Promise<Uint8Array> {
  const doc = await PDFDocument.load(chromiumPdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const context = doc.context;
  // A fresh Info dictionary: the old one is deleted, not just unlinked (pdf-lib writes every object it holds).
  const chromiumInfo = context.trailerInfo.Info;
  if (chromiumInfo instanceof PDFRef) context.delete(chromiumInfo);
  context.trailerInfo.Info = context.register(context.obj({}));
  context.trailerInfo.ID = undefined;
  doc.setTitle(m.title, { showInWindowTitleBar: true });
  doc.setCreator('Galley');
  doc.setProducer('Galley (pdf-lib)');
  doc.setCreationDate(m.date);
  doc.setModificationDate(m.date);
  doc.catalog.set(PDFName.of('Lang'), PDFString.of(m.lang));
  return doc.save({ useObjectStreams: true, objectsPerTick: Infinity, addDefaultPage: false, updateFieldAppearances: false });
}
