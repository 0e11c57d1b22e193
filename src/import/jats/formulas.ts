// Formulas: `tex-math` (alone or in `alternatives`) → `$…$` / `$$…$$`; MathML
// only → the raw `<math>` Galley Markdown accepts (docs/source-format.md);
// a formula that is only an image is reported.
import type { XmlChild, XmlEl } from '../xml-tree.js';
import { childElements, descendants, textOf } from '../xml-tree.js';
import { notKept } from './context.js';
import type { BodyState } from './body-state.js';
import { createRequire } from 'node:module';
import type Temml from 'temml';

let temml: typeof Temml | undefined;
/** Whether Galley's TeX reader (temml) takes this TeX; if not, the MathML beside it is kept instead. */
function readableTex(tex: string, display: boolean): boolean {
  temml ??= createRequire(import.meta.url)('temml') as typeof Temml;
  try {
    temml.renderToString(tex, { displayMode: display, xml: true, throwOnError: true, trust: false, strict: false });
    return true;
  } catch {
    return false;
  }
}

/** The TeX to write, or undefined when there is none or (with MathML beside it) temml cannot read it. */
function usableTex(el: XmlEl, display: boolean, state: BodyState): string | undefined {
  const texEl = find(el, 'tex-math');
  if (!texEl) return undefined;
  const tex = texOf(texEl);
  if (!tex) return undefined;
  if (readableTex(tex, display)) return tex;
  if (find(el, 'math')) {
    state.ctx.report.decisions.push({ at: texEl.xpath, what: 'the MathML of the formula was kept instead of its TeX', why: 'temml cannot read the TeX' });
    return undefined;
  }
  throw new UnreadableTex(tex, texEl);
}

/** TeX temml cannot read and no MathML beside it: the TeX is kept as code text, and reported. */
class UnreadableTex extends Error {
  constructor(readonly tex: string, readonly el: XmlEl) {
    super('unreadable TeX');
  }
}

function asCode(e: unknown, state: BodyState): string {
  if (!(e instanceof UnreadableTex)) throw e;
  notKept(state.ctx, e.el, 'TeX that Galley\'s TeX reader (temml) cannot read and no MathML beside it: the TeX is kept as code text', e.tex.slice(0, 200));
  const fence = e.tex.includes('`') ? '``' : '`';
  return `${fence}${e.tex}${fence}`;
}

const MATHML_NS = 'http://www.w3.org/1998/Math/MathML';

/** The TeX of a `tex-math`: a whole LaTeX document (SciELO) is cut to its formula. */
export function texOf(el: XmlEl): string {
  let tex = textOf(el);
  const doc = /\\begin\{document\}([\s\S]*?)\\end\{document\}/.exec(tex);
  if (doc) tex = doc[1];
  tex = tex.trim();
  const env = /^\\begin\{(equation|displaymath|math|align|gather)\*?\}([\s\S]*)\\end\{\1\*?\}$/.exec(tex);
  if (env) tex = env[2];
  tex = tex.trim().replace(/^\$+|\$+$/g, '').replace(/^\\\[([\s\S]*)\\\]$/, '$1').replace(/^\\\(([\s\S]*)\\\)$/, '$1');
  // MathType writes `\mathop \sum`, which TeX reads and temml does not: the same operator, braced.
  return tex.replace(/\\label\{[^}]*\}/g, '').replace(/\\mathop\s*(\\[A-Za-z]+)/g, '\\mathop{$1}').replace(/\s*\n\s*/g, ' ').trim();
}

function find(el: XmlEl, local: string): XmlEl | undefined {
  return descendants(el, (e) => e.local === local && (local !== 'math' || e.namespace === MATHML_NS || e.name.endsWith('math')))[0];
}

/** A MathML element written back as XML with the default namespace (no `mml:` prefix). */
export function serializeMathml(el: XmlEl, display?: 'block'): string {
  const attrs = Object.entries(el.attrs).filter(([k]) => !k.startsWith('xmlns') && k !== 'display' && k !== 'id' && !k.includes(':'));
  const head = [`<math xmlns="${MATHML_NS}"`, ...(display ? [` display="block"`] : []), ...attrs.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)].join('');
  return `${head}>${el.children.map((x) => serializeChild(x, el)).join('')}</math>`.replace(/\s*\n\s*/g, ' ');
}

const tokenElements = new Set(['mi', 'mn', 'mo', 'mtext', 'ms', 'annotation', 'cn', 'ci', 'csymbol']);

function serializeChild(c: XmlChild, parent?: XmlEl): string {
  // Indentation between elements is no content (token elements keep their spaces).
  if (c.kind === 'text') return !c.text.trim() && !(parent && tokenElements.has(parent.local)) ? '' : escapeText(c.text);
  const attrs = Object.entries(c.attrs).filter(([k]) => !k.startsWith('xmlns') && !k.includes(':')).map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('');
  const inner = c.children.map((x) => serializeChild(x, c)).join('');
  return inner ? `<${c.local}${attrs}>${inner}</${c.local}>` : `<${c.local}${attrs}/>`;
}

// Markup characters of Markdown become character references, so the parser leaves them inside the MathML.
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/[*_$[\]\\`~^@|]/g, (c) => `&#${c.codePointAt(0)};`);
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

export function inlineFormula(el: XmlEl, state: BodyState): string {
  let t: string | undefined;
  try {
    t = usableTex(el, false, state);
  } catch (e) {
    return asCode(e, state);
  }
  if (t) return `$${t.replace(/\$/g, '\\$')}$`;
  const math = find(el, 'math');
  if (math) return serializeMathml(math);
  notKept(state.ctx, el, 'a formula without TeX or MathML (an image) has no Galley form', textOf(el));
  return '';
}

/** A display formula as its Markdown block (with `{#eq:…}` when something refers to it). */
export function displayFormula(el: XmlEl, label: string | undefined, state: BodyState): string {
  const suffix = label ? `\n{#${label}}` : '';
  let t: string | undefined;
  try {
    t = usableTex(el, true, state);
  } catch (e) {
    return asCode(e, state);
  }
  if (t) return `$$\n${t}\n$$${suffix}`;
  const math = find(el, 'math');
  if (math) return `${serializeMathml(math, 'block')}${label ? ` {#${label}}` : ''}`;
  const image = childElements(el).find((c) => c.name === 'graphic');
  notKept(state.ctx, el, 'a formula without TeX or MathML (an image) has no Galley form', image?.attrs['xlink:href'] ?? textOf(el));
  return '';
}
