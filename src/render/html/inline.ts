// One handler per inline node type; the compiler checks the table is complete.
// Text reaches the page only through escapeHtml.
import type { Citation, CitationItem, Inline, Position } from '../../model/types.js';
import { escapeHtml } from '../xml-escape.js';
import { citationLayout, citationParts } from '../../model/citation-parts.js';
import { renderInlineFormula, renderMark } from './constructs.js';
import { footnoteAnchor, footnoteCallAnchor, safeId, type HtmlState } from './state.js';

type InlineHandler<T extends Inline['type']> = (node: Extract<Inline, { type: T }>, state: HtmlState) => string;

const inlineHandlers = {
  text: (node) => escapeHtml(node.value),
  emphasis: (node, state) => `<em>${renderInlines(node.children, state)}</em>`,
  strong: (node, state) => `<strong>${renderInlines(node.children, state)}</strong>`,
  inlineCode: (node) => `<code>${escapeHtml(node.value)}</code>`,
  link: (node, state) => {
    if (!isSafeUrl(node.url)) {
      state.diagnostics.report('html-unsafe-link', `Unexpected link target ${JSON.stringify(node.url)}, expected an http(s), mailto, relative or #anchor URL`, node.position);
      return `<span class="unsafe-link">${renderInlines(node.children, state)}</span>`;
    }
    return `<a href="${escapeHtml(node.url)}">${renderInlines(node.children, state)}</a>`;
  },
  footnoteRef: (node, state) => {
    const occurrence = (state.footnoteCalls.get(node.id) ?? 0) + 1;
    state.footnoteCalls.set(node.id, occurrence);
    const label = `${state.labels.get(state.article.meta.lang, 'note-call')} ${node.number}`;
    return (
      `<sup class="fn-call"><a id="${footnoteCallAnchor(node.number, occurrence)}" href="#${footnoteAnchor(node.number)}" ` +
      `role="doc-noteref" aria-label="${escapeHtml(label)}">${node.number}</a></sup>`
    );
  },
  citation: (node, state) => `<span class="citation">${renderCitation(node, state)}</span>`,
  // An unresolved reference was reported by the resolver; its text stays, unlinked.
  crossRef: (node) => (node.targetId ? `<a href="#${safeId(node.targetId)}" class="xref xref-${node.kind}">${escapeHtml(node.text)}</a>` : escapeHtml(node.text)),
  mark: (node, state) => renderMark(node, state, renderInlines),
  inlineFormula: (node) => renderInlineFormula(node),
  field: (node, state) => `<span class="ref-${escapeHtml(node.role.replace(/[^A-Za-z0-9-]/g, '-'))}">${renderInlines(node.children, state)}</span>`,
} satisfies { [T in Inline['type']]: InlineHandler<T> };

export function renderInlines(nodes: Inline[], state: HtmlState): string {
  return nodes.map((node) => renderInline(node, state)).join('');
}

function renderInline(node: Inline, state: HtmlState): string {
  const handler = (inlineHandlers as Record<string, InlineHandler<Inline['type']> | undefined>)[node.type];
  if (handler) return handler(node as never, state);
  const unknown = node as { type?: unknown; position?: Position };
  state.diagnostics.report('html-unknown-node', `Unexpected inline node ${JSON.stringify(unknown.type)}, expected one of ${Object.keys(inlineHandlers).join(', ')}`, unknown.position);
  return '';
}

/**
 * Each cited work links to its entry, between the style's brackets and delimiters
 * (the renderer adds none). The references stage renders a cluster
 * as one run of inlines; when it also renders each item (`item.rendered`) or
 * the cluster splits on "; " into as many parts as items, each part gets its
 * own link, otherwise the whole cluster links to the first work.
 */
function renderCitation(node: Citation, state: HtmlState): string {
  const { prefix, suffix, delimiter } = citationLayout(node);
  const parts = citationParts(node);
  const inner = parts ? parts.map((part, i) => citationLink(node.items[i], part, state)).join(escapeHtml(delimiter)) : citationLink(node.items[0], node.rendered, state);
  return `${escapeHtml(prefix)}${inner}${escapeHtml(suffix)}`;
}

function citationLink(item: CitationItem | undefined, content: Inline[], state: HtmlState): string {
  const inner = renderInlines(content, state);
  const target = item && state.citationTargets.get(item.key);
  if (!item || !target) {
    state.diagnostics.report('html-citation-target', `Unexpected citation of ${JSON.stringify(item?.key ?? '')} with no entry in the reference list, expected a bibliography item with that id`, item?.position);
    return inner;
  }
  const lang = target.lang !== state.article.meta.lang ? ` lang="${escapeHtml(target.lang)}"` : '';
  return `<a href="#${target.anchor}" class="cite"${lang}>${inner}</a>`;
}

/** Only schemes that cannot run code; relative paths and anchors are fine. */
export function isSafeUrl(url: string): boolean {
  // Browsers ignore tabs, newlines and leading controls in a URL: `java\nscript:` is still a script.
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url.replace(/[\u0000-\u0020]/g, ''));
  return !scheme || ['http', 'https', 'mailto'].includes(scheme[1].toLowerCase());
}
