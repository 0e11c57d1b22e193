// Chromium (Skia) writes every soft hyphen of the text into the PDF as an
// invisible glyph marked `/Span <</ActualText <FEFF00AD>>> BDC … EMC`, so text
// extraction, search and copy show U+00AD inside words ("vari­ous"). The
// layout does not need them: the hyphen shown at a line end is a glyph of its
// own. Here the marked glyphs are dropped (their Td moves are kept, so nothing
// else shifts) and soft hyphens are removed from other ActualText strings
// (a ligature across a hyphenation point).
import { deflateSync, inflateSync } from 'node:zlib';
import { decodePDFRawStream, PDFArray, PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';

const softHyphenSpan = /\/Span\s*<<\s*\/ActualText\s*<FEFF00AD>\s*>>\s*BDC([\s\S]*?)EMC/g;
const showText = /<[0-9A-Fa-f]*>\s*Tj/g;
const actualText = /\/ActualText\s*<FEFF((?:[0-9A-Fa-f]{4})*)>/g;

/** Remove soft hyphens from one decoded content stream (latin1 text of its bytes). */
export function stripSoftHyphensFromContent(content: string): string {
  return content
    .replace(softHyphenSpan, (_match, inner: string) => inner.replace(showText, ''))
    .replace(actualText, (match, hex: string) => {
      const units = hex.match(/.{4}/g) ?? [];
      const kept = units.filter((u) => u.toUpperCase() !== '00AD');
      return kept.length === units.length ? match : `/ActualText <FEFF${kept.join('')}>`;
    });
}

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

/** Rewrite the page content streams that carry soft hyphens. Returns how many streams changed. */
export function stripSoftHyphens(doc: PDFDocument): number {
  const context = doc.context;
  let changed = 0;
  for (const page of doc.getPages()) {
    const contents = page.node.get(PDFName.of('Contents'));
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
    for (const ref of refs) {
      if (!(ref instanceof PDFRef)) continue;
      const stream = context.lookup(ref);
      if (!(stream instanceof PDFRawStream)) continue;
      const before = latin1(decoded(stream));
      if (!before.includes('00AD')) continue;
      const after = stripSoftHyphensFromContent(before);
      if (after === before) continue;
      // Node's zlib, not pdf-lib's JavaScript deflate: about ten times faster on a page's text.
      context.assign(ref, context.stream(deflateSync(Buffer.from(after, 'latin1')), { Filter: 'FlateDecode' }));
      changed += 1;
    }
  }
  return changed;
}

/** A content stream's bytes: plain Flate (what Chromium writes) through Node's zlib, anything else through pdf-lib. */
function decoded(stream: PDFRawStream): Uint8Array {
  const filter = stream.dict.get(PDFName.of('Filter'));
  const plainFlate = filter === PDFName.of('FlateDecode') && !stream.dict.has(PDFName.of('DecodeParms'));
  return plainFlate ? inflateSync(stream.getContents()) : decodePDFRawStream(stream).decode();
}
