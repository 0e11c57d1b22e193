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
  /** The printed reference in the article's language: "Fig. 1", "Таблица 2", "(3)". */
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

export type Inline = Text | Emphasis | Strong | Link | InlineCode | FootnoteRef | Citation | CrossRef | Field;

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
  position?: Position;
}

export interface List {
  type: 'list';
  ordered: boolean;
  items: Block[][];
  position?: Position;
}

export type Block = Paragraph | Section | Figure | BlockQuote | List;

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
  position?: Position;
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
  /** "Citation", "Цитирование". */
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
