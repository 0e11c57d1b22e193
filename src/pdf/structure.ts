// The tagged PDF's structure tree as Chromium writes it (`page.pdf({ tagged: true })`),
// made readable by PDF 1.7 tools: Chromium names inline emphasis `Em` and
// `Strong` (PDF 2.0 types), which a 1.7 reader rejects ("StructElem object is
// wrong type"); a RoleMap maps them to the standard `Span`.
import { PDFDict, PDFName, type PDFDocument } from 'pdf-lib';

/** Chromium's structure types that PDF 1.7 does not define, and the standard type each stands for. */
export const roleMap: Record<string, string> = { Em: 'Span', Strong: 'Span', Sub: 'Span', Sup: 'Span', FENote: 'Note', Aside: 'Div', Title: 'H1' };

/** True when the document carries a structure tree (a tagged PDF). */
export function isTagged(doc: PDFDocument): boolean {
  return doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict) !== undefined;
}

/** Give the structure tree its RoleMap (kept entries of an existing one win) and mark the document as tagged. */
export function completeStructure(doc: PDFDocument): void {
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (!root) return;
  const context = doc.context;
  const existing = root.lookupMaybe(PDFName.of('RoleMap'), PDFDict);
  const map = existing ?? (context.obj({}) as PDFDict);
  for (const [from, to] of Object.entries(roleMap)) if (!map.has(PDFName.of(from))) map.set(PDFName.of(from), PDFName.of(to));
  if (!existing) root.set(PDFName.of('RoleMap'), map);
  doc.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
}
