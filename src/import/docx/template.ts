// A Word manuscript matched against the journal's template (`import.docx` in
// the profile): the front matter from the metadata blocks, where the body
// starts and ends, and the printed reference lists. Every uncertain decision is
// returned for the import report; whatever belongs to no part is listed as not
// kept, never dropped without a word.
import { diagnostic, type Diagnostic } from '../../checks/diagnostic.js';
import type { Profile } from '../../profile/types.js';
import { shorten, type Decision, type NotKept } from '../report.js';
import type { DocxBlock, DocxDocument, DocxParagraph } from './model.js';
import { bodyLabels, findBlocks, isParagraph, listTitleAt, type MetadataBlock } from './template-blocks.js';
import { assembleFront, paragraphNumber } from './template-front.js';
import { plain, runsMarkdown } from './template-text.js';

/** One printed entry (B2's `PrintedEntry`): italic runs marked as in Markdown. */
export interface TemplateEntry {
  text: string;
  at: string;
}

export interface MatchedList {
  /** The profile's reference list (`references.lists[].name`). */
  name: string;
  /** The title as the template gives it, and where it stands. */
  title: string;
  at: string;
  entries: TemplateEntry[];
}

export interface TemplateMatch {
  frontMatter: Record<string, unknown>;
  /** The body: doc.blocks[bodyStart … bodyEnd - 1]. */
  bodyStart: number;
  bodyEnd: number;
  lists: MatchedList[];
  decisions: Decision[];
  notKept: NotKept[];
  diagnostics: Diagnostic[];
  /** The metadata blocks found, per language (for tools and tests). */
  blocks: MetadataBlock[];
}

const isBlank = (b: DocxBlock) => isParagraph(b) && !plain(b) && !b.runs.some((r) => r.image || r.mathml);

// A number the author typed before an entry ("1.", "[1]", "1)"); Word's own list numbering is not text.
const entryNumber = /^\s*(\[\d+\]|\d+[.)])\s*/;

function blockText(b: DocxBlock): string {
  return isParagraph(b) ? plain(b) : b.rows.flat().flatMap((c) => c.paragraphs.map(plain)).join(' ');
}

export function matchTemplate(doc: DocxDocument, profile: Profile): TemplateMatch {
  const blocks = doc.blocks;
  const tpl = profile.import?.docx;
  const at = (i: number) => (isParagraph(blocks[i]) ? `paragraph ${(blocks[i] as DocxParagraph).index}` : `table ${(blocks[i] as { index: number }).index}`);
  const position = (i: number) => ({ file: doc.file, line: paragraphNumber(blocks, i), column: 1 });
  if (!tpl) {
    return {
      frontMatter: {},
      bodyStart: 0,
      bodyEnd: blocks.length,
      lists: [],
      decisions: [],
      notKept: [],
      blocks: [],
      diagnostics: [diagnostic('import-template-profile', `Unexpected profile without \`import.docx\`, expected the template's labels per language (the whole document is read as body)`, { file: profile.file, line: 1, column: 1 })],
    };
  }

  const meta = findBlocks(blocks, tpl, profile.languages);
  const front = assembleFront(meta, blocks, doc.file, profile.languages);
  const decisions = [...front.decisions];
  const diagnostics = [...front.diagnostics];
  const notKept: NotKept[] = [];

  // Where each part begins: metadata blocks (after the first group) and list titles.
  const claimed = new Set<number>();
  for (const b of meta) for (let i = b.start; i <= b.end; i++) claimed.add(i);
  const listStarts: { at: number; list: string; title: string }[] = [];
  blocks.forEach((b, i) => {
    if (!isParagraph(b) || claimed.has(i)) return;
    const hit = listTitleAt(b, tpl);
    if (hit) listStarts.push({ at: i, ...hit });
  });

  // The front: the first metadata block and those that follow it with only blank lines between.
  let frontEnd = -1;
  for (const b of meta) {
    const gap = blocks.slice(frontEnd + 1, b.start);
    if (frontEnd >= 0 && !gap.every(isBlank)) break;
    frontEnd = b.end;
  }
  const starts = [...meta.map((b) => b.start).filter((s) => s > frontEnd), ...listStarts.map((l) => l.at)].sort((a, b) => a - b);
  const nextStart = (i: number) => starts.find((s) => s > i) ?? blocks.length;

  let bodyStart = frontEnd + 1;
  while (bodyStart < blocks.length && isBlank(blocks[bodyStart])) bodyStart++;
  // Blank paragraphs at the very top are nobody's; a body label (`labels.<lang>.body`) opens the body.
  const bodyLimit = nextStart(bodyStart - 1);
  for (let i = bodyStart; i < bodyLimit; i++) {
    const b = blocks[i];
    if (!isParagraph(b) || !bodyLabels(b, tpl).length) continue;
    for (let k = bodyStart; k < i; k++) if (!isBlank(blocks[k])) notKept.push({ at: at(k), element: 'paragraph', text: shorten(blockText(blocks[k])), reason: 'between the metadata and the body label: no template part' });
    decisions.push({ at: at(i), what: 'the body starts after this paragraph', why: `the body label “${plain(b)}”` });
    claimed.add(i);
    bodyStart = i + 1;
    break;
  }
  let bodyEnd = Math.max(bodyStart, nextStart(bodyStart - 1));
  while (bodyEnd > bodyStart && isBlank(blocks[bodyEnd - 1])) bodyEnd--;
  if (bodyEnd > bodyStart) {
    decisions.push({ at: at(bodyStart), what: `the body starts here and ends at ${at(bodyEnd - 1)}`, why: bodyEnd < blocks.length ? `after the metadata, up to ${listStarts.some((l) => l.at === nextStart(bodyStart - 1)) ? 'the first printed list' : 'the next metadata block'}` : 'after the metadata, to the end of the document' });
  } else {
    decisions.push({ at: at(Math.min(bodyStart, blocks.length - 1)), what: 'the manuscript has no body', why: 'a printed list or a metadata block follows the metadata directly' });
  }

  // Printed lists: every paragraph after a list title up to the next part.
  const lists: MatchedList[] = [];
  for (const start of listStarts) {
    const end = nextStart(start.at);
    const entries: TemplateEntry[] = [];
    let numbered = 0;
    for (let i = start.at + 1; i < end; i++) {
      const b = blocks[i];
      if (isBlank(b)) continue;
      if (!isParagraph(b)) {
        notKept.push({ at: at(i), element: 'table', text: shorten(blockText(b)), reason: `inside the list “${start.title}”: a list holds entries, not tables` });
        continue;
      }
      let text = runsMarkdown(b.runs);
      const number = entryNumber.exec(text.replace(/^\*/, ''));
      if (number) {
        text = text.replace(/^(\*?)\s*(\[\d+\]|\d+[.)])\s*/, '$1').replace(/^\*\s*\*/, '');
        numbered++;
      }
      entries.push({ text, at: at(i) });
    }
    if (numbered) decisions.push({ at: at(start.at), what: `the number before ${numbered} entr${numbered === 1 ? 'y' : 'ies'} of “${start.title}” was left out`, why: 'entries are numbered by their order' });
    decisions.push({ at: at(start.at), what: `the ${entries.length} paragraph(s) after it became the list ${start.list}`, why: `the list title “${start.title}”` });
    if (!entries.length) diagnostics.push(diagnostic('import-template-missing', `Unexpected list title “${start.title}” with no entries after it, expected one paragraph per entry`, position(start.at)));
    lists.push({ name: start.list, title: start.title, at: at(start.at), entries });
    for (let i = start.at; i < end; i++) claimed.add(i);
  }
  for (const l of tpl.lists)
    if (!lists.some((x) => x.name === l.list))
      diagnostics.push(diagnostic('import-template-missing', `Unexpected manuscript without the list “${l.titles[0]}”, expected a paragraph with that title before its entries`, { file: doc.file, line: 1, column: 1 }));

  // Whatever is in no part: reported, never dropped silently.
  for (let i = bodyStart; i < bodyEnd; i++) claimed.add(i);
  for (const b of meta) {
    const parts = b.duplicate ? new Set<number>() : new Set([b.udc?.at, b.title?.at, b.labelAt, b.keywordsLabelAt, b.keywords?.at, ...b.peopleAt, ...(b.abstract?.at ?? [])]);
    const reason = b.duplicate ? `a second ${b.lang} metadata block: the first is kept` : `inside the ${b.lang} metadata block: no template part`;
    for (let i = b.start; i <= b.end; i++)
      if (!parts.has(i) && !isBlank(blocks[i])) notKept.push({ at: at(i), element: isParagraph(blocks[i]) ? 'paragraph' : 'table', text: shorten(blockText(blocks[i])), reason });
    if (b.duplicate) continue;
    for (const p of b.people.unread) notKept.push({ at: `paragraph ${p.index}`, element: 'paragraph', text: shorten(plain(p)), reason: `among the ${b.lang} authors: neither names, e-mails nor an affiliation` });
  }
  blocks.forEach((b, i) => {
    if (claimed.has(i) || isBlank(b)) return;
    notKept.push({ at: at(i), element: isParagraph(b) ? 'paragraph' : 'table', text: shorten(blockText(b)), reason: 'outside the body, the metadata and the printed lists: no template part' });
  });
  return { frontMatter: front.frontMatter, bodyStart, bodyEnd, lists, decisions, notKept, diagnostics, blocks: meta };
}
