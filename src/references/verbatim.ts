// A verbatim item: a work kept as printed because its description could not be
// read with confidence (the Word import, docs/import-references.md). It is a
// note-only CSL item: `note` holds the entry as printed (*italics* marked as in
// Markdown), `custom.verbatim-romanized` the romanized list's printing when one
// was found. Every list prints it as written; the styles only sort it.
import type { CslItem, Inline } from '../model/types.js';
import { custom } from './prepare.js';

/** Fields any description has; a verbatim item has none of them. */
const descriptive = ['title', 'author', 'editor', 'container-title', 'archive', 'issued', 'publisher'];

export function isVerbatimItem(item: CslItem): boolean {
  return typeof item.note === 'string' && item.note.trim() !== '' && descriptive.every((f) => item[f] === undefined);
}

/** The text a list prints: the romanized printing in a list that romanizes, when there is one. */
export function verbatimText(item: CslItem, romanizedList: boolean): string {
  const romanized = custom(item)['verbatim-romanized'];
  return romanizedList && typeof romanized === 'string' && romanized.trim() ? romanized.trim() : String(item.note).trim();
}

/** `*…*` runs become emphasis; the rest is text as written. */
export function verbatimInlines(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of text.matchAll(/\*([^*]+)\*/g)) {
    if (m.index! > last) out.push({ type: 'text', value: text.slice(last, m.index) });
    out.push({ type: 'emphasis', children: [{ type: 'text', value: m[1] }] });
    last = m.index! + m[0].length;
  }
  if (last < text.length) out.push({ type: 'text', value: text.slice(last).replace(/\*/g, '') });
  return out;
}

/** The plain text citeproc sorts the item by (and cites it by, as a title). */
export function verbatimSortText(item: CslItem, romanizedList: boolean): string {
  return verbatimText(item, romanizedList).replace(/\*/g, '');
}
