// Chromium (Skia) writes every soft hyphen of the text into the PDF as an
// invisible glyph marked `/Span <</ActualText <FEFF00AD>>> BDC … EMC`, so text
// extraction, search and copy show U+00AD inside words ("vari­ous"). The
// layout does not need them: the hyphen shown at a line end is a glyph of its
// own. Here the marked glyphs are dropped (their Td moves are kept, so nothing
// else shifts) and soft hyphens are removed from other ActualText strings
// (a ligature across a hyphenation point).
import { promisify } from 'node:util';
import { deflate as deflateCallback, inflate as inflateCallback } from 'node:zlib';
import { decodePDFRawStream, PDFArray, PDFDocument, PDFName, PDFRawStream, PDFRef } from './pdf-lib.js';

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
const deflate = promisify(deflateCallback);
const inflate = promisify(inflateCallback);

/**
 * Rewrite the page content streams that carry soft hyphens. Returns how many streams changed.
 * Streams are inflated and deflated on libuv's threads, all pages at once (Node's zlib with
 * the settings of `deflateSync`, so the same bytes): this thread only rewrites their text.
 */
export async function stripSoftHyphens(doc: PDFDocument): Promise<number> {
  const context = doc.context;
  const streams: { ref: PDFRef; stream: PDFRawStream }[] = [];
  for (const page of doc.getPages()) {
    const contents = page.node.get(PDFName.of('Contents'));
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
    for (const ref of refs) {
      if (!(ref instanceof PDFRef)) continue;
      const stream = context.lookup(ref);
      if (stream instanceof PDFRawStream) streams.push({ ref, stream });
    }
  }
  const rewritten = await Promise.all(
    streams.map(async ({ ref, stream }) => {
      const before = latin1(await decoded(stream));
      if (!before.includes('00AD')) return undefined;
      const after = stripSoftHyphensFromContent(before);
      // Node's zlib, not pdf-lib's JavaScript deflate: about ten times faster on a page's text.
      return after === before ? undefined : { ref, data: await deflate(Buffer.from(after, 'latin1')) };
    }),
  );
  let changed = 0;
  for (const stream of rewritten) {
    if (!stream) continue;
    context.assign(stream.ref, context.stream(stream.data, { Filter: 'FlateDecode' }));
    changed += 1;
  }
  return changed;
}

/** A content stream's bytes: plain Flate (what Chromium writes) through Node's zlib, anything else through pdf-lib. */
async function decoded(stream: PDFRawStream): Promise<Uint8Array> {
  const filter = stream.dict.get(PDFName.of('Filter'));
  const plainFlate = filter === PDFName.of('FlateDecode') && !stream.dict.has(PDFName.of('DecodeParms'));
  return plainFlate ? inflate(stream.getContents()) : decodePDFRawStream(stream).decode();
}
