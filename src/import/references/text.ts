// Printed text as the parsers read it: italics markers taken off (their runs kept
// as hints), spaces normalised, and the small comparisons pairing needs.

export interface PlainEntry {
  /** The text without `*` markers, single spaces, no final period. */
  plain: string;
  /** The italic runs as printed (an unpaired `*`, as PDF extraction leaves, marks none). */
  italics: string[];
}

export function plainEntry(text: string): PlainEntry {
  const italics = [...text.matchAll(/\*([^*]+)\*/g)].map((m) => squash(m[1]));
  const plain = squash(text.replace(/\*/g, '')).replace(/\.$/, '');
  return { plain, italics };
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
