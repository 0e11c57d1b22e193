// Pandoc-style citations inside a run of text: `[@key, p. 3; see @key2 (note)]`.
// Pure string work: offsets are into the given text; the caller maps them to positions.
import type { CitationItem } from '../model/types.js';

export interface RawCitationItem extends Omit<CitationItem, 'position'> {
  /** Offset of the `@` of the key. */
  start: number;
}

export interface RawCitation {
  /** Offsets of the opening `[` (the `@` of a narrative citation) and just after its end. */
  start: number;
  end: number;
  items: RawCitationItem[];
  /** `@key` or `@key [p. 3]` outside brackets: the author is part of the sentence. */
  narrative?: boolean;
}

/** `@fig:name`, bare or in brackets: a reference to a labelled block, not to a work. */
export interface RawCrossRef {
  start: number;
  end: number;
  /** The author's label without `@`: `fig:map`. */
  label: string;
  /** Offset of the `@`. */
  at: number;
}

export interface CitationSyntaxError {
  start: number;
  message: string;
}

/**
 * Locator labels as written (English, Russian, Portuguese, Spanish) → CSL locator terms. Data, not code.
 * The loader adds the terms of the article's and the journal's CSL locales (references/locator-terms.ts).
 */
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

/** Label prefixes of labelled blocks (pandoc-crossref's, plus `app:`): such keys are never bibliography keys. */
export const crossRefPrefixes = ['fig', 'tbl', 'eq', 'sec', 'app'] as const;
export type CrossRefKind = (typeof crossRefPrefixes)[number];
const crossRefKey = new RegExp(`^(?:${crossRefPrefixes.join('|')}):`);
export const isCrossRefKey = (key: string): boolean => crossRefKey.test(key);

/** Archival file references start with the fond: `Ф. 17. Оп. 69. Д. 140. Л. 30`. */
const archivalStart = /^[ФF]\.\s*\d/;
const keyPattern = /^[\p{L}\p{N}_](?:[\p{L}\p{N}_:.#$%&+?<>~/-]*[\p{L}\p{N}_])?$/u;
/** A bracket holds a citation when an `@` starts one of its `;`-separated items or words. */
const citationLike = /(?:^|[\s;])-?@/;

export interface FoundCitations {
  citations: RawCitation[];
  crossRefs: RawCrossRef[];
  errors: CitationSyntaxError[];
}

/** Bracketed citations first, then narrative `@key` and bare `@fig:name` in the text between them. */
export function findCitations(text: string, labels: Record<string, string> = locatorLabels): FoundCitations {
  const { refused, ...found } = findBracketed(text, labels);
  // A refused bracket was reported; the keys inside it are not narrative citations.
  const taken = [...found.citations, ...found.crossRefs, ...refused].sort((a, b) => a.start - b.start);
  let from = 0;
  for (const span of [...taken, { start: text.length, end: text.length }]) {
    findBare(text, from, span.start, found, labels);
    from = span.end;
  }
  found.citations.sort((a, b) => a.start - b.start);
  found.crossRefs.sort((a, b) => a.start - b.start);
  return found;
}

/** An `@` that starts a key: not inside a word or an e-mail address (Pandoc's rule). */
const bareKey = /(?<![\p{L}\p{N}_@.&+\[-])@([\p{L}\p{N}_](?:[\p{L}\p{N}_:.#$%&+?<>~/-]*[\p{L}\p{N}_])?)/gu;

function findBare(text: string, from: number, to: number, found: FoundCitations, labels: Record<string, string>): void {
  // Most runs of text hold no `@` at all: no need to run the key pattern over them.
  const firstAt = text.indexOf('@', from);
  if (firstAt < 0 || firstAt >= to) return;
  const region = text.slice(from, to);
  for (const m of region.matchAll(bareKey)) {
    const at = from + m.index;
    const key = m[1];
    let end = at + 1 + key.length;
    if (isCrossRefKey(key)) {
      found.crossRefs.push({ start: at, end, label: key, at });
      continue;
    }
    const item: RawCitationItem = { key, start: at };
    // `@key [p. 3]`: a bracket right after the key holding no `@` is its locator.
    const locator = /^ ?\[([^\[\]@]*)\]/.exec(text.slice(end, to));
    if (locator) {
      const locatorText = locator[1].replace(/\s+/g, ' ').trim();
      if (!locatorText) {
        found.errors.push({ start: end, message: 'Unexpected empty `[]` after a narrative citation, expected a locator such as `[p. 3]`' });
        continue;
      }
      Object.assign(item, parseLocator(locatorText, labels));
      if (item.label && !item.locator) {
        found.errors.push({ start: end, message: `Unexpected locator ${JSON.stringify(locatorText)} without a number, expected e.g. \`[p. 3]\`` });
        continue;
      }
      end += locator[0].length;
    }
    found.citations.push({ start: at, end, items: [item], narrative: true });
  }
}

function findBracketed(text: string, labels: Record<string, string>): FoundCitations & { refused: { start: number; end: number }[] } {
  const refused: { start: number; end: number }[] = [];
  const citations: RawCitation[] = [];
  const crossRefs: RawCrossRef[] = [];
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
    from = close + 1;
    const parsed = parseCluster(content, open + 1, labels);
    if ('error' in parsed) {
      errors.push(parsed.error);
      refused.push({ start: open, end: close + 1 });
      continue;
    }
    const refs = parsed.items.filter((i) => isCrossRefKey(i.key));
    if (!refs.length) {
      citations.push({ start: open, end: close + 1, items: parsed.items });
      continue;
    }
    const odd = parsed.items.find((i) => !isCrossRefKey(i.key) || i.prefix || i.suffix || i.locator || i.suppressAuthor);
    if (odd) {
      refused.push({ start: open, end: close + 1 });
      errors.push({ start: odd.start, message: `Unexpected ${isCrossRefKey(odd.key) ? 'prefix, locator or `-` with a cross-reference' : `citation @${odd.key} beside a cross-reference`} in one bracket, expected \`[@fig:name]\` alone or \`[@key]\` citations only` });
      continue;
    }
    // `[@fig:a]` reads as `@fig:a`; the brackets are not printed (pandoc-crossref does the same).
    refs.forEach((r, i) => crossRefs.push({ start: i ? r.start : open, end: i === refs.length - 1 ? close + 1 : r.start + 1 + r.key.length, label: r.key, at: r.start }));
  }
  return { citations, crossRefs, errors, refused };
}

function parseCluster(content: string, base: number, labels: Record<string, string>): { items: RawCitationItem[] } | { error: CitationSyntaxError } {
  const items: RawCitationItem[] = [];
  let offset = 0;
  for (const part of content.split(';')) {
    const at = base + offset;
    offset += part.length + 1;
    const item = parseItem(part, at, labels);
    if ('error' in item) return item;
    items.push(item.item);
  }
  return { items };
}

function parseItem(part: string, base: number, labels: Record<string, string>): { item: RawCitationItem } | { error: CitationSyntaxError } {
  const lead = part.length - part.trimStart().length;
  if (!part.trim()) return { error: { start: base, message: 'Unexpected empty citation item, expected `@key` between the `;`' } };
  const m = /^(.*?)(?:^|\s)(-?)@([^\s,;\]]*)(.*)$/su.exec(part);
  if (!m) return { error: { start: base + lead, message: `Unexpected ${JSON.stringify(part.trim())} in a citation, expected \`@key\`` } };
  const [, prefixText, suppress, rawKey, rest] = m;
  const keyStart = base + part.indexOf('@' + rawKey, prefixText.length);
  const key = rawKey.replace(/[.:]+$/, '');
  if (!key) return { error: { start: keyStart, message: 'Unexpected `@` without a key, expected `@key`' } };
  if (!keyPattern.test(key)) return { error: { start: keyStart, message: `Unexpected citation key ${JSON.stringify(key)}, expected letters, digits and _:.-` } };
  const item: RawCitationItem = { key, start: keyStart };
  if (suppress) item.suppressAuthor = true;
  const prefix = prefixText.trim();
  if (prefix) item.prefix = prefix;
  const tail = rawKey.slice(key.length) + rest;
  if (!tail.trim()) return { item };
  if (!tail.startsWith(',')) {
    return { error: { start: keyStart + 1 + key.length, message: `Unexpected ${JSON.stringify(tail.trim())} after the key, expected \`, \` before the locator` } };
  }
  const locatorText = tail.slice(1).replace(/\s+/g, ' ').trim();
  if (!locatorText) return { error: { start: keyStart + 1 + key.length, message: 'Unexpected empty locator after `,`, expected a locator such as `p. 3`' } };
  Object.assign(item, parseLocator(locatorText, labels));
  if (item.label && !item.locator)
    return { error: { start: keyStart + 1 + key.length, message: `Unexpected locator ${JSON.stringify(locatorText)} without a number, expected e.g. \`p. 3\`` } };
  return { item };
}

/** `p. 3` → page 3; `Ф. 17. Оп. 69. Д. 140. Л. 30 (Сталин)` → archival + suffix. */
export function parseLocator(text: string, labels: Record<string, string> = locatorLabels): Pick<CitationItem, 'label' | 'locator' | 'suffix'> {
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
    const label = Object.keys(labels)
      .filter((l) => rest.startsWith(l) && /^(\s|\d|$)/.test(rest.slice(l.length)))
      .sort((a, b) => b.length - a.length)[0];
    if (label) {
      out.label = labels[label];
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
