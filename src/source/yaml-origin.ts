// Where the text of a YAML scalar starts, so Markdown parsed from it (abstracts,
// titles) reports positions in the article file rather than in the snippet.
import type { Position } from '../model/types.js';
import type { TextOrigin } from './text-positions.js';

/**
 * @param at position of the scalar (its indicator `|`/`>`, quote, or first character)
 * @param fileLines the whole source file, split into lines
 */
export function originOfYamlScalar(at: Position, fileLines: string[]): TextOrigin {
  const line = fileLines[at.line - 1] ?? '';
  const first = line[at.column - 1];
  if (first === '|' || first === '>') {
    // Block scalar: the text starts on the next line, indented.
    const next = fileLines.slice(at.line).find((l) => l.trim()) ?? '';
    const indent = next.length - next.trimStart().length;
    return { file: at.file, lineOffset: at.line, columnOffset: indent };
  }
  const quoted = first === '"' || first === "'";
  return { file: at.file, lineOffset: at.line - 1, columnOffset: 0, firstLineColumnOffset: at.column - (quoted ? 0 : 1) };
}
