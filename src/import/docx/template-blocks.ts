// The metadata blocks of a manuscript: one per language, each found from its
// abstract label (the profile's words tell the language), then read outward —
// the abstract and keywords after the label, the people lines and the title
// above it. Only layout and the profile's labels decide; nothing here knows a
// journal.
import type { DocxTemplateProfile, TemplateStyleRole } from '../../profile/import-docx.js';
import type { DocxBlock, DocxParagraph } from './model.js';
import { hasEmail, isNamesLine, readPeople, startsWithMarker, type PeopleLines } from './template-people.js';
import { fold, isTitle, markdownAfter, matchLabel, plain, runsMarkdown } from './template-text.js';

export interface MetadataBlock {
  lang: string;
  /** Index (into doc.blocks) of the first paragraph that belongs to the block (UDC or title). */
  start: number;
  /** Index of its last paragraph (the keywords, or the abstract's last). */
  end: number;
  title?: { text: string; at: number };
  udc?: { text: string; at: number };
  people: PeopleLines;
  peopleAt: number[];
  abstract?: { text: string; at: number[]; label: string };
  keywords?: { words: string[]; at: number; label: string };
  /** Where the abstract and keywords labels stand. */
  labelAt: number;
  /** A second block of a language already seen: bounded like the others, but not read into the front matter. */
  duplicate?: boolean;
  keywordsLabelAt?: number;
}

export const isParagraph = (b: DocxBlock | undefined): b is DocxParagraph => b?.kind === 'paragraph';
const isEmpty = (b: DocxBlock | undefined) => isParagraph(b) && !plain(b) && !b.runs.some((r) => r.image || r.mathml);

/** Whether the paragraph's style is one the profile names for the role. */
export function hasStyle(p: DocxParagraph, tpl: DocxTemplateProfile, role: TemplateStyleRole): boolean {
  const names = tpl.styles[role];
  if (!names) return false;
  return names.some((n) => fold(n) === fold(p.styleName ?? '') || n === p.styleId);
}

/** The list titles of the template, each with the profile list it names. */
export function listTitleAt(p: DocxParagraph, tpl: DocxTemplateProfile): { list: string; title: string } | undefined {
  for (const l of tpl.lists) {
    const title = isTitle(plain(p), l.titles);
    if (title) return { list: l.list, title };
  }
  return undefined;
}

function labelOf(p: DocxParagraph, tpl: DocxTemplateProfile, field: 'abstract' | 'keywords' | 'udc' | 'body', role?: TemplateStyleRole) {
  const hits: { lang: string; label: string; rest: string }[] = [];
  for (const [lang, labels] of Object.entries(tpl.labels)) {
    const hit = field === 'body' ? (isTitle(plain(p), labels.body ?? []) ? { label: labels.body![0], rest: '' } : undefined) : matchLabel(plain(p), labels[field], field === 'udc');
    if (hit) hits.push({ lang, ...hit });
  }
  if (!hits.length && role && hasStyle(p, tpl, role)) hits.push({ lang: '', label: `style ${p.styleName ?? p.styleId}`, rest: plain(p) });
  return hits;
}

export const abstractLabels = (p: DocxParagraph, tpl: DocxTemplateProfile) => labelOf(p, tpl, 'abstract', 'abstract');
export const keywordsLabels = (p: DocxParagraph, tpl: DocxTemplateProfile) => labelOf(p, tpl, 'keywords', 'keywords');
export const udcLabels = (p: DocxParagraph, tpl: DocxTemplateProfile) => labelOf(p, tpl, 'udc', 'udc');
export const bodyLabels = (p: DocxParagraph, tpl: DocxTemplateProfile) => labelOf(p, tpl, 'body');

/** Keywords as a list: separated by semicolons when there are any, else by commas; the final period dropped. */
export function splitKeywords(text: string): string[] {
  const t = text.replace(/[.;,]\s*$/, '').trim();
  return t
    .split(t.includes(';') ? /\s*;\s*/ : /\s*,\s*/)
    .map((w) => w.trim())
    .filter(Boolean);
}

/** A line of the people zone, as seen walking up from the abstract label. */
function isPeopleLine(blocks: DocxBlock[], i: number, tpl: DocxTemplateProfile, floor: number): boolean {
  const p = blocks[i];
  if (!isParagraph(p)) return false;
  if (hasStyle(p, tpl, 'authors') || hasStyle(p, tpl, 'affiliation')) return true;
  if (hasStyle(p, tpl, 'title')) return false;
  if (hasEmail(p) || startsWithMarker(p) || isNamesLine(p)) return true;
  // An affiliation without markers ("University of Leeds, Leeds, UK") right under a line of names.
  let above = i - 1;
  while (above >= floor && isEmpty(blocks[above])) above--;
  const q = blocks[above];
  return above >= floor && isParagraph(q) && /,/.test(plain(p)) && !/[.!?]$/.test(plain(p)) && plain(p).split(/\s+/).length <= 15 && (isNamesLine(q) || hasEmail(q));
}

/**
 * The block whose abstract label is at `label`: abstract and keywords below it,
 * people lines and title above it (never above `floor`, the end of the previous block).
 */
export function readBlock(blocks: DocxBlock[], label: number, lang: string, labelText: string, rest: string, floor: number, tpl: DocxTemplateProfile): MetadataBlock {
  const labelPara = blocks[label] as DocxParagraph;
  const block: MetadataBlock = { lang, start: label, end: label, people: { authors: [], affiliations: [], emails: [], unread: [] }, peopleAt: [], labelAt: label };

  // Below: the abstract's paragraphs up to the keywords label (a label alone opens them).
  const abstractParts: string[] = [];
  const abstractAt: number[] = [];
  if (rest) {
    abstractParts.push(markdownAfter(labelPara, rest));
    abstractAt.push(label);
  }
  let j = label + 1;
  let keywordsAt = -1;
  for (; j < blocks.length && j <= label + 20; j++) {
    const p = blocks[j];
    if (!isParagraph(p)) break;
    if (keywordsLabels(p, tpl).length) {
      keywordsAt = j;
      break;
    }
    if (listTitleAt(p, tpl) || abstractLabels(p, tpl).length) break;
    if (isEmpty(p)) continue;
    abstractParts.push(runsMarkdown(p.runs, true));
    abstractAt.push(j);
  }
  if (keywordsAt < 0) {
    // No keywords label: the abstract is the label's paragraph, or the one after it.
    abstractParts.splice(1);
    abstractAt.splice(1);
  }
  if (abstractParts.length) block.abstract = { text: abstractParts.join('\n\n'), at: abstractAt, label: labelText };
  block.end = abstractAt.at(-1) ?? label;
  if (keywordsAt >= 0) {
    const kp = blocks[keywordsAt] as DocxParagraph;
    const hit = keywordsLabels(kp, tpl)[0];
    let text = hit.rest;
    let at = keywordsAt;
    if (!text) {
      let k = keywordsAt + 1;
      while (k < blocks.length && isEmpty(blocks[k])) k++;
      if (isParagraph(blocks[k])) {
        text = plain(blocks[k] as DocxParagraph);
        at = k;
      }
    }
    block.keywords = { words: splitKeywords(text), at, label: hit.label };
    block.keywordsLabelAt = keywordsAt;
    block.end = at;
  }

  // Above: people lines, then the title, then a UDC line; nothing above the floor.
  let i = label - 1;
  const people: number[] = [];
  for (; i >= floor; i--) {
    if (isEmpty(blocks[i])) continue;
    if (!isPeopleLine(blocks, i, tpl, floor) || udcLabels(blocks[i] as DocxParagraph, tpl).length) break;
    people.unshift(i);
  }
  block.peopleAt = people;
  block.people = readPeople(people.map((k) => blocks[k] as DocxParagraph), tpl.nameOrder[lang] ?? 'given-first', tpl.labels[lang]?.email ?? []);
  block.start = people[0] ?? label;
  while (i >= floor && isEmpty(blocks[i])) i--;
  const candidate = blocks[i];
  if (i >= floor && isParagraph(candidate) && !listTitleAt(candidate, tpl) && !keywordsLabels(candidate, tpl).length) {
    if (udcLabels(candidate, tpl).length) {
      block.udc = { text: udcLabels(candidate, tpl)[0].rest, at: i };
    } else {
      block.title = { text: runsMarkdown(candidate.runs, true), at: i };
      i--;
      while (i >= floor && isEmpty(blocks[i])) i--;
      const above = blocks[i];
      if (i >= floor && isParagraph(above) && udcLabels(above, tpl).length) block.udc = { text: udcLabels(above, tpl)[0].rest, at: i };
    }
    block.start = block.udc?.at ?? block.title!.at;
  }
  return block;
}

/** Every metadata block, in document order; a label word shared by two languages goes to the one not yet seen. */
export function findBlocks(blocks: DocxBlock[], tpl: DocxTemplateProfile, languages: readonly string[]): MetadataBlock[] {
  const out: MetadataBlock[] = [];
  let floor = 0;
  for (let i = 0; i < blocks.length; i++) {
    const p = blocks[i];
    if (!isParagraph(p) || i <= (out.at(-1)?.end ?? -1)) continue;
    const hits = abstractLabels(p, tpl);
    if (!hits.length) continue;
    const used = new Set(out.map((b) => b.lang));
    const hit = hits.find((h) => h.lang && !used.has(h.lang)) ?? hits[0];
    // A block known by its style only: the next journal language not yet seen.
    const lang = hit.lang || languages.find((l) => !used.has(l)) || languages[0] || '';
    const block = readBlock(blocks, i, lang, hit.label, hit.rest, floor, tpl);
    if (used.has(lang)) block.duplicate = true;
    out.push(block);
    floor = block.end + 1;
  }
  return out;
}
