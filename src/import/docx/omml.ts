// Word equations (OMML) → MathML through omml2mathml. The converter asks the
// `get-dom` package for a DOM, which in Node loads jsdom 9; we hand it
// @xmldom/xmldom instead (registered in the require cache before the converter
// loads), so no browser emulation is pulled in for a few elements.
import { createRequire } from 'node:module';
import type { XmlEl } from '../xml-tree.js';

const MATHML = 'http://www.w3.org/1998/Math/MathML';

interface XmlDom {
  DOMParser: new () => { parseFromString(xml: string, type: string): { documentElement: unknown } };
  DOMImplementation: new () => { createDocument(ns: string | null, name: string | null, doctype: null): unknown };
  XMLSerializer: new () => { serializeToString(node: unknown): string };
}

let converter: ((el: unknown) => unknown) | undefined;
let xmldom: XmlDom | undefined;

function load(): { convert: (el: unknown) => unknown; dom: XmlDom } {
  if (!converter || !xmldom) {
    const require = createRequire(import.meta.url);
    const dom = require('@xmldom/xmldom') as XmlDom;
    const fromConverter = createRequire(require.resolve('omml2mathml'));
    const getDom = fromConverter.resolve('get-dom');
    const blank = () => new dom.DOMImplementation().createDocument(null, null, null);
    const shim = { document: blank, implementation: () => ({ createHTMLDocument: blank }) };
    require.cache[getDom] ??= { id: getDom, filename: getDom, loaded: true, exports: shim } as unknown as NodeJS.Module;
    converter = require('omml2mathml') as (el: unknown) => unknown;
    xmldom = dom;
  }
  return { convert: converter, dom: xmldom };
}

/** MathML text for an m:oMath or m:oMathPara element (display="block" for the latter). */
export function ommlToMathml(el: XmlEl): string | { problem: string } {
  const { convert, dom } = load();
  try {
    const doc = new dom.DOMParser().parseFromString(serialize(el, namespaces(el)), 'text/xml');
    const math = new dom.XMLSerializer().serializeToString(convert(doc.documentElement));
    return math.replace(/^<math display="inline" /, '<math ').replace(/^<math display="block" xmlns="[^"]+"/, `<math xmlns="${MATHML}" display="block"`);
  } catch (e) {
    return { problem: (e as Error).message };
  }
}

/** Prefix → namespace of every element in the subtree, declared on its root. */
function namespaces(el: XmlEl, acc = new Map<string, string>()): Map<string, string> {
  const i = el.name.indexOf(':');
  if (i > 0 && el.namespace) acc.set(el.name.slice(0, i), el.namespace);
  for (const c of el.children) if (c.kind === 'element') namespaces(c, acc);
  acc.set('w', acc.get('w') ?? 'http://schemas.openxmlformats.org/wordprocessingml/2006/main');
  return acc;
}

function serialize(el: XmlEl, decl?: Map<string, string>): string {
  const attrs = Object.entries(el.attrs).map(([k, v]) => ` ${k}="${escape(v)}"`);
  if (decl) for (const [p, ns] of decl) attrs.push(` xmlns:${p}="${escape(ns)}"`);
  const inner = el.children.map((c) => (c.kind === 'text' ? escape(c.text) : serialize(c))).join('');
  return `<${el.name}${attrs.join('')}>${inner}</${el.name}>`;
}

function escape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
