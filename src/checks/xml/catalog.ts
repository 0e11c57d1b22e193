// OASIS XML catalogs, read as data. libxml2-wasm is built without catalog
// support, so Galley resolves schema URLs and public ids itself (see resolver.ts).
import { readFileSync } from 'node:fs';
import { dirname, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';

export interface XmlCatalog {
  file: string;
  /** Public identifier → absolute local path. */
  publicIds: Map<string, string>;
  /** System id or URI → absolute local path. */
  exact: Map<string, string>;
  /** URL prefix → local folder (with trailing slash), longest prefix first. */
  prefixes: [string, string][];
}

type Entry = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
});

/** Read a catalog file (and the catalogs it chains with nextCatalog). */
export function readXmlCatalog(file: string, seen = new Set<string>()): XmlCatalog {
  const path = resolve(file);
  const catalog: XmlCatalog = { file: path, publicIds: new Map(), exact: new Map(), prefixes: [] };
  seen.add(path);
  const root = (parser.parse(readFileSync(path, 'utf8')) as { catalog?: Entry[] }).catalog?.[0];
  if (root) collect(root, dirname(path), catalog, seen);
  addFolderPrefixes(catalog);
  catalog.prefixes.sort((a, b) => b[0].length - a[0].length);
  return catalog;
}

function collect(node: Entry, base: string, catalog: XmlCatalog, seen: Set<string>): void {
  const here = typeof node['xml:base'] === 'string' ? toPath(node['xml:base'], base) : base;
  const list = (name: string): Entry[] => (Array.isArray(node[name]) ? (node[name] as Entry[]) : []);
  const str = (e: Entry, key: string): string | undefined => (typeof e[key] === 'string' ? (e[key] as string) : undefined);
  for (const e of list('public')) set(catalog.publicIds, str(e, 'publicId'), str(e, 'uri'), here);
  for (const e of list('system')) set(catalog.exact, str(e, 'systemId'), str(e, 'uri'), here);
  for (const e of list('uri')) set(catalog.exact, str(e, 'name'), str(e, 'uri'), here);
  for (const e of [...list('rewriteSystem'), ...list('rewriteURI')]) {
    const from = str(e, 'systemIdStartString') ?? str(e, 'uriStartString');
    const to = str(e, 'rewritePrefix');
    if (from && to) catalog.prefixes.push([from, withSlash(toPath(to, here))]);
  }
  for (const e of list('group')) collect(e, here, catalog, seen);
  for (const e of list('nextCatalog')) {
    const next = str(e, 'catalog');
    if (!next) continue;
    const nextPath = toPath(next, here);
    if (seen.has(nextPath)) continue;
    const chained = readXmlCatalog(nextPath, seen);
    for (const [k, v] of chained.publicIds) if (!catalog.publicIds.has(k)) catalog.publicIds.set(k, v);
    for (const [k, v] of chained.exact) if (!catalog.exact.has(k)) catalog.exact.set(k, v);
    catalog.prefixes.push(...chained.prefixes);
  }
}

function set(map: Map<string, string>, key: string | undefined, uri: string | undefined, base: string): void {
  if (key && uri && !map.has(key)) map.set(key, toPath(uri, base));
}

/**
 * A schema file fetched from a URL resolves its own relative includes against
 * that URL (`…/mathml3/mathml3.xsd` includes `mathml3-common.xsd`), which no
 * catalog entry names. Where a URL and its local file share the file name,
 * map the URL's folder to the file's folder too.
 */
function addFolderPrefixes(catalog: XmlCatalog): void {
  const known = new Set(catalog.prefixes.map(([from]) => from));
  for (const [url, path] of catalog.exact) {
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) continue;
    const slash = url.lastIndexOf('/');
    if (url.slice(slash + 1) !== posix.basename(path)) continue;
    const from = url.slice(0, slash + 1);
    if (known.has(from)) continue;
    known.add(from);
    catalog.prefixes.push([from, withSlash(dirname(path))]);
  }
}

/** The local file a catalog gives for a system id or URI, if any. */
export function resolveInCatalog(catalog: XmlCatalog, id: string): string | undefined {
  const hit = catalog.exact.get(id);
  if (hit) return hit;
  for (const [from, to] of catalog.prefixes) if (id.startsWith(from)) return to + id.slice(from.length);
  return undefined;
}

function toPath(uri: string, base: string): string {
  return uri.startsWith('file:') ? fileURLToPath(uri) : resolve(base, uri);
}

function withSlash(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}
