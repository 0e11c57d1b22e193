// What an import could not carry over, and what it had to decide. Both
// importers (JATS, Word) fill one of these per article; it is written beside
// the article as import-report.json (for tools and tests) and
// import-report.txt (for people), so nothing is dropped without a trace.
import type { Diagnostic } from '../checks/diagnostic.js';

export interface NotKept {
  /** Where in the input: an XPath for JATS (`/article[1]/body[1]/sec[2]/p[4]`), `paragraph 12` (or `footnote 3`) for Word. */
  at: string;
  /** The element or construct (`table-wrap-foot`, `w:ins`, `MathType object`). */
  element: string;
  /** Its text, shortened to 200 characters. */
  text: string;
  /** Why it was not kept ("no Galley construct for glossary", "duplicate of …"). */
  reason: string;
  /** Line in the input file, where the reader knows it. */
  line?: number;
}

export interface Decision {
  at: string;
  /** What was decided ("paragraph 14 became the Russian abstract"). */
  what: string;
  /** Why (the label found, the layout seen). */
  why: string;
}

export interface ImportReport {
  /** The input file, as given on the command line. */
  source: string;
  /** The article folder written (relative to the working folder). */
  article: string;
  /** Counts for the summary table: references mapped, figures copied … */
  counts: Record<string, number>;
  notKept: NotKept[];
  decisions: Decision[];
  /** Diagnostics raised on the way (invalid input, placeholders, unparsed references). */
  diagnostics: Diagnostic[];
}

export function emptyReport(source: string, article: string): ImportReport {
  return { source, article, counts: {}, notKept: [], decisions: [], diagnostics: [] };
}

const maxText = 200;

export function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= maxText ? flat : `${flat.slice(0, maxText - 1)}…`;
}

/** The JSON written to import-report.json: stable key order, one trailing newline. */
export function reportJson(report: ImportReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** The human summary written to import-report.txt. */
export function reportText(report: ImportReport): string {
  const lines = [`Import of ${report.source} into ${report.article}`, ''];
  for (const [k, v] of Object.entries(report.counts)) lines.push(`  ${k}: ${v}`);
  lines.push('', `Not kept (${report.notKept.length}):`);
  for (const n of report.notKept) lines.push(`  ${n.at}${n.line ? ` (line ${n.line})` : ''}: ${n.element}: ${n.reason}${n.text ? ` — “${n.text}”` : ''}`);
  lines.push('', `Decisions (${report.decisions.length}):`);
  for (const d of report.decisions) lines.push(`  ${d.at}: ${d.what} (${d.why})`);
  if (report.diagnostics.length) {
    lines.push('', `Diagnostics (${report.diagnostics.length}):`);
    for (const d of report.diagnostics) {
      const at = d.position ? `${d.position.file}:${d.position.line}:${d.position.column} ` : '';
      lines.push(`  ${at}${d.severity} ${d.rule}: ${d.message}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
