// Text without markup, for metadata (meta tags, JSON-LD) and comparisons.
import type { Block, Inline } from '../../model/types.js';
import { blockParts } from '../../model/block-parts.js';
import { plainText } from '../../model/plain-text.js';
import { citationFallbackText } from '../../model/citation-parts.js';

/** Text without markup; a citation shows in brackets (its keys until it is rendered). */
export function inlineText(nodes: Inline[]): string {
  return plainText(nodes, (c) => `[${c.rendered.length ? plainText(c.rendered) : c.items.map(citationFallbackText).join('; ')}]`);
}

/** Blocks as one line of text: paragraphs joined by a space (meta content has no paragraphs). */
export function renderBlocksText(blocks: Block[]): string {
  return blocks
    .map((block): string => {
      switch (block.type) {
        case 'paragraph':
          return inlineText(block.children);
        case 'section':
          return [inlineText(block.title), renderBlocksText(block.children)].join(' ');
        case 'figure':
          return inlineText(block.caption);
        case 'blockquote':
          return renderBlocksText(block.children);
        case 'list':
          return block.items.map(renderBlocksText).join(' ');
        default: {
          const parts = blockParts(block);
          return [...parts.inlines.map(inlineText), ...parts.blocks.map(renderBlocksText)].join(' ');
        }
      }
    })
    .filter(Boolean)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
