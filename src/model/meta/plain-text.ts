import type { Inline } from '../types.js';

/** The text of inline nodes without formatting (titles for metadata, ids from headings). */
export function plainText(nodes: Inline[]): string {
  return nodes
    .map((n) => {
      switch (n.type) {
        case 'text':
        case 'inlineCode':
          return n.value;
        case 'emphasis':
        case 'strong':
        case 'link':
        case 'field':
          return plainText(n.children);
        case 'citation':
          return plainText(n.rendered);
        case 'footnoteRef':
          return '';
      }
    })
    .join('');
}
