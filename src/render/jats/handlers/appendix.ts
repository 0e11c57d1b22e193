// Appendices go to <back> as one <app-group>; each <app> is labelled from the
// template partial `appendix-label` ("Appendix A" in the article's language).
import { appendixLetter } from '../../../model/appendix-letter.js';
import type { Appendix, Block } from '../../../model/types.js';
import type { JatsState } from '../state.js';

export function renderAppendix(node: Appendix, state: JatsState): string {
  const id = state.ids.claim(node.id, 'app');
  const letter = appendixLetter(node.number, state.labels.get(state.article.meta.lang, 'appendix-letters'));
  const label = state.templates.render('appendix-label', { letter, lang: state.article.meta.lang }).trim();
  const title = node.title.length ? `\n<title>${state.inlines(node.title, state)}</title>` : '';
  const body = node.children.length ? `\n${state.blocks(node.children, state)}` : '';
  return `<app id="${id}">\n<label>${label}</label>${title}${body}\n</app>`;
}

/** The body without its appendices, and the appendices as an <app-group> (or ''). */
export function splitAppendices(body: Block[], state: JatsState): { body: Block[]; appGroup: string } {
  const appendices = body.filter((b) => b.type === 'appendix');
  return {
    body: body.filter((b) => b.type !== 'appendix'),
    appGroup: appendices.length ? `<app-group>\n${state.blocks(appendices, state)}\n</app-group>` : '',
  };
}
