// Definition lists: one <def-item> per term, each definition a <def> paragraph.
import type { DefinitionList } from '../../../model/types.js';
import type { JatsState } from '../state.js';

export function renderDefinitionList(node: DefinitionList, state: JatsState): string {
  const items = node.items.map(
    (item) => `<def-item>\n<term>${state.inlines(item.term, state)}</term>\n${item.definitions.map((d) => `<def><p>${state.inlines(d, state)}</p></def>`).join('\n')}\n</def-item>`,
  );
  return `<def-list>\n${items.join('\n')}\n</def-list>`;
}
