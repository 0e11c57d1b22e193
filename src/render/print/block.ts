// Block nodes → print HTML, one handler per node type.
import { pathToFileURL } from 'node:url';
import type { Block, Figure } from '../../model/types.js';
import { renderAppendix, renderBlockQuote, renderBox, renderDefinitionList, renderDisplayFormula, renderFigureGroup, renderVerse } from '../html/constructs.js';
import { escapeHtml } from '../xml-escape.js';
import { mathInJournalFonts } from './math-fonts.js';
import { plainText, renderInlines } from './inline.js';
import { report, type PrintState } from './state.js';
import { inlineSvg } from './svg/inline-svg.js';
import { renderTable } from './table.js';

type Handler<T extends Block['type']> = (node: Extract<Block, { type: T }>, state: PrintState) => string;

const handlers = {
  paragraph: (node, state) => `<p>${renderInlines(node.children, state)}</p>\n`,
  section: (node, state) => {
    const level = Math.min(Math.max(node.depth, 2), 6);
    return `<section class="sec" id="${escapeHtml(node.id)}">\n<h${level} class="sec-title" data-outline-title="${escapeHtml(plainText(node.title))}" data-outline-level="${level}">${renderInlines(node.title, state)}</h${level}>\n${renderBlocks(node.children, state)}</section>\n`;
  },
  figure: (node, state) => renderFigure(node, state),
  blockquote: (node, state) =>
    node.attribution || node.epigraph ? `${renderBlockQuote(node, state, renderBlocks, renderInlines)}\n` : `<blockquote>\n${renderBlocks(node.children, state)}</blockquote>\n`,
  list: (node, state) => {
    const tag = node.ordered ? 'ol' : 'ul';
    return `<${tag}>\n${node.items.map((item) => `<li>${renderBlocks(item, state)}</li>\n`).join('')}</${tag}>\n`;
  },
  table: renderTable,
  displayFormula: (node) => `${renderDisplayFormula({ ...node, mathml: mathInJournalFonts(node.mathml) })}\n`,
  verse: (node, state) => `${renderVerse(node, state, renderInlines)}\n`,
  box: (node, state) => `${renderBox(node, state, renderBlocks, renderInlines)}\n`,
  definitionList: (node, state) => `${renderDefinitionList(node, state, renderInlines)}\n`,
  figureGroup: (node, state) => `${renderFigureGroup(node, state, renderFigure, renderInlines)}\n`,
  appendix: (node, state) => `${renderAppendix(node, state, renderBlocks, renderInlines, state.words.appendix, state.words.appendixLetters)}\n`,
} satisfies { [T in Block['type']]: Handler<T> };

function renderFigure(node: Figure, state: PrintState): string {
  return (
    `<figure class="figure${node.placeholder ? ' placeholder' : ''}" id="${escapeHtml(node.id)}">` +
    figureArt(node, state) +
    `<figcaption>${figureLabel(node, state)}${renderInlines(node.caption, state)}</figcaption></figure>\n`
  );
}

/**
 * An SVG figure is drawn inside the page, in the journal's fonts (as an image
 * its text would take the machine's fonts: svg/inline-svg.ts); other images
 * by file URL. An SVG that cannot be drawn safely is reported and left out.
 */
function figureArt(node: Figure, state: PrintState): string {
  if (!/\.svg$/i.test(node.file) || !state.figureFonts) return `<img src="${escapeHtml(pathToFileURL(node.file).href)}" alt="${escapeHtml(node.alt)}">`;
  const svg = inlineSvg(node.file, {
    scope: `${node.id}-svg`,
    alt: node.alt,
    className: 'figure-svg',
    wrapperClass: 'figure-art',
    fonts: state.figureFonts,
    report: (rule, message, position) => report(state, rule, message, position),
  });
  return svg ?? '';
}

/** "Fig. 1. " in the article's language, as the HTML and JATS galleys number it (a language without the word is an error). */
function figureLabel(node: Figure, state: PrintState): string {
  if (!Number.isInteger(node.number)) return '';
  const word = state.labels?.own(state.lang, 'figure');
  if (word === undefined) {
    report(state, 'profile-labels-missing', `Unexpected figure without the label "figure" in "${state.lang}", expected the label tables (templates/html/labels.yaml or the journal's) to give it`, node.position);
    return '';
  }
  return `<span class="figure-label">${escapeHtml(word)}\u00A0${node.number}.</span> `;
}

export function renderBlocks(nodes: Block[], state: PrintState): string {
  let out = '';
  for (const node of nodes) {
    const handler = (handlers as Record<string, Handler<Block['type']> | undefined>)[node.type];
    if (!handler) {
      report(state, 'body-unsupported-node', `Unexpected block node "${(node as { type: string }).type}" in the print layout, expected one of ${Object.keys(handlers).join(', ')}`, (node as { position?: never }).position);
      continue;
    }
    out += handler(node as never, state);
  }
  return out;
}
