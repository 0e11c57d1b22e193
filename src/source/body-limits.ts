// Limits that keep Markdown parsing fast. micromark slows down more than
// linearly on some shapes (measured: 20,000 lazy lines under a footnote 4 s,
// one 200,000-character line of `[a](` 14 s, 40,000 nested `>` 2 s), so text
// far beyond any real article is refused before parsing, with the reason.
import type { Position } from '../model/types.js';

/** A paragraph (run of non-blank lines) longer than this is no article text. */
export const maxBlockLines = 1000;
export const maxBlockChars = 20_000;
/** Quotes and lists nested deeper than this cannot be typeset anyway. */
export const maxNesting = 20;

const deepNesting = new RegExp(`^(?:[ \\t]{0,3}(?:>|[-+*](?=[ \\t])|\\d{1,9}[.)](?=[ \\t]))[ \\t]*){${maxNesting + 1}}`);

/** The first place where the body exceeds a limit, or undefined. */
export function findOversizedText(body: string, file: string, lineOffset: number): { message: string; position: Position } | undefined {
  const lines = body.split('\n');
  let blockStart = -1;
  let blockChars = 0;
  for (let i = 0; i <= lines.length; i++) {
    const line = lines[i];
    if (line === undefined || !line.trim()) {
      blockStart = -1;
      blockChars = 0;
      continue;
    }
    const position = (at: number): Position => ({ file, line: at + 1 + lineOffset, column: 1 });
    if (deepNesting.test(line))
      return { message: `Unexpected quotes or lists nested more than ${maxNesting} deep, expected at most ${maxNesting} levels`, position: position(i) };
    if (blockStart < 0) blockStart = i;
    blockChars += line.length + 1;
    const lineCount = i - blockStart + 1;
    if (lineCount > maxBlockLines || blockChars > maxBlockChars)
      return {
        message: `Unexpected paragraph of more than ${lineCount > maxBlockLines ? `${maxBlockLines} lines` : `${maxBlockChars} characters`} without a blank line, expected article text (paragraphs separated by blank lines)`,
        position: position(blockStart),
      };
  }
  return undefined;
}
