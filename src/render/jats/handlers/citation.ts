// An in-text citation: `[Schapiro, 1955; Deutscher]`, each cited work wrapped
// in <xref ref-type="bibr"> pointing at its <ref>. Works without an entry in a
// reference list (references not resolved yet) stay plain text, so the
// document still validates.
import type { Citation, CitationItem, Inline } from '../../../model/types.js';
import type { JatsState } from '../state.js';

export function renderCitation(node: Citation, state: JatsState): string {
  const parts = citationParts(node);
  if (parts) return `[${parts.map((part, i) => citedWork([node.items[i]], part, state)).join('; ')}]`;
  // The cluster cannot be split per work: one link to all of them (rid is IDREFS).
  return `[${citedWork(node.items, node.rendered, state)}]`;
}

/** What a citation shows before the references stage has rendered it: its keys. */
function fallbackText(item: CitationItem): string {
  return [item.prefix, item.key, item.locator, item.suffix].filter(Boolean).join(', ');
}

/**
 * The rendered cluster split per cited work: from each item's own rendering,
 * or the cluster text split on "; " when that yields one part per item.
 */
function citationParts(node: Citation): Inline[][] | undefined {
  if (node.items.length === 0) return undefined;
  if (node.rendered.length === 0) return node.items.map((item) => [{ type: 'text', value: fallbackText(item) }]);
  if (node.items.every((item) => item.rendered?.length)) return node.items.map((item) => item.rendered!);
  if (node.items.length === 1) return [node.rendered];
  const only = node.rendered.length === 1 && node.rendered[0].type === 'text' ? node.rendered[0].value : undefined;
  const split = only?.split('; ');
  return split && split.length === node.items.length ? split.map((value) => [{ type: 'text', value }]) : undefined;
}

function citedWork(items: CitationItem[], content: Inline[], state: JatsState): string {
  const inner = state.inlines(content, state);
  const rids = [...new Set(items.map((item) => state.refIds.get(item.key)).filter((id): id is string => !!id))];
  return rids.length ? `<xref ref-type="bibr" rid="${rids.join(' ')}">${inner}</xref>` : inner;
}
