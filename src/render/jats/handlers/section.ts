// A heading and what follows it, up to the next heading of the same depth.
import type { Section } from '../../../model/types.js';
import type { JatsState } from '../state.js';

export function renderSection(node: Section, state: JatsState): string {
  const id = state.ids.claim(node.id, 'sec');
  const body = node.children.length ? `\n${state.blocks(node.children, state)}` : '';
  return `<sec id="${id}">\n<title>${state.inlines(node.title, state)}</title>${body}\n</sec>`;
}
