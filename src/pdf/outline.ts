// PDF bookmarks built from low-level objects (pdf-lib has no outline API):
// a tree by heading level, each item jumping to the top of its heading.
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFNull, PDFNumber, PDFRef } from './pdf-lib.js';
import type { OutlineAnchor } from './paged-script.js';

/** CSS px → PDF points (Chromium prints 96 px to 72 pt). */
const PX_TO_PT = 72 / 96;

interface Node {
  anchor: OutlineAnchor;
  children: Node[];
  ref?: PDFRef;
}

/** Nest anchors by level: an item belongs to the nearest earlier item of a lower level. */
export function outlineTree(anchors: OutlineAnchor[]): Node[] {
  const roots: Node[] = [];
  const stack: Node[] = [];
  for (const anchor of anchors) {
    const node: Node = { anchor, children: [] };
    while (stack.length && stack[stack.length - 1].anchor.level >= anchor.level) stack.pop();
    (stack.length ? stack[stack.length - 1].children : roots).push(node);
    stack.push(node);
  }
  return roots;
}

function count(nodes: Node[]): number {
  return nodes.reduce((n, node) => n + 1 + count(node.children), 0);
}

export function addOutline(doc: PDFDocument, anchors: OutlineAnchor[]): void {
  const pages = doc.getPages();
  const usable = anchors.filter((a) => a.page >= 0 && a.page < pages.length && a.title.trim());
  if (!usable.length) return;
  const context = doc.context;
  const roots = outlineTree(usable);
  const outlinesRef = context.nextRef();

  const assignRefs = (nodes: Node[]) => nodes.forEach((node) => ((node.ref = context.nextRef()), assignRefs(node.children)));
  assignRefs(roots);

  const write = (nodes: Node[], parent: PDFRef) => {
    nodes.forEach((node, i) => {
      const page = pages[node.anchor.page];
      const y = Math.max(0, Math.round((page.getHeight() - node.anchor.top * PX_TO_PT) * 100) / 100);
      const dest = context.obj([page.ref, PDFName.of('XYZ'), PDFNull, PDFNumber.of(y), PDFNull]);
      const dict = context.obj({}) as PDFDict;
      dict.set(PDFName.of('Title'), PDFHexString.fromText(node.anchor.title));
      dict.set(PDFName.of('Parent'), parent);
      dict.set(PDFName.of('Dest'), dest);
      if (i > 0) dict.set(PDFName.of('Prev'), nodes[i - 1].ref!);
      if (i < nodes.length - 1) dict.set(PDFName.of('Next'), nodes[i + 1].ref!);
      if (node.children.length) {
        dict.set(PDFName.of('First'), node.children[0].ref!);
        dict.set(PDFName.of('Last'), node.children[node.children.length - 1].ref!);
        dict.set(PDFName.of('Count'), PDFNumber.of(count(node.children)));
        write(node.children, node.ref!);
      }
      context.assign(node.ref!, dict);
    });
  };
  write(roots, outlinesRef);

  const outlines = context.obj({}) as PDFDict;
  outlines.set(PDFName.of('Type'), PDFName.of('Outlines'));
  outlines.set(PDFName.of('First'), roots[0].ref!);
  outlines.set(PDFName.of('Last'), roots[roots.length - 1].ref!);
  outlines.set(PDFName.of('Count'), PDFNumber.of(count(roots)));
  context.assign(outlinesRef, outlines);
  doc.catalog.set(PDFName.of('Outlines'), outlinesRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
