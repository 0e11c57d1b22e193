import { citationInlines } from './citation-parts.js';
import type { Citation, Inline } from './types.js';

/**
 * The text of inline nodes without formatting (metadata, ids from headings,
 * comparisons). A citation shows its rendered cluster (with the style's brackets) unless `citation` says otherwise.
 */
export function plainText(nodes: Inline[], citation: (node: Citation) => string = (c) => plainText(citationInlines(c))): string {
  let text = '';
  for (const n of nodes) {
    if (n.type === 'text' || n.type === 'inlineCode') text += n.value;
    else if (n.type === 'inlineFormula') text += n.tex;
    else if (n.type === 'citation') text += citation(n);
    else if (n.type === 'crossRef') text += n.text;
    else if (n.type !== 'footnoteRef') text += plainText(n.children, citation);
  }
  return text;
}
