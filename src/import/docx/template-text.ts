// Text helpers for matching a manuscript against its template: labels compared
// the way people type them, and runs turned into the inline Markdown of a
// Galley source (italic only: titles, abstracts and reference entries need it,
// bold in a template is layout).
import type { DocxParagraph, DocxRun } from './model.js';

// Cyrillic letters that look like Latin ones: authors mix them in labels
// ("Аnnotation" with a Cyrillic А). Both sides of a comparison are folded alike.
const lookAlikes: Record<string, string> = { а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's' };

/** Lower case, NFC, look-alike letters folded, runs of spaces as one. */
export function fold(text: string): string {
  return [...text.normalize('NFC').toLowerCase()].map((c) => lookAlikes[c] ?? c).join('').replace(/[\s\u00a0]+/g, ' ').trim();
}

export interface LabelHit {
  label: string;
  /** The paragraph's text after the label and its separator (may be empty). */
  rest: string;
}

const separator = /^[\s\u00a0]*[.:—–-]?[\s\u00a0]*/;

/**
 * Whether the text starts with one of the labels as a whole word: "Abstract. …",
 * "Keywords: …", "Abstract" alone. `loose` also accepts a plain space after the
 * label ("UDC 531"); otherwise a label followed by more text needs a separator.
 */
export function matchLabel(text: string, labels: readonly string[] | undefined, loose = false): LabelHit | undefined {
  if (!labels) return undefined;
  const trimmed = text.replace(/^[\s\u00a0*]+/, '');
  // A label is short: folding the head of a long body paragraph is enough.
  const folded = fold(trimmed.slice(0, 200));
  for (const label of labels) {
    const l = fold(label);
    if (!folded.startsWith(l)) continue;
    // Same length in folded and raw text up to the label (folding maps one character to one).
    const after = trimmed.normalize('NFC').replace(/^[\s\u00a0]+/, '').slice(label.normalize('NFC').length);
    if (/^\p{L}/u.test(after)) continue;
    const sep = separator.exec(after)?.[0] ?? '';
    const rest = after.slice(sep.length).trim();
    if (rest && !loose && !/[.:—–-]/.test(sep)) continue;
    return { label, rest };
  }
  return undefined;
}

/** The whole paragraph is one of the titles ("Bibliography", "References."). */
export function isTitle(text: string, titles: readonly string[]): string | undefined {
  if (text.length > 200) return undefined;
  const t = fold(text).replace(/[.:]$/, '').trim();
  return titles.find((title) => fold(title) === t);
}

/** Characters that would start Markdown syntax in a title or an abstract (raw HTML is refused by the source parser). */
const escapeMarkdown = (text: string) => text.replace(/[\\*_`]/g, '\\$&').replace(/<(?=[A-Za-z/!?])/g, '\\<');

/**
 * Inline Markdown of runs: italic as `*…*` (spaces kept outside the markers),
 * note calls and images left out. `escape` protects literal asterisks and the
 * like in titles and abstracts; printed list entries stay as printed for the
 * reference parser (only their italics marked).
 */
export function runsMarkdown(runs: readonly DocxRun[], escape = false): string {
  let out = '';
  let italic = '';
  const flush = () => {
    if (!italic) return;
    const lead = /^\s*/.exec(italic)![0];
    const trail = /\s*$/.exec(italic)![0];
    const core = italic.trim();
    out += core ? `${lead}*${core}*${trail}` : italic;
    italic = '';
  };
  for (const r of runs) {
    if (r.noteRef || r.image || !r.text) continue;
    const text = escape ? escapeMarkdown(r.text) : r.text;
    if (r.italic) italic += text;
    else {
      flush();
      out += text;
    }
  }
  flush();
  return out.replace(/[\s\u00a0]+/g, ' ').trim();
}

// Every part of the matcher asks for the text of the same paragraphs again and again.
const plainCache = new WeakMap<DocxParagraph, string>();

/** The paragraph's text with nothing left out. */
export function plain(p: DocxParagraph): string {
  let text = plainCache.get(p);
  if (text === undefined) plainCache.set(p, (text = p.runs.map((r) => r.text).join('').replace(/[\s\u00a0]+/g, ' ').trim()));
  return text;
}

/** Runs from a character offset of the paragraph's text on (the first run cut). */
export function runsFrom(runs: readonly DocxRun[], offset: number): DocxRun[] {
  const out: DocxRun[] = [];
  let seen = 0;
  for (const r of runs) {
    const end = seen + r.text.length;
    if (end > offset) out.push(seen >= offset ? r : { ...r, text: r.text.slice(offset - seen) });
    seen = end;
  }
  return out;
}

/** Inline Markdown of what follows a label: `rest` is the text matchLabel left (the end of the paragraph). */
export function markdownAfter(p: DocxParagraph, rest: string): string {
  if (!rest) return '';
  const raw = p.runs.map((r) => r.text).join('').normalize('NFC').trimEnd();
  if (!raw.endsWith(rest)) return rest;
  return runsMarkdown(runsFrom(p.runs, raw.length - rest.length), true);
}
