// CommonMark + GFM footnotes and tables, `$` math and `:::` container directives → mdast, with positions.
import { directiveFromMarkdown } from 'mdast-util-directive';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { mathFromMarkdown } from 'mdast-util-math';
import { directive } from 'micromark-extension-directive';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTable } from 'micromark-extension-gfm-table';
import { math } from 'micromark-extension-math';
import type { Root } from 'mdast';

const withTables = [gfmFootnote(), gfmTable(), math(), directive()];
const withoutTables = withTables.filter((extension, i) => i !== 1);
const mdastExtensions = [gfmFootnoteFromMarkdown(), gfmTableFromMarkdown(), mathFromMarkdown(), directiveFromMarkdown()];

/**
 * The table construct is tried at every line start and reads the whole line
 * before it can fail (a fifth of a cold body parse). A table needs a delimiter
 * row, which holds a `|` or a `:` next to a `-` (`:--`, `--:`): text without
 * either has none, and parses the same without the construct.
 */
export const mayHoldTable = (text: string) => /\||:-|-:/.test(text);

export function parseMarkdown(text: string): Root {
  return fromMarkdown(text, { extensions: mayHoldTable(text) ? withTables : withoutTables, mdastExtensions });
}
