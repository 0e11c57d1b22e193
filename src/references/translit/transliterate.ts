// Cyrillic → Latin by a scheme table. Everything that is not a letter of the
// scheme (Latin text, digits, punctuation) passes through unchanged.
import type { TranslitScheme } from './scheme.js';
import { lc } from './lc.js';
import { bgnPcgn } from './bgn-pcgn.js';
import { gost779b } from './gost-7-79-b.js';

export type { TranslitScheme, ContextRule } from './scheme.js';

export const translitSchemes: Record<string, TranslitScheme> = {
  [lc.id]: lc,
  [bgnPcgn.id]: bgnPcgn,
  [gost779b.id]: gost779b,
};

export class UnknownSchemeError extends Error {
  constructor(readonly scheme: string) {
    super(`Unexpected transliteration scheme ${JSON.stringify(scheme)}, expected one of ${Object.keys(translitSchemes).join(', ')}`);
  }
}

export function getScheme(id: string): TranslitScheme {
  const scheme = translitSchemes[id];
  if (!scheme) throw new UnknownSchemeError(id);
  return scheme;
}

const cyrillic = /\p{Script=Cyrillic}/u;
const letter = /\p{L}/u;

export function hasCyrillic(text: string): boolean {
  return cyrillic.test(text);
}

/** Transliterate `text` by the scheme (an id such as `lc`, or a scheme object). */
export function transliterate(text: string, scheme: string | TranslitScheme): string {
  const s = typeof scheme === 'string' ? getScheme(scheme) : scheme;
  if (!hasCyrillic(text)) return text;
  const chars = [...text.normalize('NFC')];
  const lower = chars.map((c) => c.toLowerCase());
  const base = (i: number): string | undefined => s.letters[lower[i]];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const low = lower[i];
    let latin = s.letters[low];
    if (latin === undefined) {
      out += chars[i];
      continue;
    }
    for (const rule of s.rules ?? []) {
      if (rule.letter !== low) continue;
      const atStart = i === 0 || !letter.test(chars[i - 1]);
      const applies =
        (rule.atWordStart && atStart) ||
        (rule.after !== undefined && i > 0 && rule.after.includes(lower[i - 1])) ||
        (rule.beforeOutput !== undefined && i + 1 < chars.length && rule.beforeOutput.includes((base(i + 1) ?? ' ')[0]));
      if (applies) {
        latin = rule.to;
        break;
      }
    }
    out += chars[i] === low ? latin : capitalize(latin, s.capitals === 'word' && inCapitalWord(chars, i));
  }
  return out;
}

function capitalize(latin: string, allCapitals: boolean): string {
  return allCapitals ? latin.toUpperCase() : latin.charAt(0).toUpperCase() + latin.slice(1);
}

/** True when the word around position i has two or more letters, all capitals. */
function inCapitalWord(chars: string[], i: number): boolean {
  let from = i;
  while (from > 0 && letter.test(chars[from - 1])) from--;
  let to = i;
  while (to + 1 < chars.length && letter.test(chars[to + 1])) to++;
  if (to === from) return false;
  for (let k = from; k <= to; k++) if (chars[k] === chars[k].toLowerCase()) return false;
  return true;
}
