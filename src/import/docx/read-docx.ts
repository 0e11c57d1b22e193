// A .docx file → DocxDocument: the package, styles, numbering, the main
// document, footnotes, endnotes and comments, core properties and the images
// the text refers to. Pending tracked changes are applied as `mode` says and
// always listed, so the caller can refuse to go on without a decision.
import { textOf, type XmlEl } from '../xml-tree.js';
import type { DocxComment, DocxDocument, DocxNote, DocxParagraph } from './model.js';
import { readBlocks } from './read-blocks.js';
import type { ChangeMode, ReadContext } from './read-context.js';
import { readNumbering } from './read-numbering.js';
import { openPackage, readPart, relationships, type DocxPackage, type Relationship } from './read-package.js';
import { readStyles } from './read-styles.js';
import { attr, child, children } from './ooxml.js';

export function readDocx(file: string, bytes: Uint8Array, mode: ChangeMode): DocxDocument {
  const pkg = openPackage(bytes);
  const docRels = relationships(pkg.parts, pkg.main);
  const partOf = (type: string) => docRels.find((r) => r.type === type && !r.external)?.target;
  const styles = readStyles(readPart(pkg.parts, partOf('styles') ?? 'word/styles.xml'));
  const numbering = readNumbering(readPart(pkg.parts, partOf('numbering') ?? ''));
  const ctx: ReadContext = {
    styles,
    numbering,
    rels: relMap(docRels),
    usedMedia: new Set(),
    mode,
    changes: [],
    omissions: [],
    comments: new Map(),
    openComments: new Set(),
    fields: [],
    paragraphCount: 0,
    tableCount: 0,
    atPrefix: 'paragraph ',
    at: 'paragraph 0',
  };
  const commentsPart = partOf('comments');
  if (commentsPart) readComments(pkg, commentsPart, ctx);
  const root = readPart(pkg.parts, pkg.main)!;
  const body = child(root, 'body');
  if (!body) throw new Error(`${pkg.main} has no w:body`);
  const blocks = readBlocks(body, ctx);
  const notes: DocxNote[] = [];
  for (const kind of ['footnote', 'endnote'] as const) {
    const part = partOf(`${kind}s`);
    if (part) notes.push(...readNotes(pkg, part, kind, ctx));
  }
  const media = new Map<string, Uint8Array>();
  for (const part of ctx.usedMedia) {
    const b = pkg.parts.get(part);
    if (b) media.set(part, b);
  }
  return {
    file,
    blocks,
    notes,
    changes: ctx.changes,
    comments: [...ctx.comments.values()],
    omissions: ctx.omissions,
    styles: new Map([...styles.byId].map(([id, s]) => [id, { name: s.name, ...(s.outlineLevel !== undefined ? { outlineLevel: s.outlineLevel } : {}) }])),
    media,
    properties: coreProperties(pkg),
  };
}

function relMap(rels: Relationship[]): Map<string, Relationship> {
  return new Map(rels.map((r) => [r.id, r]));
}

function readNotes(pkg: DocxPackage, part: string, kind: 'footnote' | 'endnote', ctx: ReadContext): DocxNote[] {
  const root = readPart(pkg.parts, part);
  const saved = { rels: ctx.rels, count: ctx.paragraphCount, prefix: ctx.atPrefix };
  ctx.rels = relMap(relationships(pkg.parts, part));
  const out: DocxNote[] = [];
  for (const n of children(root, kind)) {
    const type = attr(n, 'type');
    if (type && type !== 'normal') continue; // separators and continuation notices
    const id = attr(n, 'id') ?? '';
    ctx.paragraphCount = 0;
    ctx.atPrefix = `${kind} ${id}, paragraph `;
    const paragraphs = readBlocks(n, ctx, { inCell: true }).filter((b): b is DocxParagraph => b.kind === 'paragraph');
    out.push({ kind, id, paragraphs });
  }
  ctx.rels = saved.rels;
  ctx.paragraphCount = saved.count;
  ctx.atPrefix = saved.prefix;
  return out;
}

function readComments(pkg: DocxPackage, part: string, ctx: ReadContext): void {
  const root = readPart(pkg.parts, part);
  for (const c of children(root, 'comment')) {
    const id = attr(c, 'id') ?? '';
    const text = children(c, 'p').map((p) => textOf(p).trim()).filter(Boolean).join('\n');
    const comment: DocxComment = { id, text };
    const author = attr(c, 'author');
    const date = attr(c, 'date');
    if (author) comment.author = author;
    if (date) comment.date = date;
    ctx.comments.set(id, comment);
  }
}

/** docProps/core.xml: dc:title, dc:creator, cp:keywords … by local name. */
function coreProperties(pkg: DocxPackage): Record<string, string> {
  const rel = relationships(pkg.parts, '').find((r) => r.type === 'core-properties');
  const root = readPart(pkg.parts, rel?.target ?? 'docProps/core.xml');
  const out: Record<string, string> = {};
  for (const c of root?.children ?? []) {
    if (c.kind !== 'element') continue;
    const v = textOf(c as XmlEl).trim();
    if (v) out[c.local] = v;
  }
  return out;
}
