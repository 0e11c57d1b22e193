// A reference's printed text: the original citation kept beside each item, and
// the verbatim item (kept as printed) for a reference lacking what a
// bibliography needs.
import type { CslItem } from '../../model/reference-types.js';
import type { XmlEl } from '../xml-tree.js';
import { childElements, textOf } from '../xml-tree.js';
import { squash } from './body-state.js';

type Fields = Record<string, unknown>;

/** Identifiers a verbatim item keeps beside its printed text (docs/references.md, verbatim items). */
const verbatimKeeps = ['DOI', 'URL', 'PMID', 'PMCID', 'ISBN', 'language'];

/**
 * A work whose citation lacks what a bibliography needs (a year, a title) is
 * kept as printed: a note-only item every list prints as written. Its tagged
 * fields stay under custom, for the editor who completes it.
 */
export function verbatimItem(item: CslItem, printed: string, customFields: Fields): CslItem {
  const out: CslItem = { id: item.id, type: item.type, note: printed };
  const imported: Fields = {};
  for (const [k, v] of Object.entries(item)) {
    if (k === 'id' || k === 'type' || k === 'custom') continue;
    if (verbatimKeeps.includes(k)) out[k] = v;
    else imported[k] = v;
  }
  out.custom = { ...customFields, 'imported-fields': imported };
  return out;
}

/** The citation's text with its italics marked as Markdown (`*…*`), as a verbatim item's note holds it. */
export function printedMarkdown(cit: XmlEl): string {
  const walk = (e: XmlEl): string =>
    e.children
      .map((c) => {
        if (c.kind === 'text') return c.text.replace(/([*\\])/g, '\\$1');
        const inner = walk(c);
        if (c.name === 'italic' && inner.trim()) return `*${inner}*`;
        return cit.name === 'mixed-citation' ? inner : ` ${inner} `;
      })
      .join('');
  return squash(walk(cit)).trim();
}

/** The citation's text; an element-citation has no printed form, so its parts are joined by spaces. */
export function printedText(cit: XmlEl): string {
  if (cit.name === 'mixed-citation') return squash(textOf(cit)).trim();
  const parts: string[] = [];
  const walk = (e: XmlEl) => {
    for (const c of e.children) {
      if (c.kind === 'text') parts.push(c.text);
      else if (['name', 'string-name'].includes(c.name)) parts.push(` ${childElements(c).length ? childElements(c).map((x) => squash(textOf(x)).trim()).join(' ') : textOf(c)} `);
      else {
        parts.push(' ');
        walk(c);
        parts.push(' ');
      }
    }
  };
  walk(cit);
  return squash(parts.join('')).trim();
}
