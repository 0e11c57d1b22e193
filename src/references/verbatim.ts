// A verbatim item: a work kept as printed because its description could not be
// read with confidence (the Word import, docs/import-references.md). It is a
// note-only CSL item: `note` holds the entry as printed (*italics* marked as in
// Markdown), `custom.verbatim-romanized` the romanized list's printing when one
// was found. Every list prints it as written; the styles only sort it, and a
// citation of it prints its first words (it has no author to cite by).
import type { CslItem, Inline } from '../model/types.js';
import { custom } from './prepare.js';
import { plainText } from '../model/plain-text.js';

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

/** `*…*` runs become emphasis; the rest is text as written (Markdown's `\*`, `\[` as the characters). */
export function verbatimInlines(text: string): Inline[] {
  const out: Inline[] = [];
  const plain = (s: string) => s.replace(/(?<!\\)\*/g, '').replace(/\\([\\`*_{}[\]()#+\-.!<>|~^])/g, '$1');
  let last = 0;
  for (const m of text.matchAll(/(?<!\\)\*((?:\\.|[^*\\])+)\*/g)) {
    if (m.index! > last) out.push({ type: 'text', value: plain(text.slice(last, m.index)) });
    out.push({ type: 'emphasis', children: [{ type: 'text', value: plain(m[1]) }] });
    last = m.index! + m[0].length;
  }
  if (last < text.length) out.push({ type: 'text', value: plain(text.slice(last)) });
  return out;
}

/** The plain text citeproc sorts the item by (and cites it by, as a title). */
export function verbatimSortText(item: CslItem, romanizedList: boolean): string {
  return plainText(verbatimInlines(verbatimText(item, romanizedList)));
}

/** What a citation of the item prints, having no author: its first three words ("Лэтчфорд Е. У.", then the style's "…"). */
export function verbatimShortTitle(sortText: string): string {
  return sortText.split(/\s+/).slice(0, 3).join(' ').replace(/[,;:]$/, '');
}
