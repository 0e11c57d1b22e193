// The XMP packet of a finished PDF, so the DOI check can read what PDF
// viewers and archives will see. pdf-lib stores it as an uncompressed stream.
export function xmpPacket(pdf: Uint8Array): string | undefined {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const start = text.indexOf('<x:xmpmeta');
  const end = text.indexOf('</x:xmpmeta>', start);
  if (start < 0 || end < 0) return undefined;
  return Buffer.from(text.slice(start, end + '</x:xmpmeta>'.length), 'latin1').toString('utf8');
}
