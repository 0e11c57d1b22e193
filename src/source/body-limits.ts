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
/**
 * Markdown nodes cost far more than text (measured: 400 KB of `*a* **b** [@k] [^1]`
 * takes 6 s), and every node needs a markup character; the sample article has 198.
 */
export const maxMarkupChars = 50_000;
const markupChar = /[*_[\]`<&!^@]/g;

/** One container marker: a quote `>`, a bullet, an ordered-list number or a footnote label, with the spaces after it. */
const marker = /(?:(>)[ \t]?|([-+*]|\d{1,9}[.)]|\[\^[^\]\s]{1,200}\]:)([ \t]+|$))/y;

/** Width of leading white space, tabs to the next multiple of 4 as CommonMark counts them. */
function indentWidth(line: string, from: number): { width: number; end: number } {
  let width = 0;
  let i = from;
  for (; i < line.length && (line[i] === ' ' || line[i] === '\t'); i++) width = line[i] === '\t' ? width + 4 - (width % 4) : width + 1;
  return { width, end: i };
}

type Container = { kind: 'quote' } | { kind: 'item'; content: number };

/**
 * Counts quotes, list items and footnote definitions however they nest: markers
 * on one line (`> > -`) and items nested by indentation over many lines. Each
 * line first continues the open containers the way CommonMark matches them (a
 * `>` for a quote, enough indentation for an item), then opens new ones. Text
 * that matches no container may be a lazy continuation, so it closes nothing:
 * the count errs high, never low (a shape that escaped it would reach
 * micromark's superlinear path).
 */
export class NestingCounter {
  private stack: Container[] = [];

  /** Nesting depth reached on this line; counting stops once `limit` is passed. */
  depth(line: string, limit = maxNesting): number {
    if (!line.trim()) return this.stack.length;
    let i = 0;
    let column = 0;
    let matched = 0;
    for (const container of this.stack) {
      const space = indentWidth(line, i);
      if (container.kind === 'quote') {
        if (space.width > 3 || line[space.end] !== '>') break;
        i = space.end + 1;
        column += space.width + 1;
        if (line[i] === ' ') { i++; column++; }
      } else {
        if (column + space.width < container.content) break;
        // Consume only the item's indentation; the rest belongs to what follows.
        let need = container.content - column;
        while (need > 0 && (line[i] === ' ' || line[i] === '\t')) { need -= line[i] === '\t' ? 4 - (column % 4) : 1; column += line[i] === '\t' ? 4 - (column % 4) : 1; i++; }
      }
      matched++;
    }
    const opened: Container[] = [];
    while (matched + opened.length <= limit) {
      const space = indentWidth(line, i);
      // Sticky: no slice of a long line per marker.
      marker.lastIndex = space.end;
      const m = marker.exec(line);
      if (!m) break;
      const at = column + space.width;
      if (m[1]) opened.push({ kind: 'quote' });
      // A footnote definition's content is indented four columns, whatever its label.
      else if (m[2].startsWith('[^')) opened.push({ kind: 'item', content: at + 4 });
      else opened.push({ kind: 'item', content: at + m[2].length + Math.min(Math.max(indentWidth(m[3], 0).width, 1), 4) });
      i = space.end + m[0].length;
      column = at + m[0].length;
    }
    // A line that opens a container is not lazy text: the unmatched ones are closed.
    if (opened.length) this.stack = [...this.stack.slice(0, matched), ...opened];
    return this.stack.length;
  }
}

/** The first place where the body exceeds a limit, or undefined. */
export function findOversizedText(body: string, file: string, lineOffset: number): { message: string; position: Position } | undefined {
  const lines = body.split('\n');
  const nesting = new NestingCounter();
  let markup = 0;
  let blockStart = -1;
  let blockChars = 0;
  for (let i = 0; i <= lines.length; i++) {
    const line = lines[i];
    if (line !== undefined && nesting.depth(line) > maxNesting)
      return { message: `Unexpected quotes or lists nested more than ${maxNesting} deep, expected at most ${maxNesting} levels`, position: { file, line: i + 1 + lineOffset, column: 1 } };
    if (line !== undefined && (markup += line.match(markupChar)?.length ?? 0) > maxMarkupChars)
      return {
        message: `Unexpected more than ${maxMarkupChars} Markdown markup characters (* _ [ ] \` < & ! ^ @) in the body, expected article text (a long article has a few thousand)`,
        position: { file, line: i + 1 + lineOffset, column: 1 },
      };
    if (line === undefined || !line.trim()) {
      blockStart = -1;
      blockChars = 0;
      continue;
    }
    const position = (at: number): Position => ({ file, line: at + 1 + lineOffset, column: 1 });
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
