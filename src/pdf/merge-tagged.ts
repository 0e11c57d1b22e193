// Merging tagged PDFs. pdf-lib's `copyPages` copies the pages but not the
// structure tree, so a merged issue would be untagged. Here each document's
// pages and its structure tree are copied with one copier (so every `/Pg` of
// the tree points at the copied page), the structure parent keys of pages and
// annotations are shifted past those already merged, and the documents' trees
// become the children of one `Document` element, in page order.
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFObjectCopier, PDFPage, PDFRef, type PDFDocument, type PDFObject } from './pdf-lib.js';
import { roleMap } from './structure.js';

export class TaggedMerge {
  private readonly kids: PDFObject[] = [];
  private readonly parentTree: PDFObject[] = [];
  private nextKey = 0;
  private readonly rootRef: PDFRef;
  private readonly documentRef: PDFRef;
  private readonly roles = new Map<string, PDFObject>();
  private tagged = 0;

  constructor(private readonly out: PDFDocument) {
    this.rootRef = out.context.nextRef();
    this.documentRef = out.context.nextRef();
  }

  /** Append every page of `src` (with its part of the structure tree, if it has one). */
  append(src: PDFDocument): void {
    const copier = PDFObjectCopier.for(src.context, this.out.context);
    const offset = this.nextKey;
    for (const ref of src.getPages().map((p) => p.ref)) {
      const copiedRef = copier.copy(ref) as PDFRef;
      const node = this.out.context.lookup(copiedRef) as never;
      const page = PDFPage.of(node, copiedRef, this.out);
      this.shiftKeys(page.node, offset);
      this.out.addPage(page);
    }
    const root = src.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
    if (!root) return;
    this.tagged += 1;
    // The tree's top elements, copied with the pages' copier; their parent becomes the merged Document element.
    const k = root.get(PDFName.of('K'));
    const tops = k instanceof PDFArray ? k.asArray() : k ? [k] : [];
    for (const top of tops) {
      // Its `/P` is the source's StructTreeRoot: copied along, it would drag that whole tree in (the source is read once, so it may change).
      const source = top instanceof PDFRef ? src.context.lookup(top) : top;
      if (source instanceof PDFDict) source.delete(PDFName.of('P'));
      const copied = copier.copy(top);
      const dict = copied instanceof PDFRef ? this.out.context.lookup(copied) : copied;
      if (dict instanceof PDFDict) {
        dict.set(PDFName.of('P'), this.documentRef);
        // Each article is a part of the one Document.
        if (dict.get(PDFName.of('S')) === PDFName.of('Document')) dict.set(PDFName.of('S'), PDFName.of('Part'));
      }
      this.kids.push(copied);
    }
    for (const [key, value] of numberTreeEntries(src, root.lookup(PDFName.of('ParentTree')))) {
      this.parentTree.push(PDFNumber.of(key + offset), copier.copy(value));
    }
    const next = root.lookupMaybe(PDFName.of('ParentTreeNextKey'), PDFNumber)?.asNumber();
    this.nextKey = offset + (next ?? maxKey(src, root) + 1);
    const map = root.lookupMaybe(PDFName.of('RoleMap'), PDFDict);
    if (map) for (const [name, to] of map.entries()) this.roles.set(name.decodeText(), to);
  }

  /** Write the merged tree into the catalog (nothing when no document was tagged). */
  finish(lang: string): void {
    if (!this.tagged) return;
    const context = this.out.context;
    context.assign(this.documentRef, context.obj({ Type: 'StructElem', S: 'Document', P: this.rootRef, Lang: lang, K: context.obj(this.kids) }));
    const roles = context.obj({}) as PDFDict;
    for (const [from, to] of Object.entries(roleMap)) roles.set(PDFName.of(from), PDFName.of(to));
    for (const [from, to] of this.roles) roles.set(PDFName.of(from), to);
    context.assign(
      this.rootRef,
      context.obj({
        Type: 'StructTreeRoot',
        K: this.documentRef,
        ParentTree: context.obj({ Nums: context.obj(this.parentTree) }),
        ParentTreeNextKey: this.nextKey,
        RoleMap: roles,
      }),
    );
    this.out.catalog.set(PDFName.of('StructTreeRoot'), this.rootRef);
    this.out.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
  }

  private shiftKeys(page: PDFDict, offset: number): void {
    const own = page.lookupMaybe(PDFName.of('StructParents'), PDFNumber);
    if (own) page.set(PDFName.of('StructParents'), PDFNumber.of(own.asNumber() + offset));
    const annots = page.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (let i = 0; annots && i < annots.size(); i++) {
      const annot = annots.lookupMaybe(i, PDFDict);
      const key = annot?.lookupMaybe(PDFName.of('StructParent'), PDFNumber);
      if (annot && key) annot.set(PDFName.of('StructParent'), PDFNumber.of(key.asNumber() + offset));
    }
  }
}

/** Entries of a number tree (a flat `/Nums` array or `/Kids`). */
function numberTreeEntries(src: PDFDocument, node: PDFObject | undefined): [number, PDFObject][] {
  const dict = node instanceof PDFRef ? src.context.lookup(node) : node;
  if (!(dict instanceof PDFDict)) return [];
  const out: [number, PDFObject][] = [];
  const nums = dict.lookupMaybe(PDFName.of('Nums'), PDFArray);
  for (let i = 0; nums && i + 1 < nums.size(); i += 2) out.push([(nums.lookup(i, PDFNumber)).asNumber(), nums.get(i + 1)]);
  const kids = dict.lookupMaybe(PDFName.of('Kids'), PDFArray);
  for (let i = 0; kids && i < kids.size(); i++) out.push(...numberTreeEntries(src, kids.get(i)));
  return out;
}

function maxKey(src: PDFDocument, root: PDFDict): number {
  return Math.max(-1, ...numberTreeEntries(src, root.lookup(PDFName.of('ParentTree'))).map(([k]) => k));
}
