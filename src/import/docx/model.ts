// A Word document as the importer's parts see it: paragraphs (and tables) in
// reading order, each run with the formatting that matters for a Galley
// source. The reader (docx/read-*.ts) fills it from the OOXML parts; the
// template matcher (front matter) and the body converter read only this.

/** The character formatting a Galley source can say (what a style or a run sets). */
export interface RunMarks {
  italic?: boolean;
  bold?: boolean;
  superscript?: boolean;
  subscript?: boolean;
  smallCaps?: boolean;
  underline?: boolean;
}

export interface DocxRun extends RunMarks {
  text: string;
  /** A footnote or endnote reference at this place (its number in the document). */
  noteRef?: { kind: 'footnote' | 'endnote'; id: string };
  /** The run is a hyperlink's text. */
  href?: string;
  /** MathML (from OMML through omml2mathml) standing where the equation was. */
  mathml?: string;
  /** An image at this place: its path inside the package (`word/media/image1.png`) and alt text. */
  image?: { part: string; alt?: string; /** An OLE object (MathType, a chart) shown by its preview image. */ ole?: string };
  /** A Zotero or Mendeley citation field: the run's text is the field's printed result. */
  citation?: DocxCitation;
  /** A line break inside the paragraph (w:br). */
  lineBreak?: boolean;
}

/** One cited item of a Zotero/Mendeley citation field (CSL-JSON as the plugin stored it). */
export interface DocxCitedItem {
  /** CSL-JSON of the work (`itemData`), id as the plugin gave it. */
  item: Record<string, unknown>;
  locator?: string;
  label?: string;
  prefix?: string;
  suffix?: string;
  suppressAuthor?: boolean;
}

export interface DocxCitation {
  plugin: 'zotero' | 'mendeley';
  items: DocxCitedItem[];
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
  /** Left and first-line indentation in twentieths of a point (w:ind), for block quotes. */
  indent?: { left?: number; firstLine?: number; hanging?: number };
  /** Word's own field instructions seen in this paragraph (`SEQ Table \* ARABIC`), results kept as runs. */
  fields?: string[];
  /** The paragraph is the printed result of a field that Word generates (a Zotero bibliography, a table of contents). */
  generated?: 'bibliography' | 'table of contents' | 'index';
  /** Line in word/document.xml (or the notes part) where the paragraph starts. */
  line?: number;
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

/** A pending tracked change (w:ins, w:del, w:moveFrom/To, w:rPrChange, w:pPrChange …). */
export interface DocxChange {
  kind: 'insertion' | 'deletion' | 'move-from' | 'move-to' | 'formatting';
  /** The OOXML element (`w:ins`). */
  element: string;
  author?: string;
  date?: string;
  /** The text inserted, deleted or moved (empty for a formatting change). */
  text: string;
  /** `paragraph 12`, `footnote 3`, `table 2`. */
  at: string;
  line?: number;
}

/** A comment (word/comments.xml) with the text it is anchored to. */
export interface DocxComment {
  id: string;
  author?: string;
  date?: string;
  text: string;
  /** Where its anchor starts (`paragraph 4`), when the document refers to it. */
  at?: string;
  anchoredText?: string;
}

/** Something the reader saw and did not carry into the model (hidden text, a field code, a bookmark-free drawing). */
export interface DocxOmission {
  at: string;
  element: string;
  text: string;
  reason: string;
  line?: number;
}

export interface DocxDocument {
  file: string;
  blocks: DocxBlock[];
  notes: DocxNote[];
  /** Pending tracked changes, in document order (applied as the reader was told, or accepted when not told). */
  changes: DocxChange[];
  comments: DocxComment[];
  omissions: DocxOmission[];
  /** Style names by id, for the template matcher (`Heading1` → "heading 1"). */
  styles: Map<string, { name: string; outlineLevel?: number }>;
  /** Package parts by path (`word/media/image1.png` → bytes), for images. */
  media: Map<string, Uint8Array>;
  /** Core properties (docProps/core.xml): title, creator … */
  properties: Record<string, string>;
}

/** The plain text of a paragraph (runs joined, no formatting). */
export function paragraphText(p: DocxParagraph): string {
  return p.runs.map((r) => r.text).join('');
}
