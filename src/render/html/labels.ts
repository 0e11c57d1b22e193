// Words the galleys print ("Abstract", "Fig.") are data: per-language
// tables in the template folders, merged key by key so a journal extends them
// instead of replacing them. Layers, later wins: Galley's tables, the journal's
// template folder, the profile's `labels:` section. Each folder may hold
// `html/labels.yaml` (several languages, keyed by language) and `labels/<lang>.yaml`
// (one language per file). Which journal languages lack which keys is reported at
// the profile (src/profile/languages.ts), so a renderer never falls back silently.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseShippedYaml } from '../../util/shipped-yaml.js';

export type LabelTable = Record<string, Record<string, string>>;

export interface Labels {
  /** The label in `lang`; for a language the profile did not check, the article's `fallback` language's, else the key. */
  get(lang: string, key: string, fallback?: string): string;
  /** The label in `lang` itself, undefined when that language's table lacks it (no fallback). */
  own(lang: string, key: string): string | undefined;
  /** Languages with a table. */
  languages(): string[];
  /** Keys some shipped or journal table has that `lang` lacks. */
  missing(lang: string): string[];
}

const cache = new Map<string, LabelTable>();

/** The merged table of the template folders (journal's first, as in Profile.templates) and the profile's overrides. */
export function loadLabels(templateFolders: string[], overrides: LabelTable = {}): Labels {
  const key = templateFolders.join('\0');
  let folders = cache.get(key);
  if (!folders) {
    folders = {};
    for (const folder of [...templateFolders].reverse()) merge(folders, readFolder(folder));
    cache.set(key, folders);
  }
  const table: LabelTable = {};
  merge(table, folders);
  merge(table, overrides);
  const allKeys = [...new Set(Object.values(table).flatMap((t) => Object.keys(t)))];
  return {
    get(lang, name, fallback) {
      const own = table[lang]?.[name] ?? (fallback !== undefined ? table[fallback]?.[name] : undefined);
      return own ?? name;
    },
    languages: () => Object.keys(table),
    missing: (lang) => allKeys.filter((k) => table[lang]?.[k] === undefined),
    own(lang, key) {
      const own = table[lang]?.[key] ?? table[lang.split('-')[0]]?.[key];
      return own === undefined ? undefined : String(own);
    },
  };
}

function readFolder(folder: string): LabelTable {
  const out: LabelTable = {};
  const several = join(folder, 'html', 'labels.yaml');
  if (existsSync(several)) merge(out, asTable(parseShippedYaml(readFileSync(several, 'utf8'))));
  const perLanguage = join(folder, 'labels');
  if (existsSync(perLanguage))
    for (const file of readdirSync(perLanguage).sort()) {
      const m = /^([a-z]{2,3}(?:-[A-Za-z0-9]+)*)\.yaml$/.exec(file);
      if (m) merge(out, { [m[1]]: asTable({ x: parseShippedYaml(readFileSync(join(perLanguage, file), 'utf8')) }).x ?? {} });
    }
  return out;
}

function asTable(value: unknown): LabelTable {
  const out: LabelTable = {};
  if (!value || typeof value !== 'object') return out;
  for (const [lang, words] of Object.entries(value as Record<string, unknown>)) {
    if (!words || typeof words !== 'object') continue;
    out[lang] = Object.fromEntries(Object.entries(words as Record<string, unknown>).map(([k, v]) => [k, String(v)]));
  }
  return out;
}

function merge(into: LabelTable, from: LabelTable): void {
  for (const [lang, words] of Object.entries(from)) into[lang] = { ...into[lang], ...words };
}

/** Forget parsed label files (the preview calls this when templates change). */
export function clearLabelCache(): void {
  cache.clear();
}
