// Pandoc-style citations inside a run of text: `[@key, p. 3; see @key2 (note)]`.
// Pure string work: offsets are into the given text; the caller maps them to positions.
import type { CitationItem } from '../model/types.js';

export interface RawCitationItem extends Omit<CitationItem, 'position'> {
  /** Offset of the `@` of the key. */
  start: number;
}

export interface RawCitation {
  /** Offsets of the opening `[` and just after the closing `]`. */
  start: number;
  end: number;
  items: RawCitationItem[];
}

export interface CitationSyntaxError {
  start: number;
  message: string;
}

/** Locator labels as written (English, Russian, Portuguese, Spanish) → CSL locator terms. Data, not code. */
export const locatorLabels: Record<string, string> = {
  'p.': 'page', 'pp.': 'page', 'P.': 'page', 'с.': 'page', 'С.': 'page',
  'ch.': 'chapter', 'chap.': 'chapter', 'гл.': 'chapter',
  'vol.': 'volume', 'vols.': 'volume', 'т.': 'volume', 'Т.': 'volume',
  'no.': 'issue', '№': 'issue',
  'n.': 'note', 'nn.': 'note', 'примеч.': 'note',
  'fol.': 'folio', 'fols.': 'folio', 'fl.': 'folio', 'fls.': 'folio',
  'pág.': 'page', 'págs.': 'page', 'cap.': 'chapter', 'caps.': 'chapter',
  'sec.': 'section', '§': 'section', 'разд.': 'section',
  'col.': 'column', 'стб.': 'column',
  'l.': 'line', 'll.': 'line',
  'para.': 'paragraph', 'abs.': 'paragraph',
};

/** Archival file references start with the fond: `Ф. 17. Оп. 69. Д. 140. Л. 30`. */
const archivalStart = /^[ФF]\.\s*\d/;
const keyPattern = /^[\p{L}\p{N}_](?:[\p{L}\p{N}_:.#$%&+?<>~/-]*[\p{L}\p{N}_])?$/u;
/** A bracket holds a citation when an `@` starts one of its `;`-separated items or words. */
const citationLike = /(?:^|[\s;])-?@/;

export function findCitations(text: string): { citations: RawCitation[]; errors: CitationSyntaxError[] } {
  const citations: RawCitation[] = [];
  const errors: CitationSyntaxError[] = [];
  let from = 0;
  // Cached so a long run of `[` without `]` stays linear.
  let close = -2;
  for (;;) {
    const open = text.indexOf('[', from);
    if (open < 0) break;
    from = open + 1;
    if (text[open + 1] === '^' || (open > 0 && text[open - 1] === '!')) continue;
    if (close !== -1 && close <= open) close = text.indexOf(']', open + 1);
    const nested = text.indexOf('[', open + 1);
    const startsLikeCitation = /^\s*-?@/.test(text.slice(open + 1, open + 40));
    if (close < 0 || (nested >= 0 && nested < close)) {
      if (startsLikeCitation)
        errors.push({ start: open, message: 'Unexpected citation without its closing `]`, expected `[@key]`' });
      continue;
    }
    const content = text.slice(open + 1, close);
    if (!citationLike.test(content)) continue;
    const parsed = parseCluster(content, open + 1);
    if ('error' in parsed) errors.push(parsed.error);
    else citations.push({ start: open, end: close + 1, items: parsed.items });
    from = close + 1;
  }
  return { citations, errors };
}

function parseCluster(content: string, base: number): { items: RawCitationItem[] } | { error: CitationSyntaxError } {
  const items: RawCitationItem[] = [];
  let offset = 0;
  for (const part of content.split(';')) {
    const at = base + offset;
    offset += part.length + 1;
    const item = parseItem(part, at);
    if ('error' in item) return item;
    items.push(item.item);
  }
  return { items };
}

function parseItem(part: string, base: number): { item: RawCitationItem } | { error: CitationSyntaxError } {
  const lead = part.length - part.trimStart().length;
  if (!part.trim()) return { error: { start: base, message: 'Unexpected empty citation item, expected `@key` between the `;`' } };
  const m = /^(.*?)(?:^|\s)(-?)@([^\s,;\]]*)(.*)$/su.exec(part);
  if (!m) return { error: { start: base + lead, message: `Unexpected ${JSON.stringify(part.trim())} in a citation, expected \`@key\`` } };
  const [, prefixText, suppress, rawKey, rest] = m;
  const keyStart = base + part.indexOf('@' + rawKey, prefixText.length);
  if (suppress) return { error: { start: keyStart - 1, message: 'Unexpected `-@` (author suppression is not supported), expected `@key`' } };
  const key = rawKey.replace(/[.:]+$/, '');
  if (!key) return { error: { start: keyStart, message: 'Unexpected `@` without a key, expected `@key`' } };
  if (!keyPattern.test(key)) return { error: { start: keyStart, message: `Unexpected citation key ${JSON.stringify(key)}, expected letters, digits and _:.-` } };
  const item: RawCitationItem = { key, start: keyStart };
  const prefix = prefixText.trim();
  if (prefix) item.prefix = prefix;
  const tail = rawKey.slice(key.length) + rest;
  if (!tail.trim()) return { item };
  if (!tail.startsWith(',')) {
    return { error: { start: keyStart + 1 + key.length, message: `Unexpected ${JSON.stringify(tail.trim())} after the key, expected \`, \` before the locator` } };
  }
  const locatorText = tail.slice(1).replace(/\s+/g, ' ').trim();
  if (!locatorText) return { error: { start: keyStart + 1 + key.length, message: 'Unexpected empty locator after `,`, expected a locator such as `p. 3`' } };
  Object.assign(item, parseLocator(locatorText));
  if (item.label && !item.locator)
    return { error: { start: keyStart + 1 + key.length, message: `Unexpected locator ${JSON.stringify(locatorText)} without a number, expected e.g. \`p. 3\`` } };
  return { item };
}

/** `p. 3` → page 3; `Ф. 17. Оп. 69. Д. 140. Л. 30 (Сталин)` → archival + suffix. */
export function parseLocator(text: string): Pick<CitationItem, 'label' | 'locator' | 'suffix'> {
  let rest = text;
  let suffix: string | undefined;
  const paren = /\s*(\([^()]*\))$/.exec(rest);
  if (paren) {
    suffix = paren[1];
    rest = rest.slice(0, paren.index).trim();
  }
  const out: Pick<CitationItem, 'label' | 'locator' | 'suffix'> = {};
  if (!rest) return suffix ? { suffix } : out;
  if (archivalStart.test(rest)) {
    out.label = 'archival';
    out.locator = rest;
  } else {
    const label = Object.keys(locatorLabels)
      .filter((l) => rest.startsWith(l) && /^(\s|\d|$)/.test(rest.slice(l.length)))
      .sort((a, b) => b.length - a.length)[0];
    if (label) {
      out.label = locatorLabels[label];
      out.locator = rest.slice(label.length).trim();
    } else if (/^[\dIVXLCDM]/.test(rest)) {
      out.label = 'page';
      out.locator = rest;
    } else {
      // Pandoc's rule: text that is not a locator is the item's suffix.
      suffix = suffix ? `${rest} ${suffix}` : rest;
    }
  }
  if (suffix) out.suffix = suffix;
  return out;
}
