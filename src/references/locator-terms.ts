// Locator labels as authors write them in their language, read from the CSL locales
// of the article's and the journal's languages ("fol." and "f." for folio, "S." for
// page in German, "cap." for chapter …), beside the built-in English/Russian table.
import { locatorLabels } from '../source/citations.js';
import { findLocaleXml } from './locales.js';

/** CSL's locator terms. Data. */
const locatorTerms = [
  'act', 'appendix', 'article-locator', 'book', 'canon', 'chapter', 'column', 'elocation', 'equation', 'figure', 'folio', 'issue', 'line',
  'note', 'opus', 'page', 'paragraph', 'part', 'rule', 'scene', 'section', 'sub-verbo', 'supplement', 'table', 'title-locator', 'verse', 'volume',
];
const termPattern = new RegExp(`<term name="(${locatorTerms.join('|')})" form="(short|symbol)"[^>]*>([\\s\\S]*?)</term>`, 'g');

const cache = new Map<string, Record<string, string>>();

/** The built-in labels plus the short and symbol forms of each locator term in these languages' locales. */
export function locatorLabelsFor(langs: string[], folders: string[]): Record<string, string> {
  const key = `${langs.join('|')}|${folders.join('|')}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const out: Record<string, string> = { ...locatorLabels };
  for (const lang of langs) {
    const xml = findLocaleXml(folders, lang);
    if (!xml) continue;
    for (const [, term, , body] of xml.matchAll(termPattern)) {
      const forms = body.includes('<single>') ? [...body.matchAll(/<(?:single|multiple)>([^<]*)<\//g)].map((m) => m[1]) : [body];
      // Terms without a trailing period ("S", "p") would swallow ordinary words; only abbreviations and symbols.
      for (const form of forms.map((f) => f.trim())) if (form && (/\.$/.test(form) || /^\P{L}+$/u.test(form)) && !(form in out)) out[form] = term;
    }
  }
  cache.set(key, out);
  return out;
}
