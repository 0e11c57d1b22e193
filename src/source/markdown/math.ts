// Formulas: TeX → MathML with temml, once, when the source is read (renderers
// only copy the stored MathML). TeX errors are diagnostics at the character
// temml stopped at. `$…$` that reads like money ("$5 and $10") stays text,
// with a warning, by Pandoc's rule: no space just inside the dollars and no
// digit right after the closing one.
import { createRequire } from 'node:module';
import type Temml from 'temml';
import type { InlineMath, Math as MdMath } from 'mdast-util-math';
import type { Root, RootContent } from 'mdast';
import type { DisplayFormula, Inline } from '../../model/types.js';
import { alignParsedToRaw } from '../text-positions.js';
import type { ConvertContext } from './context.js';
import { positionOf, sourceText } from './context.js';

// temml takes 0.1–0.2 s to load: only an article with a formula pays for it.
let temml: typeof Temml | undefined;
const loadTemml = (): typeof Temml => (temml ??= createRequire(import.meta.url)('temml') as typeof Temml);

/** What the source may write after a formula: `{#eq:name}`. */
const labelLine = /^\{#([^\s{}]*)\}$/;
const labelSyntax = /^eq:[\p{L}\p{N}_.-]+$/u;
/** What a display formula's label must look like (raw MathML formulas use it too). */
export const formulaLabelSyntax = labelSyntax;

interface MathNode {
  name: string;
  attrs: string;
  children: (MathNode | string)[];
}

const token = /<\/?[A-Za-z][^>]*>|[^<]+/g;
const attribute = /\s([\w:-]+)="([^"]*)"/g;

/** temml's output (well-formed, no comments or CDATA) as a tree of tags. */
function mathTree(xml: string): MathNode {
  const root: MathNode = { name: '', attrs: '', children: [] };
  const stack = [root];
  for (const [t] of xml.matchAll(token)) {
    const top = stack[stack.length - 1];
    if (!t.startsWith('<')) top.children.push(t);
    else if (t.startsWith('</')) stack.pop();
    else {
      const m = /^<([A-Za-z][\w:.-]*)([^>]*?)(\/?)>$/.exec(t)!;
      const node: MathNode = { name: m[1], attrs: m[2], children: [] };
      top.children.push(node);
      if (!m[3]) stack.push(node);
    }
  }
  return root;
}

function serialise(n: MathNode | string): string {
  if (typeof n === 'string') return n;
  const inner = n.children.map(serialise).join('');
  return n.name ? `<${n.name}${n.attrs}>${inner}</${n.name}>` : inner;
}

function mergedAttrs(inner: string, outer: string): string {
  const attrs = new Map<string, string>();
  for (const [, k, v] of inner.matchAll(attribute)) attrs.set(k, v);
  for (const [, k, v] of outer.matchAll(attribute)) attrs.set(k, v);
  return [...attrs].map(([k, v]) => ` ${k}="${v}"`).join('');
}

/**
 * temml writes `\mathop{…}` as an <mo> holding elements (`\mathop{\sum}`:
 * an <mo> in an <mo>), which MathML and the JATS DTD forbid. One operator
 * inside becomes that operator (its attributes, the outer spacing winning);
 * anything else becomes an <mrow> of what it holds.
 */
export function flattenNestedOperators(mathml: string): string {
  if (!/<mo\b[^>]*>\s*<m/.test(mathml)) return mathml;
  const fix = (n: MathNode): MathNode => {
    n.children = n.children.map((c) => (typeof c === 'string' ? c : fix(c)));
    if (n.name !== 'mo' || n.children.every((c) => typeof c === 'string')) return n;
    const elements = n.children.filter((c): c is MathNode => typeof c !== 'string');
    const onlyText = n.children.every((c) => typeof c !== 'string' || !c.trim());
    if (onlyText && elements.length === 1 && elements[0].name === 'mo') return { ...elements[0], attrs: mergedAttrs(elements[0].attrs, n.attrs) };
    return { name: 'mrow', attrs: '', children: n.children };
  };
  return serialise(fix(mathTree(mathml)));
}

/** MathML for `tex`, or undefined after reporting where the TeX is wrong. */
function toMathml(tex: string, displayMode: boolean, node: { position?: MdMath['position'] }, ctx: ConvertContext): string | undefined {
  try {
    return flattenNestedOperators(loadTemml().renderToString(tex, { displayMode, xml: true, throwOnError: true, trust: false, strict: false }));
  } catch (e) {
    const err = e as { message?: string; position?: number };
    // temml appends "at position N:" and the source with combining underlines; the position is reported instead.
    const reason = String(err.message ?? e).split(/ at position \d+:| at end of input:/)[0].trim();
    ctx.report('formula-tex', `Unexpected TeX in formula (${reason}), expected LaTeX math that temml can read`, texPosition(tex, err.position ?? 0, node, ctx));
    return undefined;
  }
}

function texPosition(tex: string, index: number, node: { position?: MdMath['position'] }, ctx: ConvertContext) {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return positionOf(ctx, node);
  return ctx.lines.at(alignParsedToRaw(tex, ctx.source.slice(start, end), start)(Math.min(index, tex.length)));
}

export function convertInlineMath(node: InlineMath, ctx: ConvertContext): Inline[] {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  const next = end === undefined ? '' : ctx.source.charAt(end);
  // The raw text between the dollars: the parser strips one space on each side, Pandoc's rule does not.
  const inner = start === undefined || end === undefined ? node.value : ctx.source.slice(start, end).replace(/^\$+|\$+$/g, '');
  if (/^\s|\s$/.test(inner) || /\d/.test(next)) {
    const text = sourceText(node, ctx);
    ctx.report('formula-money', `Unexpected \`${text.value}\` read as a formula, expected \`$…$\` with no space just inside the dollars (write \`\\$\` for a dollar sign)`, text.position);
    return [text];
  }
  const mathml = toMathml(node.value, false, node, ctx);
  return mathml ? [{ type: 'inlineFormula', tex: node.value, mathml, position: positionOf(ctx, node) }] : [sourceText(node, ctx)];
}

/** A `$$` block, or a paragraph holding only `$$…$$`; `label` is what `{#…}` named. */
export function convertDisplayMath(tex: string, node: { position?: MdMath['position'] }, label: string | undefined, labelNode: { position?: MdMath['position'] } | undefined, ctx: ConvertContext): DisplayFormula[] {
  const position = positionOf(ctx, node);
  const swallowed = /^\$\$[ \t]*\{#[^}\n]*\}[ \t]*$/m.exec(tex);
  if (swallowed) {
    ctx.report('formula-label', 'Unexpected `{#…}` on the closing `$$` line (the formula runs on to the next `$$`), expected the label on the line after `$$`', texPosition(tex, swallowed.index, node, ctx));
    return [];
  }
  if (label !== undefined && !labelSyntax.test(label)) {
    ctx.report('formula-label', `Unexpected label \`{#${label}}\` after a formula, expected \`{#eq:name}\``, positionOf(ctx, labelNode ?? node));
    label = undefined;
  }
  const mathml = toMathml(tex, true, node, ctx);
  if (!mathml) return [];
  const id = `eq${++ctx.counters.formula}`;
  const number = label ? ++ctx.counters.equation : undefined;
  return [{ type: 'displayFormula', id, ...(label ? { label, number } : {}), tex, mathml, position }];
}

export function convertMathBlock(node: MdMath, ctx: ConvertContext): DisplayFormula[] {
  const data = node.data as { galleyLabel?: { label: string; node: RootContent } } | undefined;
  return convertDisplayMath(node.value, node, data?.galleyLabel?.label, data?.galleyLabel?.node, ctx);
}

/**
 * `$$…$$` alone in a paragraph, optionally followed by ` {#eq:name}` (pandoc-crossref's
 * one-line form): a display formula. Anything else returns undefined.
 */
export function displayMathParagraph(children: RootContent[] | { type: string }[], paragraph: { position?: MdMath['position'] }, ctx: ConvertContext): DisplayFormula[] | undefined {
  const first = children[0] as InlineMath | undefined;
  if (first?.type !== 'inlineMath' || !first.position || !paragraph.position) return undefined;
  const start = first.position.start.offset!;
  if (!ctx.source.startsWith('$$', start)) return undefined;
  const rest = ctx.source.slice(first.position.end.offset, paragraph.position.end.offset).trim();
  const label = rest ? /^\{#([^\s{}]*)\}$/.exec(rest)?.[1] : undefined;
  if (rest && label === undefined) return undefined;
  return convertDisplayMath(first.value, first, label, paragraph, ctx);
}

/**
 * A `{#eq:name}` paragraph on the line right after a `$$` block labels it: the
 * label is attached to the block and the paragraph removed, everywhere in the tree.
 */
export function attachFormulaLabels(root: Root | { children: RootContent[] }, source: string): void {
  const children = root.children;
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    const next = children[i + 1];
    if (node.type === 'math' && next?.type === 'paragraph' && node.position && next.position && next.position.start.line === node.position.end.line + 1) {
      const m = labelLine.exec(source.slice(next.position.start.offset, next.position.end.offset).trim());
      if (m) {
        node.data = { ...node.data, galleyLabel: { label: m[1], node: next } } as MdMath['data'];
        children.splice(i + 1, 1);
      }
    }
    if ('children' in node && Array.isArray(node.children) && node.type !== 'paragraph') attachFormulaLabels(node as { children: RootContent[] }, source);
  }
}
