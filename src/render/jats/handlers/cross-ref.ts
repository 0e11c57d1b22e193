// A cross-reference to a labelled block: <xref ref-type="fig" rid="fig1">Fig. 1</xref>.
// The rid is the id the block's own handler claims (its model id made an NCName the
// same way); the DTD check would catch a dangling one. An unresolved reference was
// reported by the resolver and stays text.
import type { CrossRef, CrossRefKind } from '../../../model/types.js';
import { escapeXml } from '../../xml-escape.js';
import { safeNcName } from '../ids.js';
import type { JatsState } from '../state.js';

/** JATS ref-type per label prefix. Data. */
export const jatsRefTypes: Record<CrossRefKind, string> = { fig: 'fig', tbl: 'table', eq: 'disp-formula', sec: 'sec', app: 'app' };

export function renderCrossRef(node: CrossRef, _state: JatsState): string {
  if (!node.targetId) return escapeXml(node.text);
  const rid = safeNcName(node.targetId, `${node.kind}-`);
  return `<xref ref-type="${jatsRefTypes[node.kind]}" rid="${escapeXml(rid)}">${escapeXml(node.text)}</xref>`;
}
