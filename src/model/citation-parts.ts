import type { Citation, CitationItem, Inline } from './types.js';

/** What a citation shows before the references stage has rendered it: its keys. */
export function citationFallbackText(item: CitationItem): string {
  return [item.prefix, item.key, item.locator, item.suffix].filter(Boolean).join(', ');
}

/**
 * The rendered cluster split per cited work, so each can link to its entry:
 * from each item's own rendering, or the cluster text split on "; " when that
 * yields one part per item; undefined when it cannot be split.
 */
export function citationParts(node: Citation): Inline[][] | undefined {
  if (node.items.length === 0) return undefined;
  if (node.rendered.length === 0) return node.items.map((item) => [{ type: 'text', value: citationFallbackText(item) }]);
  if (node.items.every((item) => item.rendered?.length)) return node.items.map((item) => item.rendered!);
  if (node.items.length === 1) return [node.rendered];
  const only = node.rendered.length === 1 && node.rendered[0].type === 'text' ? node.rendered[0].value : undefined;
  const split = only?.split(citationLayout(node).delimiter);
  return split && split.length === node.items.length ? split.map((value) => [{ type: 'text', value }]) : undefined;
}

/** The style's layout around a citation's items: what the style prints, nothing when unresolved. */
export function citationLayout(node: Citation): { prefix: string; suffix: string; delimiter: string } {
  return node.layout ?? { prefix: '', suffix: '', delimiter: '; ' };
}

/** The whole cluster as printed: the style's prefix, the items, its suffix (`[Deutscher; Schapiro, 1955]`). */
export function citationInlines(node: Citation): Inline[] {
  const { prefix, suffix } = citationLayout(node);
  const body = node.rendered.length ? node.rendered : [{ type: 'text' as const, value: node.items.map(citationFallbackText).join('; ') }];
  return [...(prefix ? [{ type: 'text' as const, value: prefix }] : []), ...body, ...(suffix ? [{ type: 'text' as const, value: suffix }] : [])];
}
