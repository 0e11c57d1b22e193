// A short excerpt of the source under a diagnostic, the column marked: what a
// person needs to find the fault without opening the file.
import { readFileSync } from 'node:fs';

const width = 100;

/** Reads each file once per run; a file that cannot be read (or is binary) gives no excerpt. */
export function excerptReader(): (file: string, line: number, column: number) => string | undefined {
  const cache = new Map<string, string[] | undefined>();
  return (file, line, column) => {
    if (!cache.has(file)) {
      try {
        const text = readFileSync(file, 'utf8');
        // A binary input (a Word package) has no lines to show.
        cache.set(file, text.slice(0, 1024).includes('\u0000') ? undefined : text.split(/\r?\n/));
      } catch {
        cache.set(file, undefined);
      }
    }
    const text = cache.get(file)?.[line - 1];
    if (text === undefined || !text.trim()) return undefined;
    return excerptOf(text, column);
  };
}

/** The line (a window of it when long) and a caret under the column (1-based, in characters). */
export function excerptOf(text: string, column: number): string {
  const chars = [...text.replace(/\t/g, ' ')];
  const at = Math.max(0, Math.min(column - 1, chars.length));
  const start = chars.length > width ? Math.max(0, Math.min(at - Math.floor(width / 2), chars.length - width)) : 0;
  const shown = chars.slice(start, start + width).join('');
  const lead = start > 0 ? '…' : '';
  const tail = start + width < chars.length ? '…' : '';
  return `${lead}${shown}${tail}\n${' '.repeat(lead.length + at - start)}^ column ${column}`;
}
