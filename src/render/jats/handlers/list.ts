// Bulleted and numbered lists; each item holds blocks (usually one paragraph).
import type { List } from '../../../model/types.js';
import type { JatsState } from '../state.js';

export function renderList(node: List, state: JatsState): string {
  const type = node.ordered ? 'order' : 'bullet';
  const items = node.items.map((blocks) => `<list-item>\n${blocks.length ? state.blocks(blocks, state) : '<p/>'}\n</list-item>`);
  return `<list list-type="${type}">\n${items.join('\n')}\n</list>`;
}
