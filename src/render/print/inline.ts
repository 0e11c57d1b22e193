// Inline nodes → print HTML, one handler per node type. Footnote calls carry
// their note inline: paged.js floats it to the foot of the page it lands on.
import { plainText as modelPlainText } from '../../model/plain-text.js';
import { citationInlines } from '../../model/citation-parts.js';
import type { Inline } from '../../model/types.js';
import { escapeHtml } from '../xml-escape.js';
import { renderInlineFormula, renderMark } from '../html/constructs.js';
import { footnoteBody } from './footnote.js';
import { mathInJournalFonts } from './math-fonts.js';
import { report, type PrintState } from './state.js';

type Handler<T extends Inline['type']> = (node: Extract<Inline, { type: T }>, state: PrintState) => string;

const handlers = {
  text: (node) => escapeHtml(node.value),
  emphasis: (node, state) => `<em>${renderInlines(node.children, state)}</em>`,
  strong: (node, state) => `<strong>${renderInlines(node.children, state)}</strong>`,
  link: (node, state) => `<a href="${escapeHtml(node.url)}">${renderInlines(node.children, state)}</a>`,
  inlineCode: (node) => `<code>${escapeHtml(node.value)}</code>`,
  footnoteRef: (node, state) => {
    const note = state.footnotes.get(node.id);
    if (!note) {
      report(state, 'footnote-undefined', `Unexpected footnote call [^${node.id}] without a definition, expected a matching [^${node.id}]: …`, node.position);
      return '';
    }
    if (state.placed.has(node.id)) return `<sup class="fn-repeat">${note.number}</sup>`;
    state.placed.add(node.id);
    // The number class is copied by paged.js onto the call it creates; the print CSS has one rule per number.
    return `<span class="footnote fn-${note.number}" id="fn-${escapeHtml(node.id)}" data-number="${note.number}">${footnoteBody(note.children, state)}</span>`;
  },
  citation: (node, state) => `<span class="citation" id="${escapeHtml(node.id)}">${renderInlines(citationInlines(node), state)}</span>`,
  // A link in the print HTML becomes a link annotation in the PDF (Chromium keeps internal links).
  // A no-break space keeps "Fig. 1" on one line.
  crossRef: (node) => {
    const text = escapeHtml(node.text.replace(/ /g, '\u00a0'));
    return node.targetId ? `<a class="xref" href="#${escapeHtml(node.targetId)}">${text}</a>` : text;
  },
  mark: (node, state) => renderMark(node, state, renderInlines),
  inlineFormula: (node) => renderInlineFormula({ ...node, mathml: mathInJournalFonts(node.mathml) }),
  // A reference field's span only where a print template styles it (field-spans.ts).
  field: (node, state) => (state.fieldSpans ? `<span class="f-${escapeHtml(node.role.toLowerCase())}">${renderInlines(node.children, state)}</span>` : renderInlines(node.children, state)),
} satisfies { [T in Inline['type']]: Handler<T> };

export function renderInlines(nodes: Inline[], state: PrintState): string {
  let out = '';
  for (const node of nodes) {
    const handler = (handlers as Record<string, Handler<Inline['type']> | undefined>)[node.type];
    if (!handler) {
      report(state, 'body-unsupported-node', `Unexpected inline node "${(node as { type: string }).type}" in the print layout, expected one of ${Object.keys(handlers).join(', ')}`, (node as { position?: never }).position);
      continue;
    }
    out += handler(node as never, state);
  }
  return out;
}

/** Text of an Inline tree without markup or soft hyphens (bookmark titles); citations with the style's brackets. */
export function plainText(nodes: Inline[]): string {
  return modelPlainText(nodes);
}
