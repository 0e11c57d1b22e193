// What the print handlers share while rendering one article.
import type { Diagnostic } from '../../checks/diagnostic.js';
import { ruleCatalogue, type RuleId } from '../../checks/catalogue/index.js';
import type { Footnote, Position } from '../../model/types.js';
import type { Labels } from '../html/labels.js';
import type { FigureFonts } from './svg/svg-fonts.js';

export interface PrintState {
  /** Footnote bodies by id, already typeset. */
  footnotes: Map<string, Footnote>;
  /** Footnotes whose body has been placed (a second call only repeats the number). */
  placed: Set<string>;
  diagnostics: Diagnostic[];
  /** The article source file, for positions of nodes that carry none. */
  file: string;
  /** The article's language and the words the body prints in it ("Appendix"). */
  lang: string;
  words: { appendix: string; appendixLetters: string };
  /** Words the galleys print ("Fig.", "Table"), shared with the HTML galley so both say the same; set by the renderer. */
  labels?: Labels;
  /** The journal's fonts for text inside SVG figures, which are drawn inside the page (set by the renderer). */
  figureFonts?: FigureFonts;
  /** Reference fields keep their `f-…` span: a print template styles one (field-spans.ts; set by the renderer). */
  fieldSpans?: boolean;
}

export function createPrintState(footnotes: Footnote[], file: string, lang = 'en', words = { appendix: 'Appendix', appendixLetters: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ' }): PrintState {
  return { footnotes: new Map(footnotes.map((n) => [n.id, n])), placed: new Set(), diagnostics: [], file, lang, words };
}

export function report(state: PrintState, rule: RuleId, message: string, position?: Position): void {
  state.diagnostics.push({ rule, severity: ruleCatalogue[rule].severity, message, position: position ?? { file: state.file, line: 1, column: 1 } });
}
