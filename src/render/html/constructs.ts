// HTML for formulas, quotations, verse, boxes, definition lists, figure groups
// and appendices: the handlers of the HTML galley and of the print layout
// (generic in the renderer's state, which they only pass on).
import { appendixLetter } from '../../model/appendix-letter.js';
import type { Appendix, Block, BlockQuote, Box, DefinitionList, DisplayFormula, Figure, FigureGroup, Inline, InlineFormula, Mark, MarkKind, Verse } from '../../model/types.js';
import { escapeHtml } from '../xml-escape.js';
import { safeId } from './state.js';

type Blocks<S> = (nodes: Block[], state: S) => string;
type Inlines<S> = (nodes: Inline[], state: S) => string;

/** Tags of the inline marks: HTML has sup and sub; small caps and underline are styled spans. */
const markTags: Record<MarkKind, [string, string]> = {
  superscript: ['<sup>', '</sup>'],
  subscript: ['<sub>', '</sub>'],
  smallcaps: ['<span class="smallcaps">', '</span>'],
  underline: ['<span class="underline">', '</span>'],
};

export function renderMark<S>(node: Mark, state: S, inlines: Inlines<S>): string {
  const [open, close] = markTags[node.mark];
  return `${open}${inlines(node.children, state)}${close}`;
}

/** MathML as temml wrote it (HTML parses <math> natively); the TeX stays for copying. */
export function renderInlineFormula(node: InlineFormula): string {
  return `<span class="inline-formula"${texAttribute(node)}>${node.mathml}</span>`;
}

export function renderDisplayFormula(node: DisplayFormula): string {
  const number = node.number !== undefined ? `<span class="formula-number">(${node.number})</span>` : '';
  return `<div class="disp-formula" id="${safeId(node.id)}"${texAttribute(node)}>${node.mathml}${number}</div>`;
}

/** The author's TeX for copying; an imported formula may have MathML only. */
const texAttribute = (node: { tex?: string }) => (node.tex === undefined ? '' : ` data-tex="${escapeHtml(node.tex)}"`);

export function renderBlockQuote<S>(node: BlockQuote, state: S, blocks: Blocks<S>, inlines: Inlines<S>): string {
  const quote = `<blockquote>\n${blocks(node.children, state)}\n</blockquote>`;
  const cls = node.epigraph ? 'epigraph' : 'quotation';
  if (!node.attribution) return node.epigraph ? `<figure class="${cls}">\n${quote}\n</figure>` : quote;
  return `<figure class="${cls}">\n${quote}\n<figcaption class="attribution">— ${inlines(node.attribution, state)}</figcaption>\n</figure>`;
}

export function renderVerse<S>(node: Verse, state: S, inlines: Inlines<S>): string {
  const stanzas = node.stanzas.map((lines) => `<p class="stanza">${lines.map((line) => `<span class="verse-line">${inlines(line, state)}</span>`).join('<br>\n')}</p>`);
  const attribution = node.attribution ? `\n<figcaption class="attribution">— ${inlines(node.attribution, state)}</figcaption>` : '';
  return `<figure class="verse">\n${stanzas.join('\n')}${attribution}\n</figure>`;
}

export function renderBox<S>(node: Box, state: S, blocks: Blocks<S>, inlines: Inlines<S>): string {
  const id = safeId(node.id);
  const title = node.title.length ? `\n<p class="box-title" id="${id}-title">${inlines(node.title, state)}</p>` : '';
  const labelled = node.title.length ? ` aria-labelledby="${id}-title"` : '';
  return `<aside class="box" id="${id}"${labelled}>${title}\n${blocks(node.children, state)}\n</aside>`;
}

export function renderDefinitionList<S>(node: DefinitionList, state: S, inlines: Inlines<S>): string {
  const items = node.items.map((item) => `<dt>${inlines(item.term, state)}</dt>\n${item.definitions.map((d) => `<dd>${inlines(d, state)}</dd>`).join('\n')}`);
  return `<dl class="definitions">\n${items.join('\n')}\n</dl>`;
}

export function renderFigureGroup<S>(node: FigureGroup, state: S, figure: (f: Figure, s: S) => string, inlines: Inlines<S>): string {
  const caption = node.caption.length ? `\n<figcaption>${inlines(node.caption, state)}</figcaption>` : '';
  return `<figure class="figure-group" id="${safeId(node.id)}">\n${node.figures.map((f) => figure(f, state)).join('\n')}${caption}\n</figure>`;
}

/** "Appendix A. Title": the heading word and the letters from the label tables of the article's language. */
export function appendixHeading(node: Appendix, letters: string, word: string, title: string): string {
  const head = `${word} ${appendixLetter(node.number, letters)}`;
  return title ? `${head}. ${title}` : head;
}

/** `word` is the label "Appendix" in the article's language, `letters` its `appendix-letters`. */
export function renderAppendix<S>(node: Appendix, state: S, blocks: Blocks<S>, inlines: Inlines<S>, word: string, letters: string): string {
  const id = safeId(node.id);
  const heading = appendixHeading(node, letters, escapeHtml(word), inlines(node.title, state));
  return `<section class="appendix" id="${id}" aria-labelledby="${id}-title">\n<h2 id="${id}-title">${heading}</h2>\n${blocks(node.children, state)}\n</section>`;
}
