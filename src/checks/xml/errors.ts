// libxml2 error details → SchemaError. Validity errors carry a line but no
// column (libxml2 reports them per node), so the column is recovered from the
// line's text where the offending element can be found on it.
import type { ErrorDetail } from '../../util/libxml2.js';

export interface SchemaError {
  message: string;
  /** 1-based line in the validated document (the schema file's line for a broken schema). */
  line: number;
  /** 1-based column; 1 when libxml2 does not say and the element cannot be found on the line. */
  column: number;
  /** Set when the schema itself could not be loaded: the document was not checked. */
  schemaMissing?: boolean;
}

/**
 * @param docUrl the document's URL: an error located in another file (a DTD
 * module read while parsing) is named by file and reported at line 1.
 */
export function toSchemaErrors(details: readonly ErrorDetail[], xml: string, docUrl?: string): SchemaError[] {
  const lines = xml.split('\n');
  const out: SchemaError[] = [];
  const seen = new Set<string>();
  for (const d of details) {
    const elsewhere = docUrl !== undefined && d.file !== undefined && d.file !== docUrl;
    const text = d.message.replace(/\s+/g, ' ').trim();
    if (elsewhere) {
      out.push({ message: `${d.file}:${d.line}: ${text}`, line: 1, column: 1 });
      continue;
    }
    const message = text;
    const line = d.line > 0 ? d.line : 1;
    const column = d.col > 0 ? d.col : columnOf(lines[line - 1] ?? '', elementName(d));
    const key = `${line}:${column}:${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ message, line, column });
  }
  return out;
}

/** The element an error is about: last step of its node path, else the name in the message. */
function elementName(d: ErrorDetail): string | undefined {
  const step = d.xpath?.split('/').pop()?.replace(/\[\d+\]$/, '');
  if (step && step !== '*' && !step.includes('(')) return step;
  const quoted = /Element '(?:\{[^}]*\})?([^']+)'/.exec(d.message);
  if (quoted) return quoted[1];
  return /(?:[Ee]lement|element) ([\w.:-]+)/.exec(d.message)?.[1];
}

function columnOf(lineText: string, name: string | undefined): number {
  if (!name) return 1;
  const local = name.includes(':') ? name.slice(name.indexOf(':') + 1) : name;
  const at = new RegExp(`<(?:[\\w.-]+:)?${local.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=[\\s/>])`).exec(lineText);
  return at ? at.index + 1 : 1;
}
