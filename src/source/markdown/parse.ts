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

const extensions = [gfmFootnote(), gfmTable(), math(), directive()];
const mdastExtensions = [gfmFootnoteFromMarkdown(), gfmTableFromMarkdown(), mathFromMarkdown(), directiveFromMarkdown()];

export function parseMarkdown(text: string): Root {
  return fromMarkdown(text, { extensions, mdastExtensions });
}
