// One citeproc engine per style and template folders, kept for the process: the
// style is compiled once; each use swaps the items in. The variable wrapper marks
// every rendered variable with its role so the output can become Field nodes.
import type CSL from 'citeproc';
import type { CslItem } from '../model/types.js';
import { escapeXml } from '../render/xml-escape.js';
import type { LoadedStyle } from './style.js';
import { clearLocaleCache, localeXml } from './locales.js';
import { loadCiteproc } from './citeproc-package.js';
import { styleDefaultLocale } from './style-locale.js';
import { romanizedFields } from './prepare.js';
import { abbreviationRoles, roleOf } from './roles.js';
import { isolateVariableAffixes, markNameParts } from './style-markup.js';

export interface StyleEngine {
  style: LoadedStyle;
  engine: CSL.Engine;
  /**
   * Give the engine these items (prepared for its style) and register them all:
   * sorting and the ambiguity of author names are computed here, once. Nothing is
   * done when the engine already holds the same items (a rebuild of the same article).
   */
  load(items: CslItem[]): void;
  /** The bibliography of the loaded items, rendered once per load. */
  bibliography(): [CSL.BibliographyMeta, string[]] | false;
  /** One cited work through the <citation> layout (without its prefix and suffix), rendered once per load and cite. */
  cite(item: CiteRequest): string;
  /** What the style's citation layout puts around and between cited works: `[`, `]`, `; `. */
  layout: { prefix: string; suffix: string; delimiter: string };
  /** The style's class: `note` styles put citations in footnotes. */
  citationClass: 'in-text' | 'note';
  /** The locale the engine renders in: the style's `default-locale`, else the article's language. */
  lang: string;
}

export interface CiteRequest {
  id: string;
  locator?: string;
  label?: string;
  /** Only the author part (narrative citations: "Wehling"). */
  'author-only'?: boolean;
  /** Everything but the author ("1977, p. 3"). */
  'suppress-author'?: boolean;
}

// One collator instead of citeproc's localeCompare-with-options per comparison.
const collator = new Intl.Collator('en-US', { sensitivity: 'base', ignorePunctuation: true, numeric: true });

const engines = new Map<string, StyleEngine>();

/**
 * The engine of a style. `use: 'list'` when it renders no in-text citations: citeproc
 * renders every item's citation when it registers the items (to find ambiguous
 * names), so a style whose list cannot depend on that (no disambiguation, no year
 * suffix) gets a one-variable citation layout there, which registers faster.
 */
export function styleEngine(style: LoadedStyle, folders: string[], use: 'list' | 'all' = 'all', articleLang = 'en-US'): StyleEngine {
  const listOnly = use === 'list' && !/disambiguate|year-suffix/.test(style.xml);
  const lang = styleDefaultLocale(style.xml) ?? articleLang;
  const key = `${style.file}|${folders.join('|')}|${listOnly ? 'list' : 'all'}|${lang}`;
  const hit = engines.get(key);
  if (hit) return hit;
  let items = new Map<string, CslItem>();
  const sys: CSL.Sys = {
    retrieveLocale(lang) {
      return parsedLocale(folders, lang);
    },
    retrieveItem(id) {
      return items.get(id);
    },
    stringCompare(a: string, b: string) {
      return collator.compare(a, b);
    },
    variableWrapper(params, pre, str, post) {
      const item = params.itemData as unknown as CslItem;
      const role = roleOf(params.variableNames, String(item.type), item);
      if (!role) return `${pre}${str}${post}`;
      // "?" and "!" end the title itself; a period only after an abbreviation.
      const inside = post === '?' || post === '!' || (post === '.' && endsInAbbreviation(str, abbreviationRoles[role.split(':')[0]]));
      const lang = fieldLanguage(params.variableNames, item);
      const langAttr = lang ? ` data-lang="${escapedOnce(lang)}"` : '';
      return `${pre}<span data-role="${escapedOnce(role)}"${langAttr}>${str}${inside ? post : ''}</span>${inside ? '' : post}`;
    },
  };
  const { xml: unwrapped, layout } = takeCitationLayoutAffixes(markNameParts(isolateVariableAffixes(style.xml)));
  // A list-only engine has no disambiguation mode, so the citation that registering
  // renders for each item decides nothing: a constant is the cheapest one.
  const xml = listOnly ? unwrapped.replace(/<citation\b[\s\S]*<\/citation>/, '<citation><layout><text value="-"/></layout></citation>') : unwrapped;
  // The style's default-locale (else the article's language) decides; never forced.
  const engine = new (loadCiteproc().Engine)(sys, xml, lang, styleDefaultLocale(style.xml) !== undefined);
  engine.setOutputFormat('html');
  skipLoneDisambiguation(engine);
  // Results of the loaded items; a load of other items starts afresh.
  let loadedKey: string | undefined;
  let bibliography: ReturnType<CSL.Engine['makeBibliography']> | undefined;
  const cites = new Map<string, string>();
  const result: StyleEngine = {
    style,
    engine,
    load(list) {
      const key = JSON.stringify(list);
      if (key === loadedKey) return;
      loadedKey = undefined;
      bibliography = undefined;
      cites.clear();
      // Items of an earlier load are unregistered first (a fresh engine has none).
      if (items.size) engine.updateItems([]);
      items = new Map(list.map((i) => [i.id, i]));
      engine.updateItems(list.map((i) => i.id));
      loadedKey = key;
    },
    bibliography() {
      bibliography ??= engine.makeBibliography();
      return bibliography;
    },
    cite(item) {
      const key = JSON.stringify([item.id, item.locator, item.label, item['author-only'], item['suppress-author']]);
      let html = cites.get(key);
      if (html === undefined) cites.set(key, (html = engine.makeCitationCluster([item])));
      return html;
    },
    layout,
    citationClass: /<style\b[^>]*\bclass="note"/.test(style.xml) ? 'note' : 'in-text',
    lang,
  };
  engines.set(key, result);
  return result;
}

interface DisambiguationInternals {
  modes: string[];
  state: { registry: { ambigcites: Record<string, string[]> } };
  run(akey: string): void;
}

/**
 * citeproc runs its disambiguation on every group of items whose citation reads
 * alike, a group of one included: one more citation render per item, which changes
 * nothing unless a mode can add names or given names (those read the names of the
 * whole bibliography). Without such a mode a lone item's group is skipped.
 */
function skipLoneDisambiguation(engine: CSL.Engine): void {
  const disambiguation = (engine as unknown as { disambiguate?: DisambiguationInternals }).disambiguate;
  if (!disambiguation || typeof disambiguation.run !== 'function' || !Array.isArray(disambiguation.modes)) return;
  if (disambiguation.modes.includes('disNames')) return;
  const run = disambiguation.run;
  disambiguation.run = function (this: DisambiguationInternals, akey: string) {
    if ((this.state.registry.ambigcites[akey]?.length ?? 0) < 2) return;
    run.call(this, akey);
  };
}

/**
 * The prefix, suffix and delimiter of the <citation>'s <layout>, taken off the
 * layout: Galley renders each cited work alone (so each links to its entry) and
 * puts the style's own brackets and delimiters around and between them.
 */
export function takeCitationLayoutAffixes(xml: string): { xml: string; layout: StyleEngine['layout'] } {
  const layout = { prefix: '', suffix: '', delimiter: '; ' };
  const citation = /<citation\b[\s\S]*?<\/citation>/.exec(xml);
  if (!citation) return { xml, layout };
  // CSL-M: several layouts, one per `locale`; the one without is the default.
  const tags = [...citation[0].matchAll(/<layout\b([^>]*)>/g)];
  const tag = tags.find((t) => !/\slocale=/.test(t[1])) ?? tags[0];
  if (!tag) return { xml, layout };
  const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag[1])?.[1];
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d))).replace(/&amp;/g, '&');
  layout.prefix = unescape(attr('prefix') ?? '');
  layout.suffix = unescape(attr('suffix') ?? '');
  layout.delimiter = unescape(attr('delimiter') ?? '; ');
  const bare = citation[0].replace(/<layout\b[^>]*>/g, (t) => t.replace(/\s(?:prefix|suffix)="[^"]*"/g, ''));
  return { xml: xml.slice(0, citation.index) + bare + xml.slice(citation.index + citation[0].length), layout };
}

/**
 * The language of a rendered value when it is not the entry's: a value the
 * romanized list transliterated is `<item language>-Latn`, the English
 * translation of a title is `en`.
 */
function fieldLanguage(variables: string[], item: CslItem): string | undefined {
  if (variables.includes('title-en')) return 'en';
  const romanized = romanizedFields(item);
  return variables.some((v) => romanized.includes(v)) ? `${item.language ?? 'ru'}-Latn` : undefined;
}

// Roles and language tags are a handful of strings, wrapped hundreds of times.
const escaped = new Map<string, string>();
function escapedOnce(text: string): string {
  let out = escaped.get(text);
  if (out === undefined) escaped.set(text, (out = escapeXml(text)));
  return out;
}

const shortWordAtEnd = new Map<number, RegExp>();
function endsInAbbreviation(html: string, longest: number | undefined): boolean {
  if (!longest) return false;
  let pattern = shortWordAtEnd.get(longest);
  if (!pattern) shortWordAtEnd.set(longest, (pattern = new RegExp(`(?:^|[\\s.-])\\p{L}{1,${longest}}$`, 'u')));
  return pattern.test(html.replace(/<[^>]*>/g, ''));
}

// Locales parsed once for all engines (citeproc only reads them): the XML from the
// template folders or citation-js, then citeproc's own JSON form of it.
const locales = new Map<string, object>();
function parsedLocale(folders: string[], lang: string): object {
  const key = `${folders.join('|')}|${lang}`;
  let locale = locales.get(key);
  if (!locale) {
    locale = loadCiteproc().parseXml(localeXml(folders, lang));
    locales.set(key, locale);
  }
  return locale;
}

export function clearEngineCache(): void {
  engines.clear();
  locales.clear();
  clearLocaleCache();
}
