// The tagged PDF's structure tree as Chromium writes it (`page.pdf({ tagged: true })`),
// made readable by PDF 1.7 tools: Chromium names inline emphasis `Em` and
// `Strong` (PDF 2.0 types), which a 1.7 reader rejects ("StructElem object is
// wrong type"); a RoleMap maps them to the standard `Span`.
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString, type PDFDocument, type PDFObject } from './pdf-lib.js';

/** Chromium's structure types that PDF 1.7 does not define, and the standard type each stands for. */
export const roleMap: Record<string, string> = { Em: 'Span', Strong: 'Span', Sub: 'Span', Sup: 'Span', FENote: 'Note', Aside: 'Div', Title: 'H1' };

/** True when the document carries a structure tree (a tagged PDF). */
export function isTagged(doc: PDFDocument): boolean {
  return doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict) !== undefined;
}

/**
 * Give the structure tree its RoleMap (kept entries of an existing one win), ids
 * that depend on the document alone, and mark the document as tagged. `idPrefix`
 * keeps the ids of articles merged into one issue apart (the first folio serves).
 */
export function completeStructure(doc: PDFDocument, idPrefix = 'e'): void {
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (!root) return;
  stableIds(doc, root, idPrefix);
  const context = doc.context;
  const existing = root.lookupMaybe(PDFName.of('RoleMap'), PDFDict);
  const map = existing ?? (context.obj({}) as PDFDict);
  for (const [from, to] of Object.entries(roleMap)) if (!map.has(PDFName.of(from))) map.set(PDFName.of(from), PDFName.of(to));
  if (!existing) root.set(PDFName.of('RoleMap'), map);
  doc.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
}

const text = (o: PDFObject | undefined) => (o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : undefined);

/**
 * Chromium names table header cells after DOM node numbers (`/ID (node00003547)`,
 * referred to by `/Headers`), which count every node the browser made before:
 * the same article gave other bytes after another page was laid out. The ids
 * are renamed in tree order, the references follow, and the IDTree is rebuilt.
 */
function stableIds(doc: PDFDocument, root: PDFDict, prefix: string): void {
  const elements: PDFDict[] = [];
  const refs = new Map<PDFDict, PDFRef>();
  const seen = new Set<PDFDict>();
  const visit = (o: PDFObject | undefined): void => {
    const node = o instanceof PDFRef ? doc.context.lookup(o) : o;
    if (node instanceof PDFArray) return node.asArray().forEach(visit);
    if (!(node instanceof PDFDict) || seen.has(node) || node.get(PDFName.of('Type'))?.toString() === '/MCR') return;
    seen.add(node);
    if (o instanceof PDFRef) refs.set(node, o);
    if (node.has(PDFName.of('S'))) elements.push(node);
    visit(node.get(PDFName.of('K')));
  };
  visit(root.get(PDFName.of('K')));
  const renamed = new Map<string, string>();
  const refOf = new Map<string, PDFObject>();
  for (const element of elements) {
    const id = text(element.get(PDFName.of('ID')));
    if (id === undefined) continue;
    const next = `${prefix}-${String(renamed.size + 1).padStart(5, '0')}`;
    renamed.set(id, next);
    element.set(PDFName.of('ID'), PDFString.of(next));
  }
  if (!renamed.size) return;
  for (const element of elements) {
    const a = element.get(PDFName.of('A'));
    const attrs = a instanceof PDFRef ? doc.context.lookup(a) : a;
    const attributes = attrs instanceof PDFArray ? attrs.asArray() : attrs ? [attrs] : [];
    for (const attribute of attributes) {
      const dict = attribute instanceof PDFRef ? doc.context.lookup(attribute) : attribute;
      if (!(dict instanceof PDFDict)) continue;
      const list = dict.lookupMaybe(PDFName.of('Headers'), PDFArray);
      if (!list) continue;
      dict.set(PDFName.of('Headers'), doc.context.obj(list.asArray().map((h) => PDFString.of(renamed.get(text(h) ?? '') ?? text(h) ?? ''))));
    }
  }
  for (const element of elements) {
    const id = text(element.get(PDFName.of('ID')));
    if (id !== undefined) refOf.set(id, refs.get(element) ?? element);
  }
  // A name tree's keys are sorted; the renamed ones sort in tree order by construction.
  const names = [...refOf.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).flatMap(([id, ref]) => [PDFString.of(id), ref]);
  deleteTree(doc, root.get(PDFName.of('IDTree')));
  root.set(PDFName.of('IDTree'), doc.context.register(doc.context.obj({ Names: names })));
}

/** pdf-lib writes every object it holds, referenced or not: the old name tree goes, kids included. */
function deleteTree(doc: PDFDocument, o: PDFObject | undefined): void {
  const node = o instanceof PDFRef ? doc.context.lookup(o) : o;
  if (node instanceof PDFDict) {
    const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
    for (const kid of kids?.asArray() ?? []) deleteTree(doc, kid);
  }
  if (o instanceof PDFRef) doc.context.delete(o);
}
