// What Galley does to a CSL item before a style renders it, driven by the style's
// companion data: English title as `title-en`, places and Russian words from the
// style's tables, the cited files of an archive, and transliteration of Cyrillic
// fields (with the item's `custom.translit` overrides) for a romanized list.
import type { CslItem } from '../model/types.js';
import type { StyleConfig } from './style.js';
import { hasCyrillic, transliterate, type TranslitScheme } from './translit/transliterate.js';
import { inflectName } from './inflect.js';
import { isVerbatimItem, verbatimShortTitle, verbatimSortText } from './verbatim.js';

export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
  'dropping-particle'?: string;
  'non-dropping-particle'?: string;
  suffix?: string;
}

export const nameVariables = ['author', 'editor', 'container-author', 'translator', 'compiler', 'collection-editor', 'editorial-director', 'illustrator', 'recipient', 'interviewer', 'director', 'composer'];
/** Fields never transliterated: identifiers, codes and the English translation. */
const keepAsIs = new Set(['id', 'type', 'language', 'DOI', 'URL', 'ISBN', 'ISSN', 'PMID', 'PMCID', 'title-en', 'note', 'custom', 'issued', 'accessed', 'original-date', 'event-date', 'submitted']);

export interface PrepareOptions {
  config: StyleConfig;
  /** The transliteration scheme, when the style transliterates. */
  scheme?: TranslitScheme;
  /** Archive id → its cited files as this style prints them. */
  archiveLocations: Map<string, string>;
}

/**
 * Galley's own fields of an item: `custom` (CSL-YAML, CSL-JSON), or lines of `note` in
 * Zotero's "Extra" manner for formats without `custom` (BibTeX `note`, RIS `N1`):
 * `title-en: Works`, `translit.publisher: Politizdat`.
 */
export function custom(item: CslItem): Record<string, unknown> {
  const c = item.custom;
  const own = c && typeof c === 'object' && !Array.isArray(c) ? (c as Record<string, unknown>) : {};
  if (typeof item.note !== 'string' || !/^(?:title-en|translit\.[\w-]+):/m.test(item.note)) return own;
  const fromNote: Record<string, unknown> = { translit: {} };
  for (const [, key, value] of item.note.matchAll(/^(title-en|translit\.[\w-]+):\s*(.+?)\s*$/gm)) {
    if (key === 'title-en') fromNote['title-en'] = value;
    else (fromNote.translit as Record<string, unknown>)[key.slice('translit.'.length)] = value;
  }
  return { ...fromNote, ...own, translit: { ...(fromNote.translit as object), ...((own.translit as object) ?? {}) } };
}

/** The item's language, or the one its title's script suggests. */
export function itemLanguage(item: CslItem): string {
  if (typeof item.language === 'string' && item.language) return item.language;
  return hasCyrillic(String(item.title ?? item.archive ?? '')) ? 'ru' : 'en';
}

export function prepareItem(item: CslItem, options: PrepareOptions): CslItem {
  const { config } = options;
  const out = structuredClone(item) as CslItem & Record<string, unknown>;
  out.language = itemLanguage(item);
  // A verbatim item is sorted by its printed text; the list prints that text itself (bibliography.ts).
  if (isVerbatimItem(item)) {
    out.title = verbatimSortText(item, config.transliterate);
    if (out['title-short'] === undefined) out['title-short'] = verbatimShortTitle(String(out.title));
    return out;
  }
  const titleEn = custom(item)['title-en'];
  if (typeof titleEn === 'string') out['title-en'] = titleEn;
  const place = out['publisher-place'];
  if (typeof place === 'string' && config.places[place] !== undefined) out['publisher-place'] = config.places[place];
  const abbreviate = config.abbreviate;
  if (abbreviate && abbreviate.languages.includes(out.language))
    for (const field of abbreviate.fields)
      if (typeof out[field] === 'string') out[field] = abbreviateWords(out[field] as string, abbreviate.words);
  const genitive = config.genitive;
  if (genitive && genitive.languages.includes(out.language))
    for (const variable of genitive.variables)
      if (Array.isArray(out[variable])) out[variable] = (out[variable] as CslName[]).map((n) => inflectName(n, genitive));
  const location = options.archiveLocations.get(item.id);
  if (location) out.archive_location = location;
  if (config.transliterate && options.scheme) romanize(out, custom(item).translit, options.scheme);
  return out;
}

function abbreviateWords(text: string, words: Record<string, string>): string {
  return text.replace(/[\p{L}-]+/gu, (w) => words[w] ?? w);
}

/** Where a prepared item records the variables it transliterated (read by the variable wrapper). */
const romanizedKey = 'galley-romanized';

/** The variables of a prepared item that hold a transliteration (their language is `<lang>-Latn`). */
export function romanizedFields(item: CslItem): string[] {
  const list = item[romanizedKey];
  return Array.isArray(list) ? (list as string[]) : [];
}

/**
 * Transliterate every Cyrillic field in place; an override in `custom.translit` wins.
 * The fields that held Cyrillic are recorded, so outputs can tag their language.
 */
export function romanize(item: Record<string, unknown>, overrides: unknown, scheme: TranslitScheme): void {
  const over = overrides && typeof overrides === 'object' ? (overrides as Record<string, unknown>) : {};
  const romanized: string[] = [];
  for (const [field, value] of Object.entries(item)) {
    if (keepAsIs.has(field)) continue;
    const cyrillic = typeof value === 'string' ? hasCyrillic(value) : Array.isArray(value) && nameVariables.includes(field) && hasCyrillic(JSON.stringify(value));
    if (field in over) {
      item[field] = over[field];
    } else if (typeof value === 'string') {
      item[field] = transliterate(value, scheme);
    } else if (nameVariables.includes(field) && Array.isArray(value)) {
      item[field] = value.map((name: CslName) => romanizeName(name, scheme));
    } else continue;
    if (cyrillic) romanized.push(field);
  }
  if (romanized.length) item[romanizedKey] = romanized;
}

export function romanizeName(name: CslName, scheme: TranslitScheme): CslName {
  const out: CslName = { ...name };
  for (const part of ['family', 'given', 'literal', 'dropping-particle', 'non-dropping-particle', 'suffix'] as const) {
    const v = out[part];
    if (typeof v === 'string') out[part] = transliterate(v, scheme);
  }
  return out;
}
