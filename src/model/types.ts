// The typed Article: the one contract between the loader and every renderer.
// Renderers accept only this; nothing downstream re-reads source files.

/** A place in a source file; 1-based line and column, as editors count. */
export interface Position {
  file: string;
  line: number;
  column: number;
}

/** Text per language code ("en", "ru"). */
export type Localized<T = string> = Record<string, T>;

// ---------------------------------------------------------------- inline nodes

export interface Text {
  type: 'text';
  value: string;
  position?: Position;
}

export interface Emphasis {
  type: 'emphasis';
  children: Inline[];
  position?: Position;
}

export interface Strong {
  type: 'strong';
  children: Inline[];
  position?: Position;
}

export interface Link {
  type: 'link';
  url: string;
  children: Inline[];
  position?: Position;
}

export interface InlineCode {
  type: 'inlineCode';
  value: string;
  position?: Position;
}

/** Call of a numbered footnote; `number` is its printed number (1-based). */
export interface FootnoteRef {
  type: 'footnoteRef';
  id: string;
  number: number;
  position?: Position;
}

/** One cited work inside a citation cluster, Pandoc style: `@key, p. 3`. */
export interface CitationItem {
  key: string;
  /** Locator label normalised to a CSL term: page, chapter, folio, archival … */
  label?: string;
  locator?: string;
  prefix?: string;
  suffix?: string;
  /** `[-@key]`: the author is left out (named in the sentence already). */
  suppressAuthor?: boolean;
  /** This item's part of the rendered cluster (optional; lets HTML link each work separately). */
  rendered?: Inline[];
  position?: Position;
}

/** `[@a, p. 3; @b]` — rendered text is filled by the references stage. */
export interface Citation {
  type: 'citation';
  /** Stable id (`cit-1` …) so outputs can link back. */
  id: string;
  items: CitationItem[];
  /** Rendered cluster without brackets, e.g. `Schapiro, 1955; Deutscher`. Empty until resolved. */
  rendered: Inline[];
  /** `@key` / `@key [p. 3]` outside brackets: the author belongs to the sentence ("Wehling (1977)"). */
  narrative?: boolean;
  /**
   * What the style's citation layout puts around and between the items (`[`, `]`, `; `),
   * set by the references stage; renderers print exactly these, never brackets of their own.
   * A narrative citation carries its affixes inside `rendered` and has none here.
   */
  layout?: { prefix: string; suffix: string; delimiter: string };
  position?: Position;
}

/** Kinds of labelled blocks a cross-reference can point at, by label prefix (`fig:name`). */
export type CrossRefKind = 'fig' | 'tbl' | 'eq' | 'sec' | 'app';

/** `@fig:map`: a reference to a labelled block, resolved after the body is converted. */
export interface CrossRef {
  type: 'crossRef';
  /** The author's label (`fig:map`). */
  label: string;
  kind: CrossRefKind;
  /** XML id of the target block (`fig1`); unset until resolved (an unknown label is an error). */
  targetId?: string;
  /** The printed reference in the article's language: "Fig. 1", "Table 2", "(3)". */
  text: string;
  position?: Position;
}

/**
 * A span with a semantic role, used by formatted references
 * (role: 'author', 'title', 'container-title', 'issued', 'publisher', 'page' …)
 * so the JATS renderer can tag it and the others can render its children.
 */
export interface Field {
  type: 'field';
  role: string;
  /** Language of the value when it differs from its entry's (a transliterated title: `ru-Latn`). */
  lang?: string;
  children: Inline[];
}

/** Superscript `^2^`, subscript `~2~`, `[text]{.smallcaps}`, `[text]{.underline}`. */
export type MarkKind = 'superscript' | 'subscript' | 'smallcaps' | 'underline';

export interface Mark {
  type: 'mark';
  mark: MarkKind;
  children: Inline[];
  position?: Position;
}

/** `$…$`: TeX as written and the MathML (namespace-qualified `<math>`) made from it once, at load. */
export interface InlineFormula {
  type: 'inlineFormula';
  tex: string;
  mathml: string;
  position?: Position;
}

export type Inline = Text | Emphasis | Strong | Link | InlineCode | FootnoteRef | Citation | CrossRef | Field | Mark | InlineFormula;

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
  tex: string;
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

// -------------------------------------------------------------------- metadata

export interface PersonName {
  given: string;
  surname: string;
}

export interface Author {
  id: string;
  /** Name per script/language: `en` Latin, `ru` Cyrillic. */
  name: Localized<PersonName>;
  orcid?: string;
  /** The ORCID iD was collected through ORCID's OAuth (Crossref and JATS `authenticated`). */
  orcidAuthenticated?: boolean;
  /** eLIBRARY's SPIN code (XXXX-XXXX), Scopus Author ID, Web of Science ResearcherID. */
  spin?: string;
  scopusId?: string;
  researcherId?: string;
  email?: string;
  affiliations: string[];
  corresponding?: boolean;
  /** CRediT contributor roles, in the order written. */
  roles?: CreditRole[];
  position?: Position;
}

/** One of the 14 CRediT terms (https://credit.niso.org/), as JATS `role vocab="credit"` carries it. */
export interface CreditRole {
  /** The source's key, e.g. `writing-original-draft`. */
  term: string;
  /** The term's official name, e.g. "Writing – original draft". */
  name: string;
  /** The term's official URI. */
  uri: string;
}

/** One funding source with its awards (JATS `award-group`, Crossref `fr:assertion`). */
export interface Funding {
  /** Funder name per language. */
  funder: Localized;
  /** Open Funder Registry DOI (`10.13039/…`) or ROR URL of the funder. */
  funderId?: { type: 'doi' | 'ror'; value: string };
  awards: string[];
  position?: Position;
}

/** A file published beside the article (data, a long table, an audio clip). */
export interface SupplementaryFile {
  /** `supp1`, `supp2` … in the order written. */
  id: string;
  number: number;
  /** Path relative to the article folder; also its path under dist/<id>/. */
  src: string;
  /** Absolute path of the file, resolved by the loader (empty when missing). */
  file: string;
  /** IANA media type, from the file's extension. */
  mimeType: string;
  caption: Localized<Inline[]>;
  position?: Position;
}

/** The article another one corrects or reviews (JATS `related-article`, Crossref relations). */
export interface RelatedArticle {
  /** JATS related-article-type: `corrected-article`, `retracted-article`, `commentary-article` … */
  type: string;
  doi: string;
  position?: Position;
}

/** The book a book review reviews (JATS `product`). */
export interface ReviewedBook {
  /** The authors' names as printed (`Figes O.`). */
  authors: string[];
  title: string;
  publisher?: string;
  place?: string;
  year?: number;
  isbn?: string;
  doi?: string;
  position?: Position;
}

/** Statements of the front and back matter: per language, only the languages written. */
export interface MatterStatements {
  authorNotes?: Localized<Block[]>;
  fundingStatement?: Localized<Block[]>;
  acknowledgements?: Localized<Block[]>;
  conflictOfInterest?: Localized<Block[]>;
  dataAvailability?: Localized<Block[]>;
}

export interface Affiliation {
  id: string;
  institution: Localized;
  city?: Localized;
  country?: Localized;
  /** ISO 3166-1 alpha-2. */
  countryCode?: string;
  ror?: string;
  position?: Position;
}

/** ISO dates (YYYY-MM-DD). */
export interface History {
  received?: string;
  revised?: string;
  accepted?: string;
  published?: string;
}

export interface ArticleMeta {
  /** Language of the article text. */
  lang: string;
  section?: Localized;
  title: Localized<Inline[]>;
  /** Plain-text title per language (for metadata, PDF Info, citation blocks). */
  titleText: Localized;
  shortTitle?: Localized;
  authors: Author[];
  affiliations: Affiliation[];
  abstract: Localized<Block[]>;
  keywords: Localized<string[]>;
  udc?: string;
  doi?: string;
  /** eLIBRARY Document Number (six Latin letters), once eLIBRARY has given one. */
  edn?: string;
  /** JATS article-type value (research-article when the source names none). */
  articleType?: string;
  /** Journal-wide running article number (DOI suffix pattern `{seq}`). */
  seq?: number;
  volume: number;
  issue: string;
  year: number;
  pages: { first?: number; last?: number };
  history: History;
  /** False: the article is never deposited with Crossref (`deposit: false` in the source). */
  deposit?: boolean;
  /** Licence URL or id; defaults to the profile's. */
  license?: string;
  /** Funding sources and their awards. */
  funding?: Funding[];
  /** Acknowledgements, funding, COI and data statements, author notes. */
  statements?: MatterStatements;
  supplementary?: SupplementaryFile[];
  /** The corrected (or retracted, commented) article. */
  related?: RelatedArticle[];
  reviewedBook?: ReviewedBook;
  /** Hand-written citation blocks from the source, checked against the generated ones. */
  citationBlockSource?: Localized<{ text: string; position?: Position }>;
  /** Where each metadata field was written, keyed by dotted path (`doi`, `title.ru`). */
  positions: Record<string, Position>;
}

// ------------------------------------------------------------------ references

/** A CSL-JSON item as citation-js produces it, plus Galley's own fields under `custom`. */
export interface CslItem {
  id: string;
  type: string;
  language?: string;
  [field: string]: unknown;
}

export interface ReferenceEntry {
  /** CSL item id (= citation key). */
  id: string;
  /** Language (and script) of the work as this list renders it: `ru-Latn` for a romanized Russian work. */
  lang: string;
  /**
   * Language of the entry's own words when not `lang`: a romanized entry reads in
   * its list's language (labels, translated titles, "Moscow"); the transliterated
   * fields carry `lang` themselves (Field.lang).
   */
  textLang?: string;
  text: Inline[];
  doi?: string;
  /** JATS `publication-type` of the mixed citation (journal, book, archive …). */
  publicationType?: string;
}

export interface ReferenceList {
  /** 'primary' (article's conventions, GOST) or 'romanized' ("References"). */
  kind: string;
  /** The profile's name of the list (`references.lists[].name`), which outputs use to label its renderings. */
  name?: string;
  title: string;
  lang: string;
  entries: ReferenceEntry[];
}

export interface CitationBlock {
  lang: string;
  /** The profile's label of the block, e.g. "Citation". */
  label: string;
  text: Inline[];
  /** The same as plain text, for comparison and metadata. */
  plain: string;
}

// --------------------------------------------------------------------- article

export interface ArticleSource {
  /** Folder name under article/; also the output folder name. */
  id: string;
  dir: string;
  /** Path of the main source file (article.md). */
  file: string;
  meta: ArticleMeta;
  body: Block[];
  footnotes: Footnote[];
  /** The bibliography as loaded (CSL items), with where each item was written. */
  bibliography: CslItem[];
  bibliographyFile?: string;
  bibliographyPositions: Record<string, Position>;
}

/** The validated, resolved article that renderers receive. */
export interface Article extends ArticleSource {
  references: ReferenceList[];
  citationBlocks: CitationBlock[];
}
