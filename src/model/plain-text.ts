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
    else if (n.type === 'inlineFormula') text += formulaText(n);
    else if (n.type === 'citation') text += citation(n);
    else if (n.type === 'crossRef') text += n.text;
    else if (n.type !== 'footnoteRef') text += plainText(n.children, citation);
  }
  return text;
}

/** A formula as text: its TeX, or for MathML without TeX (imported) the text of the MathML's tokens. */
export function formulaText(node: { tex?: string; mathml: string }): string {
  if (node.tex !== undefined) return node.tex;
  const tokens = node.mathml.replace(/<annotation[\s\S]*?<\/annotation(-xml)?>/g, '').replace(/<[^>]*>/g, '');
  return tokens.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d))).replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16))).replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
}
