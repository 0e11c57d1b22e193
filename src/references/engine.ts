// One citeproc engine per style and template folders, kept for the process: the
// style is compiled once; each use swaps the items in. The variable wrapper marks
// every rendered variable with its role so the output can become Field nodes.
import CSL from 'citeproc';
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
  const engine = new CSL.Engine(sys, style.xml, 'en-US', true);
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

function endsInAbbreviation(html: string, longest: number | undefined): boolean {
  if (!longest) return false;
  const text = html.replace(/<[^>]*>/g, '');
  return new RegExp(`(?:^|[\\s.-])\\p{L}{1,${longest}}$`, 'u').test(text);
}

export function clearEngineCache(): void {
  engines.clear();
}
