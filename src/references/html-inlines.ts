// citeproc's HTML output → Inline[]: <i> is Emphasis, <b> Strong, the role spans
// of the variable wrapper are Field nodes (with the language of a transliterated
// value), the name-part spans of style-markup.ts are surname / given-names fields;
// other tags only pass their text through.
export { plainText } from '../model/plain-text.js';
import type { Field, Inline } from '../model/types.js';
import { namePartSpans } from './style-markup.js';

const tagOrText = /<(\/?)([a-z]+)([^>]*)>|([^<]+)/g;
const entity = /&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi;
const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(entity, (_, e: string) => {
    if (e[0] !== '#') return named[e.toLowerCase()];
    return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

interface Frame {
  node: Inline[];
  tag: string;
  role?: string;
}

/** surname / given-names for the spans of style-markup.ts's name-part decorations. */
const namePart = (attrs: string): string | undefined => namePartSpans[/style="([^"]*)"/.exec(attrs)?.[1] ?? ''];
/** Name parts are tagged only inside a person group (anywhere else the span is formatting). */
const inPersonGroup = (stack: Frame[]) => stack.some((f) => f.role?.startsWith('person-group'));

export function htmlToInlines(html: string): Inline[] {
  const root: Inline[] = [];
  const stack: Frame[] = [{ node: root, tag: '' }];
  const top = () => stack[stack.length - 1].node;
  for (const m of html.matchAll(tagOrText)) {
    const [, closing, tag, attrs, text] = m;
    if (text !== undefined) {
      appendText(top(), decodeEntities(text));
    } else if (closing) {
      if (stack.length > 1) stack.pop();
    } else if (tag === 'br') {
      appendText(top(), ' ');
    } else {
      const children: Inline[] = [];
      const role = /data-role="([^"]*)"/.exec(attrs)?.[1];
      if (tag === 'i' || tag === 'em') top().push({ type: 'emphasis', children });
      else if (tag === 'b' || tag === 'strong') top().push({ type: 'strong', children });
      else if (tag === 'span' && namePart(attrs) && inPersonGroup(stack)) top().push({ type: 'field', role: namePart(attrs)!, children });
      else if (tag === 'span' && role) {
        const lang = /data-lang="([^"]*)"/.exec(attrs)?.[1];
        top().push({ type: 'field', role: decodeEntities(role), children, ...(lang ? { lang: decodeEntities(lang) } : {}) });
      }
      else {
        // Transparent wrapper (div, sup, small caps …): its children go to the parent.
        stack.push({ node: top(), tag });
        continue;
      }
      stack.push({ node: children, tag, role: role && decodeEntities(role) });
    }
  }
  return normalise(root);
}

function appendText(into: Inline[], value: string): void {
  const last = into[into.length - 1];
  if (last?.type === 'text') last.value += value;
  else into.push({ type: 'text', value });
}

/** Trim the entry, drop empty nodes, unwrap a Field whose only child is another Field, split page ranges. */
function normalise(nodes: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      if (node.value) appendText(out, node.value);
      continue;
    }
    if (node.type !== 'field' && node.type !== 'emphasis' && node.type !== 'strong') {
      out.push(node);
      continue;
    }
    const children = normalise(node.children);
    if (!children.length) continue;
    if (node.type === 'field' && children.length === 1 && children[0].type === 'field' && !nameParts.has(children[0].role)) {
      out.push(children[0]);
      continue;
    }
    if (node.type === 'field' && node.role === 'page-range') {
      out.push(...splitPages(children));
      continue;
    }
    out.push({ ...node, children });
  }
  return out;
}

/** A person group whose only child is one name part keeps its group. */
const nameParts = new Set(['surname', 'given-names']);

/** `3–12` → fpage 3, "–", lpage 12; anything else stays one page-range. */
function splitPages(children: Inline[]): Inline[] {
  const only = children.length === 1 && children[0].type === 'text' ? children[0].value : undefined;
  const m = only === undefined ? null : /^(\s*)([\dIVXLCDMivxlcdm]+)(?:(\s*[–-]\s*)([\dIVXLCDMivxlcdm]+))?(\s*)$/.exec(only);
  if (!m) return [{ type: 'field', role: 'page-range', children }];
  const [, lead, first, dash, last, trail] = m;
  const out: Inline[] = [];
  if (lead) out.push({ type: 'text', value: lead });
  out.push(field('fpage', first));
  if (last) out.push({ type: 'text', value: dash }, field('lpage', last));
  if (trail) out.push({ type: 'text', value: trail });
  return out;
}

function field(role: string, value: string): Field {
  return { type: 'field', role, children: [{ type: 'text', value }] };
}

/**
 * Trim leading/trailing whitespace of an inline run (citeproc pads entries). The
 * input is left as it was: only the nodes on the first and last edge are copied.
 */
export function trimInlines(nodes: Inline[]): Inline[] {
  return trimEdge(trimEdge(nodes, true), false);
}

function trimEdge(list: Inline[], atStart: boolean): Inline[] {
  const out = list.slice();
  while (out.length) {
    const at = atStart ? 0 : out.length - 1;
    const node = out[at];
    if (node.type === 'text') {
      const value = atStart ? node.value.trimStart() : node.value.trimEnd();
      if (value) {
        out[at] = { ...node, value };
        return out;
      }
      out.splice(at, 1);
    } else {
      if ('children' in node && Array.isArray(node.children)) out[at] = { ...node, children: trimEdge(node.children as Inline[], atStart) } as Inline;
      return out;
    }
  }
  return out;
}
