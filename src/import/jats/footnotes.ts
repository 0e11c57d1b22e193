// Footnotes: an `fn` anywhere (called by xref ref-type="fn", or written inline
// in a paragraph as SciELO does) → a Markdown call `[^label]` and one
// definition, written after the body in order of first call.
import type { XmlEl } from '../xml-tree.js';
import { childNamed, textOf } from '../xml-tree.js';
import { safeName, type BodyState } from './body-state.js';

/** Filled in by blocks.ts (the definition holds block content). */
export const footnoteBlocks: { render?: (fn: XmlEl, state: BodyState) => string[] } = {};

export function callFootnote(fn: XmlEl, state: BodyState): string {
  const key = fn.attrs.id ?? fn.xpath;
  const known = state.footnotes.get(key);
  if (known) return `[^${known}]`;
  const printed = childNamed(fn, 'label');
  const mark = printed ? textOf(printed).trim() : '';
  // The printed mark when it is a plain token ("1", "a"), else the id: labels only need to be unique.
  let label = /^[\p{L}\p{N}]+$/u.test(mark) ? mark : fn.attrs.id ? safeName(fn.attrs.id) : `fn${state.footnotes.size + 1}`;
  if ([...state.footnotes.values()].includes(label)) label = `${label}-${state.footnotes.size + 1}`;
  state.footnotes.set(key, label);
  const blocks = footnoteBlocks.render!(fn, state);
  const [first = '', ...rest] = blocks;
  const more = rest.map((b) => `\n\n${b.split('\n').map((l) => (l ? `    ${l}` : l)).join('\n')}`).join('');
  state.footnoteDefs.push(`[^${label}]: ${first}${more}`);
  return `[^${label}]`;
}
