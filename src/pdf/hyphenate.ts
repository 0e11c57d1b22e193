// Hyphenation before layout: Chromium here has no hyphenation dictionaries, so
// `hyphens: auto` does nothing. Soft hyphens (U+00AD) are inserted with Liang's
// TeX patterns from the `hyphen` package; the browser breaks at them when needed.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const SOFT_HYPHEN = '\u00AD';

type Hyphenator = (text: string) => string;
type CreateHyphenator = (patterns: unknown, options?: { hyphenChar?: string; minWordLength?: number }) => Hyphenator;

/** Shortest fragments left before / after a break, per pattern family (TeX's \lefthyphenmin, \righthyphenmin). */
const minimums: Record<string, [number, number]> = { en: [2, 3], ru: [2, 2] };
const cache = new Map<string, Hyphenator>();

export class UnknownPatternError extends Error {
  constructor(readonly pattern: string) {
    super(`Unexpected hyphenation pattern "${pattern}", expected a file name of the hyphen package's patterns/ (en-gb, en-us, ru …)`);
    this.name = 'UnknownPatternError';
  }
}

/** True when the `hyphen` package ships patterns of that name. */
export function hasPattern(pattern: string): boolean {
  if (!/^[a-z]{2,3}(-[a-z0-9]+)*$/.test(pattern)) return false;
  let known = shipped.get(pattern);
  if (known === undefined) {
    try {
      require.resolve(`hyphen/patterns/${pattern}.js`);
      known = true;
    } catch {
      known = false;
    }
    shipped.set(pattern, known);
  }
  return known;
}
const shipped = new Map<string, boolean>();

function hyphenatorFor(pattern: string): Hyphenator {
  let hyphenator = cache.get(pattern);
  if (!hyphenator) {
    if (!hasPattern(pattern)) throw new UnknownPatternError(pattern);
    const create = require('hyphen') as CreateHyphenator;
    hyphenator = create(require(`hyphen/patterns/${pattern}.js`), { hyphenChar: SOFT_HYPHEN, minWordLength: 5 });
    cache.set(pattern, hyphenator);
  }
  return hyphenator;
}

/**
 * The pattern for a language tag: the profile's setting for the tag or its base
 * language (`pt-BR` → `pt`), else the hyphen package's file of that name, so every
 * language the package ships is hyphenated without a setting. Undefined: none exists.
 */
export function patternFor(lang: string, byLanguage: Record<string, string>): string | undefined {
  const tag = lang.toLowerCase();
  const base = tag.split('-')[0];
  const set = byLanguage[lang] ?? byLanguage[tag] ?? byLanguage[base];
  if (set) return set;
  return [tag, base].find((name) => hasPattern(name));
}

/** Languages written in Cyrillic whose own patterns serve Cyrillic words in their text. */
const cyrillicLanguages = new Set(['ru', 'uk', 'be', 'bg', 'mk', 'sr-cyrl', 'mn-cyrl', 'sh-cyrl', 'cu']);
const isCyrillicLanguage = (lang: string) => cyrillicLanguages.has(lang.toLowerCase()) || cyrillicLanguages.has(lang.toLowerCase().split('-')[0]);

/** Words already hyphenated, per pattern: running text repeats most of its words (a pure function's results, nothing else). */
const hyphenated = new Map<string, Map<string, string>>();

/** Soft hyphens in one word (letters only), respecting the language's minimum fragment lengths. */
export function hyphenateWord(word: string, pattern: string): string {
  if (word.length < 5 || word === word.toUpperCase()) return word; // short words and acronyms (РГАСПИ) stay whole
  let known = hyphenated.get(pattern);
  if (!known) hyphenated.set(pattern, (known = new Map()));
  const hit = known.get(word);
  if (hit !== undefined) return hit;
  const result = breakWord(word, pattern);
  known.set(word, result);
  return result;
}

function breakWord(word: string, pattern: string): string {
  const marked = hyphenatorFor(pattern)(word);
  const [left, right] = minimums[pattern.slice(0, 2)] ?? [2, 2];
  let out = '';
  let index = 0; // letters seen so far
  for (const ch of marked) {
    if (ch === SOFT_HYPHEN) {
      if (index >= left && word.length - index >= right) out += ch;
    } else {
      out += ch;
      index += 1;
    }
  }
  return out;
}

const cyrillic = /\p{Script=Cyrillic}/u;
const latin = /\p{Script=Latin}/u;
/** Tokens that must never break inside: URLs, DOIs, e-mail addresses, paths and ranges such as 1917/1927. */
const unbreakable = /^[(\[«"“]*(https?:|ftp:|www\.|doi:|10\.\d{4,9}\/)|@|\/|\\/i;

export interface HyphenationPatterns {
  /** Pattern per language code of the `print.hyphenation` setting. */
  byLanguage: Record<string, string>;
  /** Language of the surrounding text: decides the pattern for Latin words. */
  lang: string;
}

/**
 * Hyphenate running text. Each word takes the pattern of its own script, so an
 * English paragraph citing `РГАСПИ` or a Russian title in a reference works.
 */
export function hyphenateText(text: string, patterns: HyphenationPatterns): string {
  // Latin words in Cyrillic text are mostly English names and titles; in a language without patterns they stay whole.
  const latinPattern = isCyrillicLanguage(patterns.lang) ? patternFor('en', patterns.byLanguage) : patternFor(patterns.lang, patterns.byLanguage);
  // Cyrillic words take the text's own patterns when it is written in Cyrillic, else Russian's.
  const cyrillicPattern = patternFor(isCyrillicLanguage(patterns.lang) ? patterns.lang : 'ru', patterns.byLanguage);
  return text.replace(/[^\s\u00A0\u2009\u202F]+/g, (token) => {
    if (unbreakable.test(token)) return token;
    return token.replace(/[\p{L}\p{M}]+/gu, (word) => {
      const pattern = cyrillic.test(word) ? cyrillicPattern : latin.test(word) ? latinPattern : undefined;
      return pattern ? hyphenateWord(word, pattern) : word;
    });
  });
}
