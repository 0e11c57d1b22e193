// One citeproc engine per style and template folders, kept for the process: the
// style is compiled once; each use swaps the items in. The variable wrapper marks
// every rendered variable with its role so the output can become Field nodes.
import { createRequire } from 'node:module';
import type CSL from 'citeproc';
import type { CslItem } from '../model/types.js';
import { escapeXml } from '../render/xml-escape.js';
import type { LoadedStyle } from './style.js';
import { localeXml } from './locales.js';
import { abbreviationRoles, roleOf } from './roles.js';

export interface StyleEngine {
  style: LoadedStyle;
  engine: CSL.Engine;
  /**
   * Give the engine these items (prepared for its style) and register them all:
   * sorting and the ambiguity of author names are computed here, once.
   */
  load(items: CslItem[]): void;
}

// One collator instead of citeproc's localeCompare-with-options per comparison.
const collator = new Intl.Collator('en-US', { sensitivity: 'base', ignorePunctuation: true, numeric: true });

const engines = new Map<string, StyleEngine>();

// Loaded with require, not import: importing this 1 MB CommonJS file from ESM makes
// Node scan it for named exports first (over 100 ms here); and only when needed.
let citeproc: typeof CSL | undefined;
function loadCiteproc(): typeof CSL {
  citeproc ??= createRequire(import.meta.url)('citeproc') as typeof CSL;
  return citeproc;
}

export function styleEngine(style: LoadedStyle, folders: string[]): StyleEngine {
  const key = `${style.file}|${folders.join('|')}`;
  const hit = engines.get(key);
  if (hit) return hit;
  let items = new Map<string, CslItem>();
  const locales = new Map<string, string>();
  const sys: CSL.Sys = {
    retrieveLocale(lang) {
      if (!locales.has(lang)) locales.set(lang, localeXml(folders, lang));
      return locales.get(lang)!;
    },
    retrieveItem(id) {
      return items.get(id);
    },
    stringCompare(a: string, b: string) {
      return collator.compare(a, b);
    },
    variableWrapper(params, pre, str, post) {
      const role = roleOf(params.variableNames, String(params.itemData.type));
      if (!role) return `${pre}${str}${post}`;
      // "?" and "!" end the title itself; a period only after an abbreviation.
      const inside = post === '?' || post === '!' || (post === '.' && endsInAbbreviation(str, abbreviationRoles[role.split(':')[0]]));
      return `${pre}<span data-role="${escapeXml(role)}">${str}${inside ? post : ''}</span>${inside ? '' : post}`;
    },
  };
  const engine = new (loadCiteproc().Engine)(sys, style.xml, 'en-US', true);
  engine.setOutputFormat('html');
  const result: StyleEngine = {
    style,
    engine,
    load(list) {
      items = new Map(list.map((i) => [i.id, i]));
      engine.updateItems([]);
      engine.updateItems(list.map((i) => i.id));
    },
  };
  engines.set(key, result);
  return result;
}

const shortWordAtEnd = new Map<number, RegExp>();
function endsInAbbreviation(html: string, longest: number | undefined): boolean {
  if (!longest) return false;
  let pattern = shortWordAtEnd.get(longest);
  if (!pattern) shortWordAtEnd.set(longest, (pattern = new RegExp(`(?:^|[\\s.-])\\p{L}{1,${longest}}$`, 'u')));
  return pattern.test(html.replace(/<[^>]*>/g, ''));
}

export function clearEngineCache(): void {
  engines.clear();
}
