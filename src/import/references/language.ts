// The language of a work from its title: Cyrillic is Russian; a Latin title is
// English unless its small words say otherwise (then the guess is reported).
import { hasCyrillic } from '../../references/translit/transliterate.js';
import { words } from './text.js';

/** Function words that mark a language. Data. */
const markers: Record<string, string[]> = {
  de: ['und', 'der', 'die', 'das', 'des', 'den', 'im', 'zur', 'zum', 'über', 'als', 'ein', 'eine'],
  fr: ['les', 'des', 'et', 'du', 'la', 'le', 'une', 'aux', 'sur', 'dans'],
  es: ['los', 'las', 'del', 'y', 'el', 'en', 'una', 'por'],
  it: ['della', 'dei', 'il', 'gli', 'nel', 'e', 'di'],
};
const english = new Set(['the', 'and', 'of', 'in', 'a', 'an', 'to', 'for', 'on', 'from', 'with', 'its', 'as']);

export function guessLanguage(title: string): { lang: string; guess?: string } {
  if (hasCyrillic(title)) return /[іїєґ]/iu.test(title) ? { lang: 'uk', guess: 'language uk from the letters і, ї, є, ґ of the title' } : { lang: 'ru' };
  const ws = words(title);
  const en = ws.filter((w) => english.has(w)).length;
  let best: [string, string[]] = ['en', []];
  for (const [lang, list] of Object.entries(markers)) {
    const hits = ws.filter((w) => list.includes(w));
    if (hits.length > best[1].length) best = [lang, hits];
  }
  if (best[0] !== 'en' && best[1].length > en) return { lang: best[0], guess: `language ${best[0]} from the words ${best[1].map((w) => `"${w}"`).join(', ')} of the title` };
  return { lang: 'en' };
}
