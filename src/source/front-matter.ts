// Splitting `---` YAML front matter from the Markdown body, keeping line offsets
// so both halves report positions in the original file.
import type { Position } from '../model/types.js';

export interface FrontMatterSplit {
  yaml: string;
  /** Lines before the YAML text (the opening `---`). */
  yamlLineOffset: number;
  body: string;
  /** Lines before the body text. */
  bodyLineOffset: number;
}

export type SplitResult = { split: FrontMatterSplit; problem?: undefined } | { split?: undefined; problem: { message: string; position: Position } };

const fence = /^---[ \t]*$/;
const closing = /^(---|\.\.\.)[ \t]*$/;

export function splitFrontMatter(text: string, file: string): SplitResult {
  const lines = text.split('\n');
  if (!fence.test(lines[0])) {
    const shown = JSON.stringify(lines[0].slice(0, 30));
    return { problem: { message: `Unexpected ${shown} on the first line, expected \`---\` opening the YAML front matter`, position: { file, line: 1, column: 1 } } };
  }
  const end = lines.findIndex((line, i) => i > 0 && closing.test(line));
  if (end < 0)
    return { problem: { message: 'Unexpected end of file inside the front matter, expected a closing `---` line', position: { file, line: 1, column: 1 } } };
  return {
    split: {
      yaml: lines.slice(1, end).join('\n'),
      yamlLineOffset: 1,
      body: lines.slice(end + 1).join('\n'),
      bodyLineOffset: end + 1,
    },
  };
}
