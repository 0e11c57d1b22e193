// The internal link destinations of a PDF's link annotations, page by page in order:
// Chromium names each destination after the element id the link points at.
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';

export async function linkDestinations(bytes: Uint8Array | string): Promise<string[]> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const out: string[] = [];
  for (const page of pdf.getPages()) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (let i = 0; annots && i < annots.size(); i++) {
      const annot = annots.lookup(i, PDFDict);
      if (annot.get(PDFName.of('Subtype'))?.toString() !== '/Link') continue;
      const dest = annot.get(PDFName.of('Dest'));
      if (dest instanceof PDFString || dest instanceof PDFHexString || dest instanceof PDFName) out.push(dest.decodeText());
    }
  }
  return out;
}
