// A minimal reading of word/document.xml and word/footnotes.xml into
// DocxDocument, for the template tests only, so they do not wait for the real
// reader (src/import/docx/read-*.ts, B1). Paragraphs with their style, runs with
// italic, bold, superscript, footnote calls and images; tables as rows of
// cells; insertions kept and deletions left out (tracked changes as if accepted).
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { readXmlTree, type XmlEl } from '../../src/import/xml-tree.js';
import type { DocxBlock, DocxDocument, DocxNote, DocxParagraph, DocxRun } from '../../src/import/docx/model.js';

const kids = (el: XmlEl): XmlEl[] => el.children.filter((c): c is XmlEl => c.kind === 'element');
const child = (el: XmlEl | undefined, local: string) => (el ? kids(el).find((c) => c.local === local) : undefined);
const on = (el: XmlEl | undefined) => !!el && !['0', 'false'].includes(el.attrs['w:val'] ?? '');

function readRun(r: XmlEl, out: DocxRun[]): void {
  const pr = child(r, 'rPr');
  const format: Partial<DocxRun> = {};
  if (on(child(pr, 'i'))) format.italic = true;
  if (on(child(pr, 'b'))) format.bold = true;
  const va = child(pr, 'vertAlign')?.attrs['w:val'];
  if (va === 'superscript') format.superscript = true;
  if (va === 'subscript') format.subscript = true;
  for (const c of kids(r)) {
    if (c.local === 't') out.push({ text: c.children.map((t) => (t.kind === 'text' ? t.text : '')).join(''), ...format });
    else if (c.local === 'tab') out.push({ text: '\t', ...format });
    else if (c.local === 'footnoteReference' || c.local === 'endnoteReference')
      out.push({ text: '', noteRef: { kind: c.local === 'footnoteReference' ? 'footnote' : 'endnote', id: c.attrs['w:id'] } });
    else if (c.local === 'drawing') out.push({ text: '', image: { part: 'word/media/image' } });
  }
}

function readRuns(el: XmlEl, out: DocxRun[]): void {
  for (const c of kids(el)) {
    if (c.local === 'r') readRun(c, out);
    else if (['del', 'moveFrom', 'pPr', 'rPr'].includes(c.local)) continue;
    else readRuns(c, out); // hyperlink, ins, smartTag, fldSimple, sdt …
  }
}

function readParagraph(p: XmlEl, index: number, styles: Map<string, string>): DocxParagraph {
  const styleId = child(child(p, 'pPr'), 'pStyle')?.attrs['w:val'];
  const runs: DocxRun[] = [];
  readRuns(p, runs);
  return { kind: 'paragraph', index, styleId, styleName: styleId ? styles.get(styleId) : undefined, runs };
}

function xml(files: Record<string, Uint8Array>, part: string): XmlEl | undefined {
  const bytes = files[part];
  if (!bytes) return undefined;
  const tree = readXmlTree(strFromU8(bytes), part);
  if (!tree.root) throw new Error(`Unexpected unreadable ${part}: ${tree.problems.map((p) => p.message).join('; ')}`);
  return tree.root;
}

export function readDocxForTest(file: string, bytes: Uint8Array = readFileSync(file)): DocxDocument {
  const files = unzipSync(bytes);
  const styles = new Map<string, string>();
  const styleRoot = xml(files, 'word/styles.xml');
  for (const s of styleRoot ? kids(styleRoot).filter((k) => k.local === 'style') : []) styles.set(s.attrs['w:styleId'], child(s, 'name')?.attrs['w:val'] ?? '');
  const body = child(xml(files, 'word/document.xml'), 'body');
  if (!body) throw new Error(`Unexpected ${file} without w:body`);
  const blocks: DocxBlock[] = [];
  let paragraphs = 0;
  let tables = 0;
  for (const el of kids(body)) {
    if (el.local === 'p') blocks.push(readParagraph(el, ++paragraphs, styles));
    else if (el.local === 'tbl') {
      const rows = kids(el)
        .filter((r) => r.local === 'tr')
        .map((tr) =>
          kids(tr)
            .filter((c) => c.local === 'tc')
            .map((tc) => ({ paragraphs: kids(tc).filter((q) => q.local === 'p').map((q) => readParagraph(q, 0, styles)), colSpan: 1, rowSpan: 1, header: false })),
        );
      blocks.push({ kind: 'table', index: ++tables, rows });
    }
  }
  const notes: DocxNote[] = [];
  const footRoot = xml(files, 'word/footnotes.xml');
  for (const fn of footRoot ? kids(footRoot).filter((k) => k.local === 'footnote' && !k.attrs['w:type']) : [])
    notes.push({ kind: 'footnote', id: fn.attrs['w:id'], paragraphs: kids(fn).filter((q) => q.local === 'p').map((q, i) => readParagraph(q, i + 1, styles)) });
  return { file, blocks, notes, media: new Map(), properties: {} };
}
