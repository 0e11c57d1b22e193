// Print typography applied to the text before layout: no-break spaces where a
// line must not break, Russian quotation marks, and hyphenation. Pure functions
// over strings and Inline trees; the print renderer decides where each applies.
import { mapBlockParts } from '../model/block-parts.js';
import type { Block, Inline } from '../model/types.js';
import { hyphenateText, type HyphenationPatterns } from './hyphenate.js';

export const NBSP = '\u00A0';
export const THIN_SPACE = '\u2009';
export const NARROW_NBSP = '\u202F';

const notLetterBefore = '(?<![\\p{L}\\p{N}])';

/** One-letter Russian prepositions and conjunctions that must not end a line. */
const oneLetterWords = new RegExp(`${notLetterBefore}([вксуоиаВКСУОИА])[ \\t]+(?=\\S)`, 'gu');
/** A chain of initials: `В. И.`, `E. H.`, `A.` (a capital and a full stop, not inside a word). */
const initialsChain = /(?<![\p{L}\p{N}])\p{Lu}\.(?:[ \t\u00A0]+\p{Lu}\.)*/gu;
const surnameBefore = /\p{Lu}\p{Ll}+,?([ \t]+)$/u;
const surnameAfter = /^([ \t]+)(?=\p{Lu}\p{Ll})/u;

/**
 * No-break spaces that keep initials together and with their surname, on the
 * side where the surname is: `Ленин В. И.`, `Carr, E. H.` or `В. И. Ленин`
 * (every language; a surname before the initials wins, so `Ленин В. И. Полн.`
 * does not glue the next word).
 */
export function bindInitials(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(initialsChain)) {
    const start = match.index ?? 0;
    let before = text.slice(last, start);
    const chain = match[0].replace(/[ \t]+/g, NBSP);
    let end = start + match[0].length;
    const lead = before.match(surnameBefore);
    if (lead) before = before.slice(0, before.length - lead[1].length) + NBSP;
    let tail = '';
    if (!lead) {
      const follow = text.slice(end).match(surnameAfter);
      if (follow) {
        tail = NBSP;
        end += follow[1].length;
      }
    }
    out += before + chain + tail;
    last = end;
  }
  return out + text.slice(last);
}

/** Abbreviations that stay with the number after them (`№ 3`, `Vol. 5`, `Ф. 17`, `С. 306`). */
const beforeNumber = /(?<![\p{L}])(№|[Vv]ol\.|[Pp]p?\.|[СсТтФДЛ]\.|Оп\.|[Cc]h\.|гл\.|[Nn]o\.)[ \t]+(?=\d)/gu;
/** Abbreviations that stay with the number before them (`707 p.`, `1917 г.`, `494 с.`). */
const afterNumber = /(\d)[ \t]+(?=(?:p|pp|с|г|гг|в|вв|т|л)\.)/gu;

/** No-break spaces between a number and the abbreviation that counts it (every language). */
export function bindNumbers(text: string): string {
  return text.replace(beforeNumber, `$1${NBSP}`).replace(afterNumber, `$1${NBSP}`);
}

/**
 * A spaced dash never starts a line: no-break space before it. Russian text sets
 * the em dash between thin spaces (a narrow no-break space before, a thin space
 * after) and turns a spaced en dash or hyphen used as a dash into an em dash.
 */
export function spaceDashes(text: string, lang: string): string {
  if (lang === 'ru') return text.replace(/[ \t\u00A0]+[—–-][ \t]+/g, `${NARROW_NBSP}—${THIN_SPACE}`);
  return text.replace(/[ \t]+([—–])[ \t]+/g, `${NBSP}$1 `);
}

/** No-break space after one-letter prepositions and conjunctions (`в 1917 г.`, `и власть`). */
export function bindOneLetterWords(text: string): string {
  return text.replace(oneLetterWords, `$1${NBSP}`);
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
  let out = spaceDashes(bindNumbers(bindInitials(text)), options.lang);
  if (options.lang === 'ru') out = bindOneLetterWords(out);
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

/** Apply the rules to every text node of an Inline tree (returns a new tree). */
export function typesetInlines(inlines: Inline[], options: TypesetOptions): Inline[] {
  return inlines.map((node): Inline => {
    switch (node.type) {
      case 'text':
        return { ...node, value: typesetText(node.value, options) };
      case 'inlineCode':
      case 'footnoteRef':
        return node;
      case 'link': {
        const plain = node.children.length === 1 && node.children[0].type === 'text' ? node.children[0].value : '';
        return looksLikeUrl.test(plain) || plain === node.url ? node : { ...node, children: typesetInlines(node.children, options) };
      }
      case 'field':
        return verbatimRoles.has(node.role) ? node : { ...node, children: typesetInlines(node.children, options) };
      case 'citation':
        return { ...node, rendered: typesetInlines(node.rendered, options) };
      case 'emphasis':
      case 'strong':
      case 'mark':
        return { ...node, children: typesetInlines(node.children, options) };
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
