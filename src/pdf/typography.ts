// Print typography applied to the text before layout: no-break spaces where a
// line must not break, Russian quotation marks, and hyphenation. Pure functions
// over strings and Inline trees; the print renderer decides where each applies.
import { mapBlockParts } from '../model/block-parts.js';
import type { Block, Inline } from '../model/types.js';
import { bindInlines, bindSpaces, NBSP } from '../render/no-break.js';
import { hyphenateText, type HyphenationPatterns } from './hyphenate.js';

export { bindInitials, bindNumbers, bindOneLetterWords, NBSP } from '../render/no-break.js';
export const THIN_SPACE = '\u2009';
export const NARROW_NBSP = '\u202F';

/**
 * A spaced dash never starts a line: no-break space before it. Russian text sets
 * the em dash between thin spaces (a narrow no-break space before, a thin space
 * after) and turns a spaced en dash or hyphen used as a dash into an em dash.
 */
export function spaceDashes(text: string, lang: string): string {
  if (lang === 'ru') return text.replace(/[ \t\u00A0]+[—–-][ \t]+/g, `${NARROW_NBSP}—${THIN_SPACE}`);
  return text.replace(/[ \t]+([—–])[ \t]+/g, `${NBSP}$1 `);
}

/**
 * «Ёлочки» for Russian quotes, „лапки“ inside them. Straight and English double
 * quotes are paired by position: an opening one follows a space, a bracket or the start.
 */
export function russianQuotes(text: string): string {
  let depth = 0;
  return text.replace(/["“”„«»]/g, (mark, offset: number) => {
    const before = offset === 0 ? ' ' : text[offset - 1];
    const opens = mark === '«' || mark === '„' || (mark !== '»' && /[\s(\[{\u00A0\u2009\u202F—–-]/.test(before));
    if (opens) {
      depth += 1;
      return depth > 1 ? '„' : '«';
    }
    depth = Math.max(0, depth - 1);
    return depth > 0 ? '“' : '»';
  });
}

export interface TypesetOptions {
  lang: string;
  /** Insert soft hyphens (never in headings). */
  hyphenate: boolean;
  patterns: Record<string, string>;
  /** «» quotes; default: only in Russian text. */
  quotes?: boolean;
}

/** All rules for one run of text in one language. */
export function typesetText(text: string, options: TypesetOptions): string {
  let out = spaceDashes(bindSpaces(text, options.lang), options.lang);
  if (options.quotes ?? options.lang === 'ru') out = russianQuotes(out);
  if (options.hyphenate) {
    const patterns: HyphenationPatterns = { byLanguage: options.patterns, lang: options.lang };
    out = hyphenateText(out, patterns);
  }
  return out;
}

/** Field roles whose text is an identifier: no hyphenation, no typographic change. */
const verbatimRoles = new Set(['DOI', 'doi', 'URL', 'url', 'ISBN', 'ISSN']);
const looksLikeUrl = /^(https?:|ftp:|www\.|doi:|10\.\d{4,9}\/)/i;

/** Apply the rules to every text node of an Inline tree (returns a new tree); no-break spaces see across nodes. */
export function typesetInlines(inlines: Inline[], options: TypesetOptions): Inline[] {
  return typesetNodes(bindInlines(inlines, options.lang), options);
}

function typesetNodes(inlines: Inline[], options: TypesetOptions): Inline[] {
  return inlines.map((node): Inline => {
    switch (node.type) {
      case 'text':
        return { ...node, value: typesetText(node.value, options) };
      case 'inlineCode':
      case 'footnoteRef':
        return node;
      case 'link': {
        const plain = node.children.length === 1 && node.children[0].type === 'text' ? node.children[0].value : '';
        return looksLikeUrl.test(plain) || plain === node.url ? node : { ...node, children: typesetNodes(node.children, options) };
      }
      case 'field':
        return verbatimRoles.has(node.role) ? node : { ...node, children: typesetNodes(node.children, options) };
      case 'citation':
        return { ...node, rendered: typesetNodes(node.rendered, options) };
      case 'emphasis':
      case 'strong':
      case 'mark':
        return { ...node, children: typesetNodes(node.children, options) };
      default:
        return node; // an unknown node is the renderer's to report
    }
  });
}

/** Apply the rules to a block tree; section titles are headings and are never hyphenated. */
export function typesetBlocks(blocks: Block[], options: TypesetOptions): Block[] {
  const heading = { ...options, hyphenate: false };
  return blocks.map((block): Block =>
    mapBlockParts(block, {
      inlines: (nodes, role) => typesetInlines(nodes, role === 'heading' ? heading : options),
      blocks: (nodes) => typesetBlocks(nodes, options),
    }),
  );
}
