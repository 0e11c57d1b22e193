// One handler per inline node type; the compiler checks the table is complete.
// Text reaches the document only through escapeXml.
import type { Inline } from '../../model/types.js';
import { escapeXml } from '../xml-escape.js';
import { renderCitation } from './handlers/citation.js';
import { renderCrossRef } from './handlers/cross-ref.js';
import { renderField } from './handlers/field.js';
import { renderInlineFormula } from './handlers/formula.js';
import type { MarkKind } from '../../model/types.js';

/** JATS elements of the inline marks. */
const markElements: Record<MarkKind, string> = { superscript: 'sup', subscript: 'sub', smallcaps: 'sc', underline: 'underline' };
import { JatsUnknownNodeError } from './errors.js';
import type { Handler, JatsState } from './state.js';

const inlineHandlers = {
  text: (node) => escapeXml(node.value),
  emphasis: (node, state) => `<italic>${state.inlines(node.children, state)}</italic>`,
  strong: (node, state) => `<bold>${state.inlines(node.children, state)}</bold>`,
  inlineCode: (node) => `<monospace>${escapeXml(node.value)}</monospace>`,
  link: (node, state) =>
    `<ext-link ext-link-type="uri" xlink:href="${escapeXml(node.url)}">${state.inlines(node.children, state)}</ext-link>`,
  footnoteRef: (node, state) => {
    const rid = state.footnoteIds.get(node.id);
    // A call without a definition was reported by the loader; keep the number, drop the link.
    return rid ? `<xref ref-type="fn" rid="${rid}">${node.number}</xref>` : `<sup>${node.number}</sup>`;
  },
  citation: renderCitation,
  crossRef: renderCrossRef,
  field: renderField,
  mark: (node, state) => {
    const tag = markElements[node.mark];
    return `<${tag}>${state.inlines(node.children, state)}</${tag}>`;
  },
  inlineFormula: renderInlineFormula,
} satisfies { [T in Inline['type']]: Handler<Extract<Inline, { type: T }>> };

export function renderInlines(nodes: Inline[], state: JatsState): string {
  return nodes.map((node) => handlerFor(node)(node, state)).join('');
}

function handlerFor(node: Inline): Handler<Inline> {
  const handler = (inlineHandlers as Record<string, Handler<Inline> | undefined>)[node.type];
  if (!handler) throw new JatsUnknownNodeError(String(node.type), Object.keys(inlineHandlers), 'position' in node ? node.position : undefined);
  return handler;
}
