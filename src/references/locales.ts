// CSL locales: the project's own (`<templates>/csl/locales-<lang>.xml`) first, then
// the ones citation-js ships (en-US …), read lazily.
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Bare language → the regional locale file that serves it. Data. */
const regions: Record<string, string> = { en: 'en-US', ru: 'ru-RU', de: 'de-DE', fr: 'fr-FR', es: 'es-ES', nl: 'nl-NL', uk: 'uk-UA' };

let bundled: Record<string, string> | undefined;
function bundledLocales(): Record<string, string> {
  bundled ??= createRequire(import.meta.url)('@citation-js/plugin-csl/lib/locales.json') as Record<string, string>;
  return bundled;
}

/** The locale XML for a language tag, or the en-US locale when none is known. */
export function localeXml(folders: string[], lang: string): string {
  const tag = lang.includes('-') ? lang : regions[lang] ?? lang;
  for (const folder of folders) {
    const file = join(folder, 'csl', `locales-${tag}.xml`);
    if (existsSync(file)) return readFileSync(file, 'utf8');
  }
  const locales = bundledLocales();
  return locales[tag] ?? locales['en-US'];
}
