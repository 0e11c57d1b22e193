// Citation nodes of an article in reading order: the body, with each footnote's
// text read where it is first called; footnotes never called come last; then
// the abstracts (numbered after the body, as the loader numbers them).
import { blockParts } from '../model/block-parts.js';
import type { ArticleSource, Block, Citation, Footnote, Inline } from '../model/types.js';

export function collectCitations(source: Pick<ArticleSource, 'body' | 'footnotes'> & { meta?: Pick<ArticleSource['meta'], 'abstract'> }): Citation[] {
  const out: Citation[] = [];
  const footnotes = new Map<string, Footnote>(source.footnotes.map((f) => [f.id, f]));
  const read = new Set<string>();
  const inlines = (nodes: Inline[]): void => {
    for (const node of nodes) {
      if (node.type === 'citation') out.push(node);
      else if (node.type === 'footnoteRef') footnote(footnotes.get(node.id));
      else if ('children' in node) inlines(node.children);
    }
  };
  const blocks = (nodes: Block[]): void => {
    for (const node of nodes) {
      const parts = blockParts(node);
      parts.inlines.forEach(inlines);
      parts.blocks.forEach(blocks);
    }
  };
  const footnote = (f: Footnote | undefined): void => {
    if (!f || read.has(f.id)) return;
    read.add(f.id);
    blocks(f.children);
  };
  blocks(source.body);
  for (const f of source.footnotes) footnote(f);
  for (const abstract of Object.values(source.meta?.abstract ?? {})) blocks(abstract);
  return out;
}
