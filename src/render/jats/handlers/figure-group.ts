// A figure group: the shared caption, then each figure with its own label.
import type { FigureGroup } from '../../../model/types.js';
import type { JatsState } from '../state.js';
import { renderFigure } from './figure.js';

export function renderFigureGroup(node: FigureGroup, state: JatsState): string {
  const id = state.ids.claim(node.id, 'fig-group');
  const caption = node.caption.length ? `\n<caption><p>${state.inlines(node.caption, state)}</p></caption>` : '';
  return `<fig-group id="${id}">${caption}\n${node.figures.map((f) => renderFigure(f, state)).join('\n')}\n</fig-group>`;
}
