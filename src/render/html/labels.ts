// Words the page itself prints ("Abstract", "Аннотация", "Copy") are data in
// the template folder (html/labels.yaml), so a journal can reword or add a
// language without touching code.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { findTemplate } from '../templates.js';

export interface Labels {
  /** The label in `lang`, else in the first language that has it, else the key itself. */
  get(lang: string, key: string): string;
  /** The label in `lang` itself, undefined when that language's table lacks it (no fallback). */
  own(lang: string, key: string): string | undefined;
}

const cache = new Map<string, Record<string, Record<string, string>>>();

export function loadLabels(templateFolders: string[]): Labels {
  const file = findTemplate(templateFolders, 'html/labels.yaml');
  let table = cache.get(file);
  if (!table) {
    table = (parse(readFileSync(file, 'utf8')) ?? {}) as Record<string, Record<string, string>>;
    cache.set(file, table);
  }
  const languages = Object.keys(table);
  return {
    get(lang, key) {
      const own = table[lang]?.[key];
      if (own !== undefined) return String(own);
      for (const other of languages) if (table[other]?.[key] !== undefined) return String(table[other][key]);
      return key;
    },
    own(lang, key) {
      const own = table[lang]?.[key] ?? table[lang.split('-')[0]]?.[key];
      return own === undefined ? undefined : String(own);
    },
  };
}

/** Forget parsed label files (the preview calls this when templates change). */
export function clearLabelCache(): void {
  cache.clear();
}
