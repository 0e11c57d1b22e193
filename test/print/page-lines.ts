// A PDF read back line by line the way poppler lays it out (`pdftotext
// -bbox-layout`), for the checks a production editor makes page by page:
// where each page's text ends, which lines are body text, how full the page is.
import { execFileSync } from 'node:child_process';

export interface PageLine {
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

export interface PageLines {
  /** 1-based page number in the file. */
  page: number;
  height: number;
  lines: PageLine[];
}

const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const attr = (tag: string, name: string) => Number(tag.match(new RegExp(`${name}="([\\d.]+)"`))![1]);

export function readPageLines(pdfFile: string): PageLines[] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', pdfFile, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const pages: PageLines[] = [];
  for (const [index, pageXml] of xml.split('<page ').slice(1).entries()) {
    const height = attr(pageXml.slice(0, 80), 'height');
    const lines: PageLine[] = [];
    for (const match of pageXml.matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g)) {
      const words = [...match[2].matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((w) => decode(w[1]));
      lines.push({ text: words.join(' '), xMin: attr(match[1], 'xMin'), xMax: attr(match[1], 'xMax'), yMin: attr(match[1], 'yMin'), yMax: attr(match[1], 'yMax') });
    }
    lines.sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
    pages.push({ page: index + 1, height, lines });
  }
  return pages;
}

const round = (n: number) => Math.round(n * 2) / 2;

/** The commonest line height: the body text's (notes and references are set smaller). */
export function bodyLineHeight(pages: PageLines[]): number {
  const counts = new Map<number, number>();
  for (const p of pages) for (const l of p.lines) counts.set(round(l.yMax - l.yMin), (counts.get(round(l.yMax - l.yMin)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}

/** Lines set in the body size, without running heads and folios (the margins above and below the text block). */
export function bodyLines(page: PageLines, bodyHeight: number, block: { top: number; bottom: number }): PageLine[] {
  return page.lines.filter((l) => l.yMax - l.yMin >= bodyHeight - 0.75 && l.yMin >= block.top - 1 && l.yMax <= block.bottom + 1);
}

const wordPattern = /[\p{L}\p{M}]+/gu;

/** Every word of the given source texts, lower-cased. */
export function sourceWords(texts: string[]): Set<string> {
  const words = new Set<string>();
  for (const text of texts) for (const w of text.replace(/\u00AD/g, '').matchAll(wordPattern)) words.add(w[0].toLowerCase());
  return words;
}

/**
 * Lines that end in a part of a word with no hyphen: the last token is no word
 * of the source but begins one (`казен` of `казенного`).
 */
export function brokenWordEnds(pages: PageLines[], words: Set<string>): { page: number; line: string }[] {
  const prefixes = new Set<string>();
  for (const w of words) for (let i = 2; i < w.length; i++) prefixes.add(w.slice(0, i));
  const found: { page: number; line: string }[] = [];
  for (const p of pages) {
    for (const l of p.lines) {
      const last = l.text.match(/([\p{L}\p{M}]+)$/u)?.[1]?.toLowerCase();
      if (last && !words.has(last) && prefixes.has(last)) found.push({ page: p.page, line: l.text });
    }
  }
  return found;
}

/** Lines that hold nothing but a page abbreviation ("p.", "P.", "с."). */
export function lonePageAbbreviations(pages: PageLines[]): { page: number; line: string }[] {
  return pages.flatMap((p) => p.lines.filter((l) => /^(p|P|pp|с|С)\.$/.test(l.text.trim())).map((l) => ({ page: p.page, line: l.text })));
}

const mm = 72 / 25.4;

/**
 * How full each page's text block is: from the block's top to the lowest line
 * inside it (footnotes count), as a share of the block's height.
 */
export function pageFill(pages: PageLines[], margins: { top: number; bottom: number }): { page: number; fill: number }[] {
  return pages.map((p) => {
    const top = margins.top * mm;
    const bottom = p.height - margins.bottom * mm;
    const inside = p.lines.filter((l) => l.yMin >= top - 1 && l.yMax <= bottom + 1);
    const low = inside.length ? Math.max(...inside.map((l) => l.yMax)) : top;
    return { page: p.page, fill: (low - top) / (bottom - top) };
  });
}
