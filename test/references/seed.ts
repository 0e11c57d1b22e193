// Reading the seed (text extracted from the printed PDF): its two reference lists,
// split into entries despite the extraction damage, and its in-text citations.
import { readFileSync } from 'node:fs';

export const seedFile = '/work/shared/seed/harris-2017-bolshevik-party-transformed.txt';

export function readSeed(): string {
  return readFileSync(seedFile, 'utf8');
}

/**
 * Entries of a list section. Each printed entry is one line; the extraction joined
 * some entries with a hard line break (two trailing spaces, the next one starting
 * with a space), which still puts each on its own line.
 */
function entries(section: string): string[] {
  return section
    .split('\n')
    .map((line) => line.replace(/^\s*-\s+/, '').trim())
    .filter((line) => line && !line.startsWith('#') && !/^\*The article was submitted/.test(line));
}

export function seedLists(text = readSeed()): { primary: string[]; romanized: string[] } {
  const ru = text.indexOf('### Список литературы');
  const en = text.indexOf('## References');
  return { primary: entries(text.slice(ru, en)), romanized: entries(text.slice(en)) };
}

/** The bracketed citation clusters of the body, in order, without brackets. */
export function seedClusters(text = readSeed()): string[] {
  const body = text.slice(0, text.indexOf('### Список литературы'));
  return [...body.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]);
}

/**
 * The comparison's normalisation: Unicode NFC, no italics markers or escapes, one
 * apostrophe and one double quote, "…" for "...", and whitespace ignored.
 */
export function normalise(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[*\\]/g, '')
    .replace(/[’‘ʼ′`]/g, "'")
    .replace(/[“”«»„]/g, '"')
    .replace(/\.\.\./g, '…')
    .replace(/\s+/g, '');
}
