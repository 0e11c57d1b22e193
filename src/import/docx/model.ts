// A Word document as the importer's parts see it: paragraphs (and tables) in
// reading order, each run with the formatting that matters for a Galley
// source. The reader (docx/read-*.ts) fills it from the OOXML parts; the
// template matcher (front matter) and the body converter read only this.

export interface DocxRun {
  text: string;
  italic?: boolean;
  bold?: boolean;
  superscript?: boolean;
  subscript?: boolean;
  smallCaps?: boolean;
  underline?: boolean;
  /** A footnote or endnote reference at this place (its number in the document). */
  noteRef?: { kind: 'footnote' | 'endnote'; id: string };
  /** The run is a hyperlink's text. */
  href?: string;
  /** MathML (from OMML through omml2mathml) standing where the equation was. */
  mathml?: string;
  /** An image at this place: its path inside the package (`word/media/image1.png`) and alt text. */
  image?: { part: string; alt?: string };
}

export interface DocxParagraph {
  kind: 'paragraph';
  /** 1-based number among the body's paragraphs, as the report names it ("paragraph 12"). */
  index: number;
  /** Style id and its name (`Heading1`, "heading 1"; `Title`, the template's own styles). */
  styleId?: string;
  styleName?: string;
  /** Outline level from the style or direct formatting (0 = level 1 heading). */
  outlineLevel?: number;
  alignment?: 'left' | 'center' | 'right' | 'both';
  /** List membership: numbering id and level, whether numbered or bulleted. */
  list?: { numId: string; level: number; ordered: boolean };
  runs: DocxRun[];
}

export interface DocxCell {
  paragraphs: DocxParagraph[];
  colSpan: number;
  rowSpan: number;
  header: boolean;
}

export interface DocxTable {
  kind: 'table';
  /** 1-based number among the document's tables ("table 2"). */
  index: number;
  rows: DocxCell[][];
}

export type DocxBlock = DocxParagraph | DocxTable;

export interface DocxNote {
  kind: 'footnote' | 'endnote';
  id: string;
  paragraphs: DocxParagraph[];
}

export interface DocxDocument {
  file: string;
  blocks: DocxBlock[];
  notes: DocxNote[];
  /** Package parts by path (`word/media/image1.png` → bytes), for images. */
  media: Map<string, Uint8Array>;
  /** Core properties (docProps/core.xml): title, creator … */
  properties: Record<string, string>;
}

/** The plain text of a paragraph (runs joined, no formatting). */
export function paragraphText(p: DocxParagraph): string {
  return p.runs.map((r) => r.text).join('');
}
