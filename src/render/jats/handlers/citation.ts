// An in-text citation: each cited work wrapped in <xref ref-type="bibr"> pointing
// at its <ref>, inside the brackets and between the delimiters the citation style
// gives (`[Schapiro, 1955; Deutscher]`, `(Wehling 1977)`); the renderer adds none.
// Works without an entry in a reference list (references not resolved yet) stay
// plain text, so the document still validates.
import { citationLayout, citationParts } from '../../../model/citation-parts.js';
import type { Citation, CitationItem, Inline } from '../../../model/types.js';
import { escapeXml } from '../../xml-escape.js';
import type { JatsState } from '../state.js';

export function renderCitation(node: Citation, state: JatsState): string {
  const { prefix, suffix, delimiter } = citationLayout(node);
  const parts = citationParts(node);
  // The cluster cannot be split per work: one link to all of them (rid is IDREFS).
  const inner = parts ? parts.map((part, i) => citedWork([node.items[i]], part, state)).join(escapeXml(delimiter)) : citedWork(node.items, node.rendered, state);
  return `${escapeXml(prefix)}${inner}${escapeXml(suffix)}`;
}

function citedWork(items: CitationItem[], content: Inline[], state: JatsState): string {
  const inner = state.inlines(content, state);
  const rids = [...new Set(items.map((item) => state.refIds.get(item.key)).filter((id): id is string => !!id))];
  return rids.length ? `<xref ref-type="bibr" rid="${rids.join(' ')}">${inner}</xref>` : inner;
}
