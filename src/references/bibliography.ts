// One printed reference list: the items prepared for the style, rendered by
// citeproc in the style's order, then grouped by script as the style's data says.
import type { CslItem, ReferenceEntry, ReferenceList } from '../model/types.js';
import type { ReferenceListSpec } from '../profile/types.js';
import type { StyleEngine } from './engine.js';
import { htmlToInlines, plainText, trimInlines } from './html-inlines.js';
import { itemLanguage } from './prepare.js';
import { publicationTypes } from './roles.js';
import { hasCyrillic, type TranslitScheme } from './translit/transliterate.js';
import { isVerbatimItem, verbatimInlines, verbatimText } from './verbatim.js';

/** Render the list from an engine that has `load`ed the items prepared for its style. */
export function renderList(spec: ReferenceListSpec, items: CslItem[], engine: StyleEngine, scheme: TranslitScheme | undefined): ReferenceList {
  const { config } = engine.style;
  const bib = engine.bibliography();
  const byId = new Map(items.map((i) => [i.id, i]));
  const entries: ReferenceEntry[] = [];
  if (bib) {
    const [meta, html] = bib;
    meta.entry_ids.forEach(([id], n) => {
      const item = byId.get(String(id))!;
      const lang = itemLanguage(item);
      if (isVerbatimItem(item)) {
        const text = verbatimText(item, config.transliterate);
        const romanizedText = config.transliterate && hasCyrillic(String(item.note)) && !hasCyrillic(text);
        entries.push({ id: item.id, lang: romanizedText ? `${lang}-Latn` : lang, ...(romanizedText ? { textLang: config.lang } : {}), text: verbatimInlines(text), publicationType: 'other' });
        return;
      }
      const romanized = config.transliterate && scheme !== undefined && isCyrillicWork(item);
      const entry: ReferenceEntry = {
        id: item.id,
        lang: romanized ? `${lang}-Latn` : lang,
        text: trimInlines(htmlToInlines(html[n])),
      };
      if (romanized) entry.textLang = config.lang;
      if (typeof item.DOI === 'string' && item.DOI) entry.doi = item.DOI;
      entry.publicationType = publicationTypes[item.type] ?? 'other';
      entries.push(entry);
    });
  }
  return { kind: spec.kind, name: spec.name ?? spec.kind, title: spec.title, lang: config.lang, entries: orderByScript(entries, config.scriptOrder) };
}

function isCyrillicWork(item: CslItem): boolean {
  return hasCyrillic(String(item.title ?? '')) || hasCyrillic(String(item.archive ?? '')) || itemLanguage(item) === 'ru';
}

/** Stable grouping by the script of each entry's first letter; scripts not named go last. */
export function orderByScript(entries: ReferenceEntry[], scripts: string[]): ReferenceEntry[] {
  if (!scripts.length) return entries;
  const tests = scripts.map((s) => new RegExp(`^\\P{L}*\\p{Script=${s}}`, 'u'));
  const rank = (e: ReferenceEntry): number => {
    const text = plainText(e.text);
    const i = tests.findIndex((t) => t.test(text));
    return i < 0 ? tests.length : i;
  };
  return entries.map((e, i) => ({ e, i, r: rank(e) })).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.e);
}
