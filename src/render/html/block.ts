// One handler per block node type; the compiler checks the table is complete.
import type { Block, Figure, Footnote } from '../../model/types.js';
import { escapeHtml } from '../xml-escape.js';
import { renderAppendix, renderBlockQuote, renderBox, renderDefinitionList, renderDisplayFormula, renderFigureGroup, renderVerse } from './constructs.js';
import { renderInlines } from './inline.js';
import { inlineText } from './plain-text.js';
import { footnoteAnchor, footnoteCallAnchor, safeId, type HtmlState } from './state.js';
import { renderTable } from './table.js';

type BlockHandler<T extends Block['type']> = (node: Extract<Block, { type: T }>, state: HtmlState) => string;

const blockHandlers = {
  paragraph: (node, state) => `<p>${renderInlines(node.children, state)}</p>`,
  section: (node, state) => {
    const level = Math.min(Math.max(node.depth, 2), 6);
    const id = safeId(node.id);
    return (
      `<section id="${id}" aria-labelledby="${id}-title">\n<h${level} id="${id}-title">${renderInlines(node.title, state)}</h${level}>\n` +
      `${renderBlocks(node.children, state)}\n</section>`
    );
  },
  figure: (node, state) => renderFigure(node, state),
  blockquote: (node, state) => renderBlockQuote(node, state, renderBlocks, renderInlines),
  list: (node, state) => {
    const tag = node.ordered ? 'ol' : 'ul';
    const items = node.items.map((item) => `<li>${renderListItem(item, state)}</li>`).join('\n');
    return `<${tag}>\n${items}\n</${tag}>`;
  },
  table: (node, state) => renderTable(node, state),
  displayFormula: (node) => renderDisplayFormula(node),
  verse: (node, state) => renderVerse(node, state, renderInlines),
  box: (node, state) => renderBox(node, state, renderBlocks, renderInlines),
  definitionList: (node, state) => renderDefinitionList(node, state, renderInlines),
  figureGroup: (node, state) => renderFigureGroup(node, state, renderFigure, renderInlines),
  appendix: (node, state) => renderAppendix(node, state, renderBlocks, renderInlines, state.labels.get(state.article.meta.lang, 'appendix'), state.labels.get(state.article.meta.lang, 'appendix-letters')),
} satisfies { [T in Block['type']]: BlockHandler<T> };

export function renderBlocks(nodes: Block[], state: HtmlState): string {
  return nodes.map((node) => renderBlock(node, state)).join('\n');
}

function renderBlock(node: Block, state: HtmlState): string {
  const handler = (blockHandlers as Record<string, BlockHandler<Block['type']> | undefined>)[node.type];
  if (handler) return handler(node as never, state);
  const unknown = node as { type?: unknown; position?: Block['position'] };
  state.diagnostics.report('html-unknown-node', `Unexpected block node ${JSON.stringify(unknown.type)}, expected one of ${Object.keys(blockHandlers).join(', ')}`, unknown.position);
  return '';
}

// A tight list item (one paragraph) reads better without a <p> inside.
function renderListItem(blocks: Block[], state: HtmlState): string {
  if (blocks.length === 1 && blocks[0].type === 'paragraph') return renderInlines(blocks[0].children, state);
  return renderBlocks(blocks, state);
}

function renderFigure(node: Figure, state: HtmlState): string {
  const lang = state.article.meta.lang;
  const src = figureHref(node, state);
  const label = `${state.labels.get(lang, 'figure')} ${node.number}.`;
  const placeholder = node.placeholder ? `\n<span class="placeholder-note">${escapeHtml(state.labels.get(lang, 'placeholder'))}</span>` : '';
  // The caption already says what the picture is; alt repeats only a different description.
  const alt = node.alt.trim() === inlineText(node.caption).trim() ? '' : node.alt;
  const image = src ? `<img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}" loading="lazy">` : '';
  return (
    `<figure id="${safeId(node.id)}" class="figure${node.placeholder ? ' figure-placeholder' : ''}">\n${image}\n` +
    `<figcaption><span class="figure-label">${escapeHtml(label)}</span> ${renderInlines(node.caption, state)}${placeholder}</figcaption>\n</figure>`
  );
}

/** The image's path beside index.html: its path in the article folder, which must stay inside it. */
function figureHref(node: Figure, state: HtmlState): string | undefined {
  const parts = node.src.replace(/\\/g, '/').split('/');
  if (node.src.startsWith('/') || /^[A-Za-z][A-Za-z0-9+.-]*:/.test(node.src) || parts.some((p) => p === '..' || p === '')) {
    state.diagnostics.report('html-figure-path', `Unexpected figure path ${JSON.stringify(node.src)}, expected a relative path inside the article folder`, node.position);
    return undefined;
  }
  return parts.map((p) => encodeURIComponent(p)).join('/');
}

/** The notes, each linking back to its first call (and to later calls, if any). */
export function renderFootnotes(notes: Footnote[], state: HtmlState): string {
  const lang = state.article.meta.lang;
  return notes
    .map((note) => {
      // A note nobody calls (reported by the source checks) gets no back link to a missing anchor.
      const calls = state.footnoteCalls.get(note.id) ?? 0;
      const back = Array.from({ length: calls }, (_, i) => {
        const label = `${state.labels.get(lang, 'back-to-text')} (${note.number}${calls > 1 ? `, ${i + 1}` : ''})`;
        return `<a href="#${footnoteCallAnchor(note.number, i + 1)}" class="fn-back" role="doc-backlink" aria-label="${escapeHtml(label)}">↩</a>`;
      }).join(' ');
      const body = renderBlocks(note.children, state);
      // The back link ends the note's last paragraph (on a line of its own it looked like an empty line); after a list or a quote it gets its own.
      const inline = calls && /<\/p>\s*$/.test(body);
      const text = inline ? body.replace(/<\/p>(\s*)$/, ` <span class="fn-backlinks">${back}</span></p>$1`) : body;
      const backlinks = calls && !inline ? `\n<p class="fn-backlinks">${back}</p>` : '';
      return `<li id="${footnoteAnchor(note.number)}" value="${note.number}">\n${text}${backlinks}\n</li>`;
    })
    .join('\n');
}
