// Text that CommonMark, GFM footnotes and tables, math and directives all read as
// one plain text node: letters, digits, spaces and punctuation none of them
// gives a meaning to, on one line, not starting like a block (`1.`, `-`, `#`).
// Most table cells are such text (years, counts, words); micromark costs ~1 ms a
// parse, so a 36-row table spent more time there than on the rest of its article.
import type { PhrasingContent } from 'mdast';

const inner = String.raw`\p{L}\p{N}\-,.;?'"()%/+=#№°–—«»‘’“”„`;
const plain = new RegExp(`^[\\p{L}\\p{N}](?:[${inner} ]*[${inner}])?$`, 'u');
const orderedListStart = /^\d{1,9}[.)](?: |$)/;

/** The mdast children micromark gives `text` as a paragraph, when it is plain text; otherwise undefined. */
export function plainTextChildren(text: string): PhrasingContent[] | undefined {
  if (!plain.test(text) || orderedListStart.test(text)) return undefined;
  const end = { line: 1, column: text.length + 1, offset: text.length };
  return [{ type: 'text', value: text, position: { start: { line: 1, column: 1, offset: 0 }, end } }];
}
