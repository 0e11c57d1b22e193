// The reference import's contract: printed entries in, CSL items out, with every
// uncertain decision and every entry that could not be parsed reported.
import type { CslItem } from '../../model/reference-types.js';
import type { Diagnostic } from '../../checks/diagnostic.js';
import type { Decision } from '../report.js';

export type { CslItem, Diagnostic, Decision };

/** One printed entry: its text with *italic* runs marked as in Markdown, and where it was (`paragraph 213`). */
export interface PrintedEntry {
  text: string;
  at: string;
  /** Line and column in the input, where the reader knows them (the message names `at` in any case). */
  line?: number;
  column?: number;
}

export interface ParsedLists {
  /** One per primary entry, in printed order. */
  items: CslItem[];
  /** idByNumber[n-1] is the id of the n-th printed primary entry (for `[n]` citations). */
  idByNumber: string[];
  /** Uncertain decisions: pairing, a type or language guessed, a conflict between the lists. */
  decisions: Decision[];
  /** An entry not parsed with confidence is kept verbatim, with a warning at its place. */
  diagnostics: Diagnostic[];
  /** Each primary entry paired with its entry of the romanized list (by their `at`). */
  pairs: { id: string; primary: string; romanized: string }[];
  /** Figures for the report: entries parsed, kept verbatim, paired. */
  counts: { primary: number; parsed: number; verbatim: number; romanized: number; paired: number };
}

/** Abbreviated form as printed → full form as stored (GOST R 7.0.12). */
export interface Expansions {
  places: Record<string, string>;
  /** Word abbreviations; a list when the full form depends on the phrase (лит. → литературы, литература). */
  words: Record<string, string[]>;
}
