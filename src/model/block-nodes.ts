// Block nodes of the typed Article (re-exported by model/types.ts, the one contract).
import type { Inline, Position } from './types.js';

// ----------------------------------------------------------------- block nodes

export interface Paragraph {
  type: 'paragraph';
  children: Inline[];
  position?: Position;
}

export interface Section {
  type: 'section';
  id: string;
  depth: number;
  title: Inline[];
  children: Block[];
  /** `## Title {#sec:name}`: the label cross-references use. */
  label?: string;
  /** Number among the labelled-or-not sections of its depth's sequence (1-based, document order of top-level sections). */
  number?: number;
  position?: Position;
}

export interface Figure {
  type: 'figure';
  /** `fig1`, `fig2` … in document order. */
  id: string;
  number: number;
  /** Path relative to the article directory. */
  src: string;
  /** Absolute path of the image file, resolved by the loader. */
  file: string;
  caption: Inline[];
  alt: string;
  /** True when the image is a stand-in for a missing original (the build warns). */
  placeholder: boolean;
  /** `![caption](file){#fig:name}`: the label cross-references use. */
  label?: string;
  position?: Position;
}

export interface BlockQuote {
  type: 'blockquote';
  children: Block[];
  /** The last paragraph when it starts with a dash (`— Author, Work`), without the dash. */
  attribution?: Inline[];
  /** `:::epigraph`: a quotation at the head of the article or a section. */
  epigraph?: boolean;
  position?: Position;
}

export interface List {
  type: 'list';
  ordered: boolean;
  items: Block[][];
  position?: Position;
}

/** Horizontal alignment of a table cell (GFM delimiter row, HTML `align`). */
export type CellAlign = 'left' | 'center' | 'right';

export interface TableCell {
  /** A header cell (`th`): every cell of a header row, and `<th>` written in the body. */
  header: boolean;
  /** What the header cell labels: its column(s) in the head, its row(s) in the body. */
  scope?: 'col' | 'colgroup' | 'row' | 'rowgroup';
  colspan: number;
  rowspan: number;
  align?: CellAlign;
  children: Inline[];
  position?: Position;
}

export interface TableRow {
  cells: TableCell[];
  position?: Position;
}

/** A note under a table (JATS `table-wrap-foot`): sources, abbreviations, marked remarks. */
export interface TableNote {
  children: Inline[];
  position?: Position;
}

export interface Table {
  type: 'table';
  /** `tbl1`, `tbl2` … in document order. */
  id: string;
  /** The author's label without `#` (`tbl:results`), which cross-references name. */
  label?: string;
  /** Printed number: "Table 1". */
  number: number;
  caption: Inline[];
  /** Header rows (`thead`), one or more. */
  head: TableRow[];
  body: TableRow[];
  /** Footer rows (`tfoot`): totals. */
  foot: TableRow[];
  notes: TableNote[];
  /** Width of the grid in columns, spans counted. */
  columns: number;
  position?: Position;
}

/** `$$…$$`, numbered when labelled `{#eq:name}` after its closing `$$`. */
export interface DisplayFormula {
  type: 'displayFormula';
  /** `eq1`, `eq2` … in document order, for every display formula. */
  id: string;
  /** The author's label without `#` (`eq:balance`); only labelled formulas are numbered. */
  label?: string;
  number?: number;
  /** Absent for a raw `<math display="block">` (MathML only, no TeX). */
  tex?: string;
  mathml: string;
  position?: Position;
}

/** `:::verse`: stanzas (paragraphs) of lines (source lines). */
export interface Verse {
  type: 'verse';
  stanzas: Inline[][][];
  attribution?: Inline[];
  position?: Position;
}

/** `:::box[Title]{#box:name}`: boxed text beside the running text. */
export interface Box {
  type: 'box';
  id: string;
  label?: string;
  title: Inline[];
  children: Block[];
  position?: Position;
}

/** `:::definitions`: terms, each with one or more definitions. */
export interface DefinitionList {
  type: 'definitionList';
  items: { term: Inline[]; definitions: Inline[][]; position?: Position }[];
  position?: Position;
}

/** `:::figure-group[Caption]{#fig:name}`: figures shown and captioned together (each keeps its number). */
export interface FigureGroup {
  type: 'figureGroup';
  id: string;
  label?: string;
  caption: Inline[];
  figures: Figure[];
  position?: Position;
}

/**
 * `:::appendix[Title]{#app:name}`: always at the end of the body (the loader moves
 * nothing: an appendix followed by body text is reported). `number` is 1-based;
 * renderers letter it in the article's language (A, B … / А, Б …).
 */
export interface Appendix {
  type: 'appendix';
  id: string;
  label?: string;
  number: number;
  title: Inline[];
  children: Block[];
  position?: Position;
}

export type Block = Paragraph | Section | Figure | BlockQuote | List | Table | DisplayFormula | Verse | Box | DefinitionList | FigureGroup | Appendix;

export interface Footnote {
  id: string;
  number: number;
  children: Block[];
  position?: Position;
}
