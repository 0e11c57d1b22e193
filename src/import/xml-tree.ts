// An XML file read into plain objects an importer can walk: elements with their
// attributes, children, line and XPath; text with its line. Named entities a
// DTD declares (&mdash; in older JATS) are resolved through the DTD the
// document asks for, found in the DTDs shipped with Galley; nothing is fetched.
import { ParseOption, XmlCData, XmlDocument, XmlElement, XmlEntityReference, XmlParseError, XmlText, type XmlTreeNode } from '../util/libxml2.js';
import { readDoctype } from '../checks/xml/jats-dtd.js';
import { jats4rSchemaRoot } from '../checks/xml/jats-dtd.js';
import { readXmlCatalog, type XmlCatalog } from '../checks/xml/catalog.js';
import { withCatalogs } from '../checks/xml/resolver.js';
import { join } from 'node:path';

export interface XmlEl {
  kind: 'element';
  /** Qualified name as written (`mml:math`, `xlink:href` for attributes). */
  name: string;
  /** Local name without prefix. */
  local: string;
  namespace: string;
  attrs: Record<string, string>;
  children: XmlChild[];
  line: number;
  /** `/article[1]/front[1]/article-meta[1]/title-group[1]`: positions count same-named siblings. */
  xpath: string;
  parent?: XmlEl;
}

export interface XmlTextNode {
  kind: 'text';
  text: string;
  line: number;
}

export type XmlChild = XmlEl | XmlTextNode;

export interface XmlReadProblem {
  line: number;
  column: number;
  message: string;
}

export type XmlReadResult = { root: XmlEl; problems: XmlReadProblem[] } | { root?: undefined; problems: XmlReadProblem[] };

let jatsCatalog: XmlCatalog | undefined;

/** Read `xml` (the text of `file`); problems are well-formedness errors or unresolved entities. */
export function readXmlTree(xml: string, file: string): XmlReadResult {
  const url = file;
  const first = tryParse(xml, url, ParseOption.XML_PARSE_NONET);
  if ('problems' in first) return first;
  let doc = first.doc;
  const problems: XmlReadProblem[] = [];
  if (doc.warnings?.some((w) => /Entity '[^']+' not defined/.test(w.message))) {
    doc.dispose();
    jatsCatalog ??= readXmlCatalog(join(jats4rSchemaRoot(), 'catalog.xml'));
    const loaded = withCatalogs([jatsCatalog], () => tryParse(xml, url, ParseOption.XML_PARSE_NONET | ParseOption.XML_PARSE_DTDLOAD | ParseOption.XML_PARSE_NOENT));
    if (!loaded.value) throw loaded.error;
    if ('problems' in loaded.value) return loaded.value;
    doc = loaded.value.doc;
    if (loaded.refused.length) {
      const doctype = readDoctype(xml);
      problems.push({ line: doctype?.line ?? 1, column: doctype?.column ?? 1, message: `Unexpected DTD location ${loaded.refused[0]}, expected a DTD shipped with Galley (named entities stay unresolved)` });
    }
  }
  try {
    const root = doc.root;
    return { root: convert(root, undefined, `/${root.name}[1]`), problems };
  } finally {
    doc.dispose();
  }
}

function tryParse(xml: string, url: string, option: ParseOption): { doc: XmlDocument } | { problems: XmlReadProblem[] } {
  try {
    return { doc: XmlDocument.fromString(xml, { url, option }) };
  } catch (e) {
    if (!(e instanceof XmlParseError)) throw e;
    return { problems: e.details.map((d) => ({ line: d.line, column: d.col ?? 1, message: d.message.trim() })) };
  }
}

function convert(node: XmlElement, parent: XmlEl | undefined, xpath: string): XmlEl {
  const attrs: Record<string, string> = {};
  for (const a of node.attrs) attrs[a.prefix ? `${a.prefix}:${a.name}` : a.name] = a.value;
  const el: XmlEl = {
    kind: 'element',
    name: node.prefix ? `${node.prefix}:${node.name}` : node.name,
    local: node.name,
    namespace: node.namespaceUri ?? '',
    attrs,
    children: [],
    line: node.line,
    xpath,
    parent,
  };
  const counts = new Map<string, number>();
  for (let c: XmlTreeNode | null = node.firstChild; c; c = c.next) {
    if (c instanceof XmlElement) {
      const name = c.prefix ? `${c.prefix}:${c.name}` : c.name;
      const n = (counts.get(name) ?? 0) + 1;
      counts.set(name, n);
      el.children.push(convert(c, el, `${xpath}/${name}[${n}]`));
    } else if (c instanceof XmlText || c instanceof XmlCData) {
      pushText(el, c.content, c.line);
    } else if (c instanceof XmlEntityReference) {
      // An entity left unresolved (its DTD could not be read): keep its name visible.
      pushText(el, `&${c.name};`, c.line);
    }
  }
  return el;
}

function pushText(el: XmlEl, text: string, line: number): void {
  const last = el.children[el.children.length - 1];
  if (last?.kind === 'text') last.text += text;
  else el.children.push({ kind: 'text', text, line });
}

/** Child elements named `name` (qualified, as written). */
export function childrenNamed(el: XmlEl, name: string): XmlEl[] {
  return el.children.filter((c): c is XmlEl => c.kind === 'element' && c.name === name);
}

export function childNamed(el: XmlEl, name: string): XmlEl | undefined {
  return el.children.find((c): c is XmlEl => c.kind === 'element' && c.name === name);
}

export function childElements(el: XmlEl): XmlEl[] {
  return el.children.filter((c): c is XmlEl => c.kind === 'element');
}

/** Descendants (depth first, document order) for which `test` holds. */
export function descendants(el: XmlEl, test: (e: XmlEl) => boolean): XmlEl[] {
  const out: XmlEl[] = [];
  const walk = (e: XmlEl) => {
    for (const c of e.children) {
      if (c.kind !== 'element') continue;
      if (test(c)) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

/** All text inside, in document order. */
export function textOf(node: XmlChild): string {
  if (node.kind === 'text') return node.text;
  return node.children.map(textOf).join('');
}
