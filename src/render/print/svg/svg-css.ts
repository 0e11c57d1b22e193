// CSS inside an SVG figure (style sheets and style attributes), rewritten for
// a figure inlined into the print page: id and class selectors renamed into
// the figure's scope, url() references kept inside the figure, every font
// family set to one of the journal's fonts. What cannot be allowed (imports,
// web fonts, external URLs) is reported and left out.
import { chooseFamily, cssFamily, providedList, type FigureFonts } from './svg-fonts.js';

export interface CssRewrite {
  /** An id or class name of the figure → its name in the page. */
  scoped: (name: string) => string;
  fonts: FigureFonts;
  /** A problem `offset` characters into the CSS text given. */
  problem: (rule: 'svg-figure-font' | 'svg-figure-unsafe', message: string, offset: number) => void;
}

/** Split at `sep` outside strings, parentheses and brackets; each part with its offset. */
function splitTop(text: string, sep: string): { part: string; at: number }[] {
  const parts: { part: string; at: number }[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === sep && depth === 0) {
      parts.push({ part: text.slice(start, i), at: start });
      start = i + 1;
    }
  }
  parts.push({ part: text.slice(start), at: start });
  return parts;
}

/** `url(#id)` → the scoped id; any other URL is refused (the print page loads nothing a figure names). */
export function rewriteUrls(value: string, rw: CssRewrite, offset = 0): string {
  return value.replace(/url\(\s*(['"]?)([^'")]*)\1\s*\)/gi, (whole, _q: string, target: string, at: number) => {
    if (target.startsWith('#') && target.length > 1) return `url(#${rw.scoped(target.slice(1))})`;
    rw.problem('svg-figure-unsafe', `Unexpected reference ${whole.slice(0, 80)} in an SVG figure, expected a reference inside the figure such as url(#gradient)`, offset + at);
    return 'none';
  });
}

const sizeToken = String.raw`(?:\d*\.?\d+(?:px|pt|pc|mm|cm|in|q|em|rem|ex|ch|%)?|xx-small|x-small|small|medium|large|x-large|xx-large|xxx-large|larger|smaller)`;
const fontShorthand = new RegExp(String.raw`^((?:[^,\s]+\s+)*?${sizeToken}(?:\s*\/\s*[^\s,]+)?)\s+(.+)$`, 'i');

function familyValue(value: string, rw: CssRewrite, offset: number): string {
  const choice = chooseFamily(value, rw.fonts);
  if (choice.refused !== undefined)
    rw.problem('svg-figure-font', `Unexpected font family '${choice.refused}' in an SVG figure, expected ${providedList(rw.fonts)} (set in ${choice.family})`, offset);
  return cssFamily(choice.family, rw.fonts);
}

/** `font-family` (or the family of `font`) as the journal's family; undefined when the property sets no family. */
export function rewriteFontProperty(property: string, value: string, rw: CssRewrite, offset: number): string | undefined {
  const important = /\s*!important\s*$/i.exec(value);
  const bare = important ? value.slice(0, important.index) : value;
  const tail = important ? ' !important' : '';
  if (property === 'font-family') return familyValue(bare, rw, offset) + tail;
  if (property !== 'font') return undefined;
  const m = fontShorthand.exec(bare.trim());
  if (m) return `${m[1]} ${familyValue(m[2], rw, offset)}${tail}`;
  rw.problem('svg-figure-font', `Unexpected font shorthand '${bare.trim()}' in an SVG figure, expected a size and a family such as 'bold 12px PT Sans'`, offset);
  return `12px ${cssFamily(rw.fonts.sansSerif, rw.fonts)}${tail}`;
}

/** A declaration list (a style attribute or a rule's block). */
export function rewriteDeclarations(text: string, rw: CssRewrite, offset = 0): string {
  const out: string[] = [];
  for (const { part, at } of splitTop(text, ';')) {
    const colon = part.indexOf(':');
    if (colon < 0) {
      if (part.trim()) out.push(part);
      continue;
    }
    const property = part.slice(0, colon).trim().toLowerCase();
    let value = part.slice(colon + 1).trim();
    const start = offset + at + (part.length - part.trimStart().length);
    const font = rewriteFontProperty(property, value, rw, start);
    if (font !== undefined) value = font;
    else if (/url\(/i.test(value)) value = rewriteUrls(value, rw, offset + at + colon + 1);
    out.push(`${property}: ${value}`);
  }
  return out.join('; ');
}

/** `#id` and `.class` in a selector → their scoped names (attribute selectors and strings left alone). */
function rewriteSelector(selector: string, rw: CssRewrite): string {
  let out = '';
  let i = 0;
  while (i < selector.length) {
    const c = selector[i];
    if (c === '[' || c === '"' || c === "'") {
      const end = c === '[' ? selector.indexOf(']', i) : selector.indexOf(c, i + 1);
      const stop = end < 0 ? selector.length : end + 1;
      out += selector.slice(i, stop);
      i = stop;
      continue;
    }
    const name = /^[#.](-?[_a-zA-Z\u00A0-\uFFFF][\w\u00A0-\uFFFF-]*)/.exec(selector.slice(i));
    if (name) {
      out += c + rw.scoped(name[1]);
      i += name[0].length;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

/** The end of a `{…}` block opened at `open` (index of the matching `}`), strings skipped. */
function blockEnd(css: string, open: number): number {
  let depth = 0;
  let quote = '';
  for (let i = open; i < css.length; i++) {
    const c = css[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return css.length;
}

/** Group rules whose content is a rule list again. */
const nestingAtRules = new Set(['media', 'supports']);

function rewriteRules(css: string, from: number, to: number, rw: CssRewrite): string {
  let out = '';
  let i = from;
  while (i < to) {
    const rest = css.slice(i, to);
    const next = rest.search(/[{;]/);
    if (next < 0) break;
    const prelude = rest.slice(0, next).trim();
    const at = i + rest.length - rest.trimStart().length;
    if (rest[next] === ';') {
      // A statement at-rule (@import, @namespace, @charset): nothing a figure may load.
      if (prelude) rw.problem('svg-figure-unsafe', `Unexpected ${prelude.slice(0, 60)} in an SVG figure's style sheet, expected rules that style the figure`, at);
      i += next + 1;
      continue;
    }
    const open = i + next;
    const close = blockEnd(css, open);
    const inner = [open + 1, Math.min(close, to)] as const;
    const atRule = /^@([\w-]+)/.exec(prelude);
    if (atRule && nestingAtRules.has(atRule[1].toLowerCase())) out += `${prelude} {\n${rewriteRules(css, inner[0], inner[1], rw)}}\n`;
    else if (atRule) {
      const what = atRule[1].toLowerCase() === 'font-face' ? 'a web font (@font-face)' : `@${atRule[1]}`;
      rw.problem(atRule[1].toLowerCase() === 'font-face' ? 'svg-figure-font' : 'svg-figure-unsafe', `Unexpected ${what} in an SVG figure's style sheet, expected the journal's fonts and plain rules`, at);
    } else if (prelude) out += `${rewriteSelector(prelude, rw)} { ${rewriteDeclarations(css.slice(inner[0], inner[1]), rw, inner[0])} }\n`;
    i = close + 1;
  }
  return out;
}

/** A whole style sheet; comments are blanked first so offsets stay true. */
export function rewriteStyleSheet(css: string, rw: CssRewrite): string {
  const blank = css.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
  return rewriteRules(blank, 0, blank.length, rw);
}
