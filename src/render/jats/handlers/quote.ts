// Quotations (<disp-quote>, an epigraph with content-type="epigraph") and verse
// (<verse-group>, one <verse-line> per source line, a nested group per stanza),
// each with its attribution in <attrib>.
import type { BlockQuote, Inline, Verse } from '../../../model/types.js';
import type { JatsState } from '../state.js';

const attrib = (nodes: Inline[] | undefined, state: JatsState) => (nodes ? `\n<attrib>${state.inlines(nodes, state)}</attrib>` : '');

export function renderBlockQuote(node: BlockQuote, state: JatsState): string {
  const type = node.epigraph ? ' content-type="epigraph"' : '';
  return `<disp-quote${type}>\n${state.blocks(node.children, state)}${attrib(node.attribution, state)}\n</disp-quote>`;
}

export function renderVerse(node: Verse, state: JatsState): string {
  const lines = (stanza: Inline[][]) => stanza.map((line) => `<verse-line>${state.inlines(line, state)}</verse-line>`).join('\n');
  const body = node.stanzas.length === 1 ? lines(node.stanzas[0]) : node.stanzas.map((s) => `<verse-group>\n${lines(s)}\n</verse-group>`).join('\n');
  return `<verse-group>\n${body}${attrib(node.attribution, state)}\n</verse-group>`;
}
