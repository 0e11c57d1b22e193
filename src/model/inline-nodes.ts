// Inline nodes of the typed Article (re-exported by model/types.ts, the one contract).
import type { Position } from './types.js';

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

/**
 * `$…$`: TeX as written and the MathML (namespace-qualified `<math>`) made from it once, at load.
 * A raw `<math>` in the source (an imported formula without TeX) has MathML only.
 */
export interface InlineFormula {
  type: 'inlineFormula';
  tex?: string;
  mathml: string;
  position?: Position;
}

export type Inline = Text | Emphasis | Strong | Link | InlineCode | FootnoteRef | Citation | CrossRef | Field | Mark | InlineFormula;
