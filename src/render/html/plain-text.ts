// Text without markup, for metadata (meta tags, JSON-LD) and comparisons.
import type { Block, CitationItem, Inline } from '../../model/types.js';

/** What a citation shows before the references stage has rendered it: its keys. */
export function citationFallbackText(item: CitationItem): string {
  return [item.prefix, item.key, item.locator, item.suffix].filter(Boolean).join(', ');
}

export function inlineText(nodes: Inline[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
        case 'inlineCode':
          return node.value;
        case 'footnoteRef':
          return '';
        case 'citation':
          return `[${node.rendered.length ? inlineText(node.rendered) : node.items.map(citationFallbackText).join('; ')}]`;
        default:
          return 'children' in node ? inlineText(node.children) : '';
      }
    })
    .join('');
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
        default:
          return '';
      }
    })
    .filter(Boolean)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
