// A figure: label from the template partial `figure-label` over the label
// tables' `figure` word (so "Fig. 1" is the journal's wording in each language), caption, and the graphic with its alt text.
// A placeholder image is marked with specific-use="placeholder".
import type { Figure } from '../../../model/types.js';
import { escapeXml } from '../../xml-escape.js';
import type { JatsState } from '../state.js';

export function renderFigure(node: Figure, state: JatsState): string {
  const id = state.ids.claim(node.id, 'fig');
  // Template output is XML already (the partial escapes what it inserts).
  const label = state.templates.render('figure-label', { number: node.number, lang: state.lang, label: state.labels.get(state.lang, 'figure', state.article.meta.lang) }).trim();
  const caption = node.caption.length ? `\n<caption><p>${state.inlines(node.caption, state)}</p></caption>` : '';
  const alt = node.alt.trim() ? `<alt-text>${escapeXml(node.alt.trim())}</alt-text>` : '';
  const use = node.placeholder ? ' specific-use="placeholder"' : '';
  return (
    `<fig id="${id}">\n<label>${label}</label>${caption}\n` +
    `<graphic xlink:href="${escapeXml(node.src)}"${use}>${alt}</graphic>\n</fig>`
  );
}
