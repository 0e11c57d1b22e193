// Printed in-text citations ([1, с. 5], [Иванов, 2001]) → Galley citations,
// through the reference parser (src/import/references/). The parser reads
// text, the body is Markdown: brackets the author typed are escaped there
// (`\[1\]`) and brackets of Markdown syntax (links, spans) are not, so the two
// are swapped for the parser and swapped back after it, and any bracket the
// parser left alone is escaped again.
import type { Diagnostic } from '../../checks/diagnostic.js';
import { findCitations } from '../../source/citations.js';
import type { Decision } from '../report.js';
import { convertInTextCitations, type ParsedLists } from '../references/index.js';

const OPEN = '\uE000';
const CLOSE = '\uE001';

export function inTextConverter(lists: ParsedLists, file: string, sink: { diagnostics: Diagnostic[]; decisions: Decision[] }): (markdown: string, at: string) => string {
  return (markdown, at) => {
    if (!/\\[[(]|\(/.test(markdown)) return markdown;
    // Markup brackets out of the way, the author's brackets back.
    const plain = markdown.replace(/\\?[[\]]/g, (b) => (b === '[' ? OPEN : b === ']' ? CLOSE : b.slice(1)));
    const converted = convertInTextCitations(plain, lists, { file, at });
    sink.diagnostics.push(...converted.diagnostics);
    sink.decisions.push(...converted.decisions);
    const text = converted.text;
    const keep = new Set<number>();
    for (const c of findCitations(text).citations) for (let i = c.start; i < c.end; i++) keep.add(i);
    let out = '';
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if ((ch === '[' || ch === ']') && !keep.has(i)) out += `\\${ch}`;
      else out += ch === OPEN ? '[' : ch === CLOSE ? ']' : ch;
    }
    return out;
  };
}
