// Reading a source file defensively: an editor may point Galley at anything
// (an empty file, a PDF, a Windows-1251 export), and each gets a diagnostic.
import { isUtf8 } from 'node:buffer';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Position } from '../model/types.js';
import type { RuleId } from '../checks/catalogue/index.js';

/**
 * Larger sources are refused: no article is this long (the longest of the
 * corpus is 250 KB as JATS), and parsing it would stall the build (measured:
 * 5 MB of plain paragraphs take 4 s to parse).
 */
export const maxSourceBytes = 2 * 1024 * 1024;

export interface SourceProblem {
  rule: RuleId;
  message: string;
  position: Position;
}

export type ReadResult = { text: string; problem?: undefined } | { text?: undefined; problem: SourceProblem };

/** Reads a UTF-8 text file; `shownAs` is the name used in positions and messages. */
export function readSourceText(path: string, shownAs: string, maxBytes = maxSourceBytes): ReadResult {
  const start: Position = { file: shownAs, line: 1, column: 1 };
  const fail = (rule: RuleId, message: string, position = start): ReadResult => ({ problem: { rule, message, position } });
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return fail('source-unreadable', `Unexpected directory or special file ${basename(shownAs)}, expected a text file`);
    if (stat.size > maxBytes)
      return fail('source-unreadable', `Unexpected file size ${stat.size} bytes, expected at most ${maxBytes} bytes`);
    bytes = readFileSync(path);
  } catch {
    return fail('source-unreadable', `Unexpected missing file ${basename(shownAs)}, expected a readable text file`);
  }
  return decodeSourceBytes(bytes, shownAs);
}

export function decodeSourceBytes(bytes: Uint8Array, shownAs: string): ReadResult {
  const at = (offset: number): Position => positionOfByte(bytes, offset, shownAs);
  const fail = (rule: RuleId, message: string, position: Position): ReadResult => ({ problem: { rule, message, position } });
  const nul = bytes.indexOf(0);
  if (nul >= 0) return fail('source-unreadable', 'Unexpected NUL byte (a binary file?), expected UTF-8 text', at(nul));
  // Node's native check first; the byte walk only to find where a bad file breaks.
  const invalid = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
  if (invalid >= 0)
    return fail('source-encoding', `Unexpected byte 0x${bytes[invalid].toString(16).toUpperCase().padStart(2, '0')} that is not UTF-8, expected UTF-8 text (re-save the file as UTF-8)`, at(invalid));
  let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // One line-ending convention, so every later position counts lines the same way.
  text = text.replace(/\r\n?/g, '\n');
  if (!text.trim()) return fail('source-unreadable', 'Unexpected empty file, expected front matter and text', { file: shownAs, line: 1, column: 1 });
  return { text };
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need: number;
    let min: number;
    if (b < 0x80) { i++; continue; }
    else if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Line and column (in characters, not bytes) of a byte offset. */
function positionOfByte(bytes: Uint8Array, offset: number, file: string): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) { line++; lineStart = i + 1; }
  const before = Buffer.from(bytes.buffer, bytes.byteOffset + lineStart, offset - lineStart).toString('utf8');
  return { file, line, column: [...before].length + 1 };
}
