// The printed reference lists of a manuscript without the journal's template:
// a paragraph on its own with a list title — the profile's (`references.lists[].title`,
// `import.docx.lists`) or an English one ("References") — and the entries up to
// the next styled heading. The entries leave the body; the reference parser
// (src/import/references/) reads them.
import type { Profile } from '../../profile/types.js';
import type { BodyContext } from './body-context.js';
import { inlineMarkdown } from './body-inline.js';
import { headingOf } from './body-blocks.js';
import type { DocxBlock, DocxParagraph } from './model.js';
import { paragraphText } from './model.js';

export interface PrintedEntry {
  text: string;
  at: string;
}

export interface PrintedList {
  /** `primary` (the article's conventions) or `romanized` (the profile's kind of the matched title, else by script). */
  kind: string;
  title: string;
  /** Paragraph of the title. */
  at: string;
  entries: PrintedEntry[];
  /** Paragraph numbers the list takes out of the body (title and entries). */
  paragraphs: number[];
}

/** Titles any English manuscript may give its list; the journal's own come from its profile. */
const englishTitles = /^(references|bibliography|works\s+cited|literature(\s+cited)?|sources)$/i;

function titleKind(text: string, profile: Profile | undefined): string | undefined {
  const t = text.replace(/[.:\s]+$/, '').trim().toLowerCase();
  for (const l of profile?.references.lists ?? []) if (l.title.toLowerCase() === t) return l.kind;
  for (const l of profile?.import?.docx?.lists ?? [])
    if (l.titles.some((x) => x.toLowerCase() === t)) return profile!.references.lists.find((r) => (r.name ?? r.kind) === l.list)?.kind ?? 'primary';
  if (englishTitles.test(t)) return 'romanized';
  return undefined;
}

export function findReferenceLists(blocks: DocxBlock[], ctx: BodyContext, profile: Profile | undefined, consumed: ReadonlySet<number>): PrintedList[] {
  const lists: PrintedList[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind !== 'paragraph' || consumed.has(b.index) || b.generated) continue;
    const kind = titleKind(paragraphText(b), profile);
    if (!kind || b.list) continue;
    const list: PrintedList = { kind, title: paragraphText(b).trim(), at: `paragraph ${b.index}`, entries: [], paragraphs: [b.index] };
    let j = i + 1;
    for (; j < blocks.length; j++) {
      const e = blocks[j];
      if (e.kind !== 'paragraph') break;
      if (e.generated || consumed.has(e.index)) continue;
      const text = paragraphText(e).trim();
      if (!text) {
        list.paragraphs.push(e.index);
        continue;
      }
      if (titleKind(text, profile) || (headingOf(e, blocks[j + 1]) && headingOf(e, blocks[j + 1])!.from === 'style')) break;
      list.paragraphs.push(e.index);
      list.entries.push({ text: entryText(e, ctx), at: `paragraph ${e.index}` });
    }
    if (list.entries.length) lists.push(list);
    i = j - 1;
  }
  // A single list is the article's own; of two lists of one kind ("References" twice), the first printed is.
  if (lists.length && !lists.some((l) => l.kind === 'primary')) lists[0].kind = 'primary';
  if (lists.length === 2 && lists[0].kind === lists[1].kind) lists[1].kind = 'romanized';
  return lists;
}

/** An entry as the parser wants it: italics as `*…*`, the printed number ("1.", "[1]") left out. */
function entryText(p: DocxParagraph, ctx: BodyContext): string {
  const md = inlineMarkdown(p.runs.map((r) => ({ text: r.text, ...(r.italic ? { italic: true } : {}) })), { ...ctx, at: `paragraph ${p.index}` });
  return md
    .replace(/\\([\\`*_[\]<>$^~&{|])/g, '$1')
    .replace(/^\s*(\[\d+\]|\d+[.)])\s*/, '')
    .trim();
}
