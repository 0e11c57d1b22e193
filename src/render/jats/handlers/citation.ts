// An in-text citation: `[Schapiro, 1955; Deutscher]`, each cited work wrapped
// in <xref ref-type="bibr"> pointing at its <ref>. Works without an entry in a
// reference list (references not resolved yet) stay plain text, so the
// document still validates.
import { citationParts } from '../../../model/citation-parts.js';
import type { Citation, CitationItem, Inline } from '../../../model/types.js';
import type { JatsState } from '../state.js';

export function renderCitation(node: Citation, state: JatsState): string {
  const parts = citationParts(node);
  if (parts) return `[${parts.map((part, i) => citedWork([node.items[i]], part, state)).join('; ')}]`;
  // The cluster cannot be split per work: one link to all of them (rid is IDREFS).
  return `[${citedWork(node.items, node.rendered, state)}]`;
}

function citedWork(items: CitationItem[], content: Inline[], state: JatsState): string {
  const inner = state.inlines(content, state);
  const rids = [...new Set(items.map((item) => state.refIds.get(item.key)).filter((id): id is string => !!id))];
  return rids.length ? `<xref ref-type="bibr" rid="${rids.join(' ')}">${inner}</xref>` : inner;
}
