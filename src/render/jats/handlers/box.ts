// Boxed text: its title in <caption><title>, then its blocks.
import type { Box } from '../../../model/types.js';
import type { JatsState } from '../state.js';

export function renderBox(node: Box, state: JatsState): string {
  const id = state.ids.claim(node.id, 'boxed-text');
  const caption = node.title.length ? `\n<caption><title>${state.inlines(node.title, state)}</title></caption>` : '';
  return `<boxed-text id="${id}">${caption}\n${state.blocks(node.children, state)}\n</boxed-text>`;
}
