// Offsets in a text → 1-based line:column, the way editors count.
import type { Position } from '../model/types.js';

/** Where a parsed snippet sits in its file (front matter, abstracts inside YAML). */
export interface TextOrigin {
  file: string;
  /** Lines before the snippet's first line. */
  lineOffset: number;
  /** Columns added to every line of the snippet (indentation of a YAML block scalar). */
  columnOffset: number;
  /** Columns added to the snippet's first line instead (a plain scalar after `key: `). */
  firstLineColumnOffset?: number;
}

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string, private readonly origin: TextOrigin) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }

  /** Position of a 0-based offset into the text. */
  at(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return this.point(lo + 1, offset - this.starts[lo] + 1);
  }

  /** Position of a 1-based line and column of the snippet. */
  point(line: number, column: number): Position {
    const shift = line === 1 ? (this.origin.firstLineColumnOffset ?? this.origin.columnOffset) : this.origin.columnOffset;
    return { file: this.origin.file, line: line + this.origin.lineOffset, column: column + shift };
  }
}

/**
 * Maps each index of a parsed string (entities decoded, escapes removed) to its
 * offset in the raw source slice it came from, by walking both in step: a parsed
 * character is matched to its next occurrence in the raw text.
 */
export function alignParsedToRaw(parsed: string, raw: string, rawStart: number): (index: number) => number {
  if (parsed === raw) return (i) => rawStart + i;
  const map = new Array<number>(parsed.length + 1);
  // Longest stretch of source one parsed character can stand for (a named entity).
  const window = 40;
  let j = 0;
  for (let i = 0; i < parsed.length; i++) {
    let found = raw.indexOf(parsed[i], j);
    if (found - j > window) found = -1;
    if (found >= 0) j = found;
    map[i] = rawStart + Math.min(j, raw.length);
    if (found >= 0) j++;
  }
  map[parsed.length] = rawStart + Math.min(j, raw.length);
  return (i) => map[Math.max(0, Math.min(i, parsed.length))];
}
