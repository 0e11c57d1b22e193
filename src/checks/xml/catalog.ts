// OASIS XML catalogs, read as data. libxml2-wasm is built without catalog
// support, so Galley resolves schema URLs and public ids itself (see resolver.ts).
// The catalog is parsed with libxml2 itself: the validation worker has it loaded
// already, and a second XML parser cost that worker ~40 ms to import.
import { readFileSync } from 'node:fs';
import { dirname, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XmlDocument, XmlElement, XmlParseError } from '../../util/libxml2.js';
import { SchemaUnavailableError } from './schema-unavailable.js';

export interface XmlCatalog {
  file: string;
  /** Public identifier → absolute local path. */
  publicIds: Map<string, string>;
  /** System id or URI → absolute local path. */
  exact: Map<string, string>;
  /** URL prefix → local folder (with trailing slash), longest prefix first. */
  prefixes: [string, string][];
}

const catalogNs = 'urn:oasis:names:tc:entity:xmlns:xml:catalog';

/** Read a catalog file (and the catalogs it chains with nextCatalog). */
export function readXmlCatalog(file: string, seen = new Set<string>()): XmlCatalog {
  const path = resolve(file);
  const catalog: XmlCatalog = { file: path, publicIds: new Map(), exact: new Map(), prefixes: [] };
  seen.add(path);
  let doc: XmlDocument;
  try {
    doc = XmlDocument.fromBuffer(readFileSync(path), { url: path });
  } catch (e) {
    if (e instanceof XmlParseError) {
      const first = e.details[0];
      throw new SchemaUnavailableError(path, `not a well-formed catalog: ${first ? `line ${first.line}: ${first.message.trim()}` : e.message}`);
    }
    throw new SchemaUnavailableError(path, (e as Error).message);
  }
  try {
    const root = doc.root;
    const next: string[] = [];
    if (root.name !== 'catalog' || root.namespaceUri !== catalogNs) {
      throw new SchemaUnavailableError(path, `root element <${root.prefix ? `${root.prefix}:` : ''}${root.name}>, not an OASIS <catalog> in ${catalogNs}`);
    }
    collect(root, dirname(path), catalog, next);
    // A chained catalog is consulted only after every entry of this one.
    for (const nextPath of next) chain(nextPath, catalog, seen);
  } finally {
    doc.dispose();
  }
  addFolderPrefixes(catalog);
  catalog.prefixes.sort((a, b) => b[0].length - a[0].length);
  return catalog;
}

/** Entries in document order (the first for a key wins); `next` gathers the nextCatalog files. */
function collect(node: XmlElement, base: string, catalog: XmlCatalog, next: string[]): void {
  const xmlBase = node.attr('base', 'xml')?.value;
  const here = xmlBase ? toPath(xmlBase, base) : base;
  for (let child = node.firstChild; child; child = child.next) {
    if (!(child instanceof XmlElement) || child.namespaceUri !== catalogNs) continue;
    const str = (key: string): string | undefined => child.attr(key)?.value;
    switch (child.name) {
      case 'public':
        set(catalog.publicIds, str('publicId'), str('uri'), here);
        break;
      case 'system':
        set(catalog.exact, str('systemId'), str('uri'), here);
        break;
      case 'uri':
        set(catalog.exact, str('name'), str('uri'), here);
        break;
      case 'rewriteSystem':
      case 'rewriteURI': {
        const from = str('systemIdStartString') ?? str('uriStartString');
        const to = str('rewritePrefix');
        if (from && to) catalog.prefixes.push([from, withSlash(toPath(to, here))]);
        break;
      }
      case 'group':
        collect(child, here, catalog, next);
        break;
      case 'nextCatalog': {
        const file = str('catalog');
        if (file) next.push(toPath(file, here));
        break;
      }
    }
  }
}

/** Entries of a chained catalog count after this one's own. */
function chain(nextPath: string, catalog: XmlCatalog, seen: Set<string>): void {
  if (seen.has(nextPath)) return;
  const chained = readXmlCatalog(nextPath, seen);
  for (const [k, v] of chained.publicIds) if (!catalog.publicIds.has(k)) catalog.publicIds.set(k, v);
  for (const [k, v] of chained.exact) if (!catalog.exact.has(k)) catalog.exact.set(k, v);
  catalog.prefixes.push(...chained.prefixes);
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
