// JATS inline content (text, marks, links, xrefs, inline formulas, inline
// footnotes) → one line of Galley Markdown. Citations are gathered with the
// brackets and separators around them into one Pandoc citation.
import type { XmlChild, XmlEl } from '../xml-tree.js';
import { textOf } from '../xml-tree.js';
import { notKept } from './context.js';
import { escapeMarkdown, labelFor, labelKindOf, numberedTarget, squash, type BodyState } from './body-state.js';
import { citeItem, groupCitations, type CitePiece } from './citations.js';
import { inlineFormula } from './formulas.js';
import { callFootnote } from './footnotes.js';

export type Piece = { t: 'text'; s: string } | { t: 'md'; s: string } | CitePiece;

const marks: Record<string, [string, string]> = {
  italic: ['*', '*'],
  bold: ['**', '**'],
  sup: ['^', '^'],
  sub: ['~', '~'],
  sc: ['[', ']{.smallcaps}'],
  underline: ['[', ']{.underline}'],
};

/** Elements whose text is kept as plain text and whose markup Galley has no form for (reported). */
const textOnly = new Set(['named-content', 'styled-content', 'abbrev', 'roman', 'sans-serif', 'overline', 'strike', 'ruby', 'x', 'glyph-data', 'hi', 'email', 'phone', 'institution', 'country', 'addr-line', 'chem-struct', 'std', 'contrib-id', 'uri-ref', 'target', 'milestone-start', 'milestone-end', 'related-article', 'related-object', 'index-term', 'award-id', 'funding-source', 'price', 'string-date', 'date', 'year', 'month', 'day', 'source', 'article-title', 'volume', 'fpage', 'lpage', 'issue', 'name', 'surname', 'given-names', 'person-group', 'etal', 'collab', 'publisher-name', 'publisher-loc', 'edition', 'pub-id', 'comment']);

/** Elements that are plain text in Galley anyway: nothing to report. */
const quietText = new Set(['email', 'abbrev', 'x', 'string-date', 'date', 'year', 'month', 'day', 'source', 'article-title', 'volume', 'fpage', 'lpage', 'issue', 'name', 'surname', 'given-names', 'person-group', 'etal', 'collab', 'publisher-name', 'publisher-loc', 'edition', 'pub-id', 'comment', 'institution', 'country', 'addr-line']);

/** The inline children of `el` as one line of Markdown. */
export function inlineMarkdown(children: XmlChild[], state: BodyState): string {
  return joinPieces(pieces(children, state), state);
}

export function pieces(children: XmlChild[], state: BodyState): Piece[] {
  const out: Piece[] = [];
  for (const c of mergeAdjacentMarks(children)) {
    if (c.kind === 'text') out.push({ t: 'text', s: squash(c.text) });
    else out.push(...inlineElement(c, state));
  }
  return out;
}

/** `<italic>K</italic><italic>m</italic>` is one italic run (`*K**m*` would not read back). */
function mergeAdjacentMarks(children: XmlChild[]): XmlChild[] {
  const out: XmlChild[] = [];
  for (const c of children) {
    const last = out[out.length - 1];
    if (c.kind === 'element' && last?.kind === 'element' && marks[c.name] && last.name === c.name) out[out.length - 1] = { ...last, children: [...last.children, ...c.children] };
    else out.push(c);
  }
  return out;
}

function inlineElement(el: XmlEl, state: BodyState): Piece[] {
  const mark = marks[el.name];
  if (mark) return markPieces(el, mark, state);
  switch (el.name) {
    case 'monospace':
    case 'code': {
      const text = squash(textOf(el));
      const fence = text.includes('`') ? '``' : '`';
      return text.trim() ? [{ t: 'md', s: `${fence}${text}${fence}` }] : [];
    }
    case 'ext-link':
    case 'uri': {
      const url = (el.attrs['xlink:href'] ?? textOf(el)).trim();
      const inner = inlineMarkdown(el.children, state).trim() || escapeMarkdown(url);
      return /^(https?|ftp|mailto):/i.test(url) ? [{ t: 'md', s: `[${inner}](${url.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)})` }] : [{ t: 'md', s: inner }];
    }
    case 'xref':
      return xref(el, state);
    case 'inline-formula':
      return [{ t: 'md', s: inlineFormula(el, state) }];
    case 'fn':
      return [{ t: 'md', s: callFootnote(el, state) }];
    case 'break':
      notKept(state.ctx, el, 'a forced line break: Galley reflows text, a space is kept instead');
      return [{ t: 'text', s: ' ' }];
    case 'inline-graphic':
      notKept(state.ctx, el, 'an image inside running text has no Galley form', el.attrs['xlink:href'] ?? '');
      return [];
    case 'label':
      return pieces(el.children, state);
    default:
      if (!quietText.has(el.name)) notKept(state.ctx, el, textOnly.has(el.name) ? `its text is kept, the ${el.name} markup has no Galley form` : `no Galley form inside text; its text is kept`, squash(textOf(el)).slice(0, 200));
      return pieces(el.children, state);
  }
}

function markPieces(el: XmlEl, [open, close]: [string, string], state: BodyState): Piece[] {
  const inner = pieces(el.children, state);
  // A superscript holding only citations or footnote calls (numbered styles): the call is the mark.
  if ((el.name === 'sup' || el.name === 'sub') && inner.some((p) => p.t !== 'text') && inner.every((p) => p.t !== 'text' || /^[\s,;–()[\]-]*$/.test(p.s))) return inner;
  let md = joinPieces(inner, state);
  const lead = /^\s*/.exec(md)![0];
  const trail = /\s*$/.exec(md)![0];
  md = md.trim();
  if (!md) return lead || trail ? [{ t: 'text', s: ' ' }] : [];
  const out: Piece[] = [];
  if (lead) out.push({ t: 'text', s: ' ' });
  // Galley's ^…^ and ~…~ hold no space: a raised phrase is raised word by word.
  if ((open === '^' || open === '~') && md.includes(' ')) out.push({ t: 'md', s: md.split(/ +/).map((w) => `${open}${w}${close}`).join(' ') });
  else out.push({ t: 'md', s: `${open}${md}${close}` });
  if (trail) out.push({ t: 'text', s: ' ' });
  return out;
}

function xref(el: XmlEl, state: BodyState): Piece[] {
  const type = el.attrs['ref-type'] ?? '';
  const rids = (el.attrs.rid ?? '').split(/\s+/).filter(Boolean);
  const text = squash(textOf(el)).trim();
  if (type === 'bibr') {
    const known = rids.filter((r) => state.keys.has(r)).map((r) => state.keys.get(r)!);
    // An xref without rid (BMJ): its number names the reference ("12", "3–5", "1, 4").
    if (!rids.length) known.push(...keysFromNumbers(text, state));
    if (known.length) return known.map((k, i) => citeItem(k, i === 0 ? text : '', state));
  }
  if (type === 'fn') {
    const fn = rids.map((r) => state.byId.get(r)).find((e) => e?.name === 'fn');
    if (fn) return [{ t: 'md', s: callFootnote(fn, state) }];
  }
  // An xref without rid (BMJ: "figure 1", "table 2") names its target by number, in document order.
  if (!rids.length) {
    const target = numberedTarget(el, state.all);
    const label = target && labelFor(target, state);
    if (label) return [{ t: 'md', s: `@${label}` }];
  }
  const labels = rids.map((r) => state.byId.get(r)).filter((e): e is XmlEl => Boolean(e && labelKindOf(e))).map((e) => labelFor(e, state)).filter(Boolean);
  if (labels.length) return labels.flatMap((l, i) => [...(i ? [{ t: 'text' as const, s: ', ' }] : []), { t: 'md' as const, s: `@${l}` }]);
  notKept(state.ctx, el, `a link to ${type || 'an element'} ${rids.join(' ') || '(no rid)'} has no Galley form; its text is kept`, text);
  return pieces(el.children, state);
}

function keysFromNumbers(text: string, state: BodyState): string[] {
  if (!/^[\d\s,;–-]+$/.test(text)) return [];
  const out: string[] = [];
  for (const part of text.split(/[,;]\s*|\s+/).filter(Boolean)) {
    const range = /^(\d+)[–-](\d+)$/.exec(part);
    const numbers = range ? Array.from({ length: Math.max(0, Number(range[2]) - Number(range[1]) + 1) }, (_, i) => String(Number(range[1]) + i)) : [part];
    for (const n of numbers) {
      const key = state.keyByLabel.get(n) ?? state.keyOrder[Number(n) - 1];
      if (key) out.push(key);
    }
  }
  return out;
}

/** Pieces → Markdown, citations grouped with their brackets. */
export function joinPieces(list: Piece[], state: BodyState): string {
  let md = '';
  const grouped = groupCitations(list, state);
  for (const p of grouped) md += p.t === 'text' ? escapeMarkdown(p.s) : p.t === 'md' ? p.s : '';
  return md.replace(/ {2,}/g, ' ');
}
