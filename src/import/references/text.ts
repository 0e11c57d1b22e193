// Printed text as the parsers read it: italics markers taken off (GOST lists set
// authors or titles in italics by the journal's taste, and PDF extraction leaves
// unpaired ones), spaces normalised, and the small comparisons pairing needs.

export interface PlainEntry {
  /** The text without `*` markers or its number, single spaces, ". " between areas, no final period. */
  plain: string;
}

export function plainEntry(text: string): PlainEntry {
  const plain = gostSeparators(withoutNumber(squash(unescapeMarkdown(text.replace(/(?<!\\)\*/g, ''))))).replace(/\.$/, '');
  return { plain };
}

/** Markdown's backslash escapes (`\[`, `\*`) as the characters printed. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([\\`*_{}[\]()#+\-.!<>|~^])/g, '$1');
}

/** "1. ", "[1] ", "1) " before an entry: its number in the list (the order gives it). */
export function withoutNumber(text: string): string {
  return text.replace(/^(?:\\?\[\d+\\?\]|\d+\\?[.)])\s+/, '');
}

/** GOST 7.1-2003's ". – " between areas (and " — " where the period was left out) as 7.0.5's ". ". */
function gostSeparators(text: string): string {
  return text
    .replace(/\s*(?<!:)\/\/\s*/g, ' // ').replace(/\.?\s+[–—]\s+(?=\S)/g, '. ').replace(/\.\s+-\s+(?=\S)/g, '. ');
}

export function squash(s: string): string {
  return s.normalize('NFC').replace(/[\u00a0\u2009\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** For comparing two printings of one value: case, quotes, apostrophes, spaces and final periods ignored. */
export function comparable(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘ʼ′`]/g, "'")
    .replace(/[“”«»„]/g, '"')
    .replace(/\s+:/g, ':')
    .replace(/\s+/g, ' ')
    .replace(/[.\s]+$/, '')
    .trim();
}

/** Words of a text, lower case, for similarity. */
export function words(s: string): string[] {
  return s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1);
}

/** Share of the words of the shorter text found in the other. */
export function overlap(a: string, b: string): number {
  const wa = new Set(words(a));
  const wb = new Set(words(b));
  if (!wa.size || !wb.size) return 0;
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  return [...small].filter((w) => large.has(w)).length / small.size;
}

/** A title as Galley stores it: GOST's " : " before a subtitle becomes ": ". */
export function storedTitle(s: string): string {
  return s.replace(/\s+:\s+/g, ': ').trim();
}

/** Dice coefficient of the letter pairs of two texts (0…1): a romanization is close to its original's transliteration (≥ 0.8), a translation is not (≤ 0.5). */
export function similarity(a: string, b: string): number {
  const pairs = (s: string) => {
    const t = s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ');
    const m = new Map<string, number>();
    for (let i = 0; i + 1 < t.length; i++) m.set(t.slice(i, i + 2), (m.get(t.slice(i, i + 2)) ?? 0) + 1);
    return m;
  };
  const pa = pairs(a);
  const pb = pairs(b);
  let shared = 0;
  let total = 0;
  for (const [k, v] of pa) {
    shared += Math.min(v, pb.get(k) ?? 0);
    total += v;
  }
  for (const v of pb.values()) total += v;
  return total ? (2 * shared) / total : 0;
}
