// How much of an article's text survives import and rebuild: the share of the
// original's six-word runs (words: letters and digits, lower-cased; white
// space and punctuation ignored) that are found anywhere in the rebuilt JATS.
// Cross-reference, label and abstract-heading text is left out on both sides:
// Galley makes it again in the journal's words ("Fig. 1", "[Harris, 2007]", "Abstract"),
// or keeps a link it cannot resolve as its text ("Box 1"); no run of the original
// crosses such a place.
import { readXmlTree, type XmlChild, type XmlEl } from '../../src/import/xml-tree.js';

// Formulas are not prose: their TeX loses its document wrapper (\documentclass …) on import
// and both galleys rewrite the MathML; test/import/jats-body*.test.ts compares formulas.
const generatedText = new Set(['xref', 'label', 'object-id', 'tex-math', 'math']);

/** "Abstract", "Keywords": headings Galley prints from its label tables. */
const headingOfList = (e: XmlEl) => e.local === 'title' && ['abstract', 'trans-abstract', 'kwd-group'].includes(e.parent?.local ?? '');

/** Marks where generated text stood: no run crosses it (whatever Galley writes there, the runs around it stay comparable). */
const gap = '\u0000';

export function words(node: XmlChild): string[] {
  const out: string[] = [];
  const walk = (n: XmlChild) => {
    if (n.kind === 'text') out.push(...(n.text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []));
    else if (generatedText.has(n.local) || headingOfList(n)) out.push(gap);
    else n.children.forEach(walk);
  };
  walk(node);
  return out;
}

/** Runs of `n` words inside each stretch between generated text; a shorter stretch is one run. */
export function runs(list: string[], n = 6): string[] {
  const out: string[] = [];
  let stretch: string[] = [];
  const flush = () => {
    if (stretch.length < n) {
      if (stretch.length) out.push(stretch.join(' '));
    } else for (let i = 0; i + n <= stretch.length; i++) out.push(stretch.slice(i, i + n).join(' '));
    stretch = [];
  };
  for (const w of list) {
    if (w === gap) flush();
    else stretch.push(w);
  }
  flush();
  return out;
}

/** Share of the runs of `parts` found in `rebuilt`'s text; 1 when the parts hold no text. */
export function share(parts: XmlEl[], rebuilt: XmlEl): { share: number; runs: number; missing: string[] } {
  const all = words(rebuilt).filter((w) => w !== gap);
  const have = new Set(runs(all));
  const flat = ` ${all.join(' ')} `;
  const wanted = parts.flatMap((p) => runs(words(p)));
  const missing = wanted.filter((r) => !have.has(r) && !(r.split(' ').length < 6 && flat.includes(` ${r} `)));
  return { share: wanted.length ? 1 - missing.length / wanted.length : 1, runs: wanted.length, missing };
}

export function tree(xml: string, file: string): XmlEl {
  const t = readXmlTree(xml, file);
  if (!t.root) throw new Error(`${file}: ${t.problems.map((p) => p.message).join('; ')}`);
  return t.root;
}

/** The abstracts Galley has: one per language, untyped (digests, key points, graphical abstracts are reported not kept). */
const kept = (a: XmlEl) => !a.attrs['abstract-type'];

/** The parts of an original JATS article the corpus test measures. */
export function measuredParts(root: XmlEl): { body: XmlEl[]; footnotes: XmlEl[]; abstracts: XmlEl[] } {
  const inSub = (e: XmlEl) => { for (let p = e.parent; p; p = p.parent) if (p.local === 'sub-article') return true; return false; };
  const under = (e: XmlEl, local: string) => { for (let p = e.parent; p; p = p.parent) if (p.local === local) return true; return false; };
  const all: XmlEl[] = [];
  const walk = (e: XmlEl) => { all.push(e); for (const c of e.children) if (c.kind === 'element') walk(c); };
  walk(root);
  const translations = root.children.filter((c): c is XmlEl => c.kind === 'element' && c.local === 'sub-article' && c.attrs['article-type'] === 'translation');
  return {
    body: all.filter((e) => e.local === 'body' && e.parent === root),
    footnotes: all.filter((e) => e.local === 'fn' && !inSub(e) && !under(e, 'author-notes') && !under(e, 'table-wrap-foot')),
    abstracts: [
      ...all.filter((e) => (e.local === 'abstract' || e.local === 'trans-abstract') && !inSub(e) && under(e, 'article-meta') && kept(e)),
      ...translations.flatMap((t) => all.filter((e) => e.local === 'abstract' && kept(e) && under(e, 'front-stub') && isInside(e, t))),
    ],
  };
}

function isInside(e: XmlEl, ancestor: XmlEl): boolean {
  for (let p = e.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

export function topLevelRefs(root: XmlEl): number {
  const back = root.children.find((c): c is XmlEl => c.kind === 'element' && c.local === 'back');
  let n = 0;
  const walk = (e: XmlEl) => { for (const c of e.children) if (c.kind === 'element') (c.local === 'ref' ? n++ : walk(c)); };
  if (back) walk(back);
  return n;
}
