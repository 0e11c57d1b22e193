// Bulleted and numbered lists; each item holds blocks (usually one paragraph).
import type { Block, List } from '../../../model/types.js';
import type { JatsState } from '../state.js';

/** What a JATS list-item may hold directly; any other block (a display formula, a table) goes inside a <p>. */
const itemLevel = new Set<Block['type']>(['paragraph', 'list', 'definitionList']);

export function renderList(node: List, state: JatsState): string {
  const type = node.ordered ? 'order' : 'bullet';
  const item = (blocks: Block[]) => blocks.map((b) => (itemLevel.has(b.type) ? state.blocks([b], state) : `<p>${state.blocks([b], state)}</p>`)).join('\n');
  const items = node.items.map((blocks) => `<list-item>\n${blocks.length ? item(blocks) : '<p/>'}\n</list-item>`);
  return `<list list-type="${type}">\n${items.join('\n')}\n</list>`;
}
