// References and citation blocks of the typed Article (re-exported by model/types.ts, the one contract).
import type { Citation, Field, Inline } from './types.js';

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
