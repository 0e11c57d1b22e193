// Raw MathML in the source (imports bring formulas that have no TeX): an
// inline `<math>…</math>` in a paragraph is an inline formula; a paragraph
// holding only `<math display="block">…</math>` (optionally `{#eq:name}`
// after it) is a display formula. The MathML is checked — well-formed, a
// MathML `<math>` root, MathML elements only — and kept as written (with the
// namespace declared), never turned into TeX.
import { XmlDocument, XmlElement, XmlParseError, type XmlTreeNode } from '../../util/libxml2.js';
import type { PhrasingContent, RootContent } from 'mdast';
import type { DisplayFormula, Inline } from '../../model/types.js';
import type { ConvertContext } from './context.js';
import { positionOf } from './context.js';
import { formulaLabelSyntax } from './math.js';

const MATHML_NS = 'http://www.w3.org/1998/Math/MathML';

/** MathML 3 elements (presentation, content, semantics): anything else is refused. */
const mathmlElements = new Set(
  ('math mi mn mo mtext mspace ms mglyph mrow mfrac msqrt mroot mstyle merror mpadded mphantom mfenced menclose msub msup msubsup munder mover munderover mmultiscripts mprescripts none ' +
    'mtable mlabeledtr mtr mtd maligngroup malignmark mstack mlongdiv msgroup msrow mscarries mscarry msline maction semantics annotation annotation-xml ' +
    'ci cn csymbol apply bind bvar share cerror cbytes cs set list interval inverse lambda compose ident domain codomain image ln log exp abs conjugate arg real imaginary floor ceiling ' +
    'plus minus times divide power root rem factorial max min gcd lcm and or xor not implies forall exists eq neq gt lt geq leq equivalent approx factorof int diff partialdiff lowlimit uplimit degree ' +
    'sum product limit tendsto sin cos tan sec csc cot arcsin arccos arctan sinh cosh tanh mean sdev variance median mode moment momentabout vector matrix matrixrow determinant transpose selector ' +
    'union intersect in notin subset prsubset notsubset notprsubset setdiff card cartesianproduct naturalnumbers integers rationals reals complexes primes exponentiale imaginaryi notanumber true false emptyset pi eulergamma infinity ' +
    'piecewise piece otherwise condition declare reln fn sep')
    .split(/\s+/),
);

export type MathmlCheck = { mathml: string } | { problem: string };

/** `raw` as the model stores it: the namespace declared on <math>; or what is wrong with it. */
export function checkMathml(raw: string): MathmlCheck {
  let text = raw.trim();
  if (!/^<math[\s>/]/.test(text)) return { problem: `Unexpected \`${text.slice(0, 12)}…\`, expected \`<math>\` (no prefix) as the formula's root` };
  if (!/^<math[^>]*\sxmlns=/.test(text)) text = text.replace(/^<math/, `<math xmlns="${MATHML_NS}"`);
  let doc: XmlDocument;
  try {
    doc = XmlDocument.fromString(text);
  } catch (e) {
    if (!(e instanceof XmlParseError)) throw e;
    const d = e.details[0];
    return { problem: `Unexpected MathML that is not well-formed XML (${d ? d.message.trim() : 'parse error'}), expected one complete \`<math>…</math>\` element` };
  }
  try {
    const root = doc.root;
    if (root.namespaceUri !== MATHML_NS) return { problem: `Unexpected namespace ${root.namespaceUri ?? '(none)'} on <math>, expected ${MATHML_NS}` };
    const bad = firstForeign(root);
    if (bad) return { problem: `Unexpected <${bad}> in MathML, expected MathML 3 elements only` };
  } finally {
    doc.dispose();
  }
  return { mathml: text.replace(/\s*\n\s*/g, ' ') };
}

function firstForeign(el: XmlElement): string | undefined {
  if (el.namespaceUri !== MATHML_NS || !mathmlElements.has(el.name)) return el.prefix ? `${el.prefix}:${el.name}` : el.name;
  // annotation-xml may hold other vocabularies.
  if (el.name === 'annotation-xml') return undefined;
  for (let c: XmlTreeNode | null = el.firstChild; c; c = c.next) {
    if (c instanceof XmlElement) {
      const bad = firstForeign(c);
      if (bad) return bad;
    }
  }
  return undefined;
}

const opens = (n: { type: string; value?: string }) => n.type === 'html' && /^<math[\s>/]/.test(n.value ?? '');

/**
 * An inline `<math>` starting at `nodes[i]`: the raw source up to its `</math>`
 * (the Markdown parser splits raw HTML into one node per tag). Returns the
 * formula (or, when the MathML is wrong, the text as written) and the last node taken.
 */
export function takeInlineMathml(nodes: PhrasingContent[], i: number, ctx: ConvertContext): { inlines: Inline[]; last: number } | undefined {
  const first = nodes[i];
  if (!opens(first)) return undefined;
  const selfClosed = /\/>\s*$/.test((first as { value: string }).value);
  let last = i;
  if (!selfClosed) {
    while (last < nodes.length && !(nodes[last].type === 'html' && /<\/math>\s*$/.test((nodes[last] as { value: string }).value))) last++;
    if (last >= nodes.length) {
      ctx.report('formula-mathml', 'Unexpected `<math>` without `</math>` in the same paragraph, expected one complete MathML element', positionOf(ctx, first));
      return { inlines: [], last: nodes.length - 1 };
    }
  }
  const start = first.position?.start.offset ?? 0;
  const end = nodes[last].position?.end.offset ?? start;
  const raw = ctx.source.slice(start, end);
  const checked = checkMathml(raw);
  const position = positionOf(ctx, first);
  if ('problem' in checked) {
    ctx.report('formula-mathml', checked.problem, position);
    return { inlines: [], last };
  }
  return { inlines: [{ type: 'inlineFormula', mathml: checked.mathml, position }], last };
}

/** A paragraph of only `<math display="block">…</math>` (and `{#eq:name}`): a display formula. */
export function displayMathmlParagraph(children: RootContent[] | PhrasingContent[], paragraph: { position?: RootContent['position'] }, ctx: ConvertContext): DisplayFormula[] | undefined {
  const first = children[0] as { type: string; value?: string; position?: RootContent['position'] } | undefined;
  if (!first || !opens(first) || !/\sdisplay\s*=\s*["']block["']/.test(first.value ?? '') || !paragraph.position) return undefined;
  const text = ctx.source.slice(paragraph.position.start.offset, paragraph.position.end.offset);
  const close = text.lastIndexOf('</math>');
  if (close < 0) return undefined;
  const rest = text.slice(close + '</math>'.length).trim();
  const label = rest ? /^\{#([^\s{}]*)\}$/.exec(rest)?.[1] : undefined;
  if (rest && label === undefined) return undefined;
  return displayMathml(text.slice(0, close + '</math>'.length), paragraph, label, ctx);
}

/** An HTML block that is a `<math>` element (written over several lines). */
export function displayMathmlBlock(node: { type: string; value: string; position?: RootContent['position'] }, ctx: ConvertContext): DisplayFormula[] | undefined {
  if (!opens(node)) return undefined;
  const close = node.value.lastIndexOf('</math>');
  const rest = close < 0 ? '' : node.value.slice(close + '</math>'.length).trim();
  const label = rest ? /^\{#([^\s{}]*)\}$/.exec(rest)?.[1] : undefined;
  return displayMathml(close < 0 ? node.value : node.value.slice(0, close + '</math>'.length), node, label, ctx);
}

function displayMathml(raw: string, node: { position?: RootContent['position'] }, label: string | undefined, ctx: ConvertContext): DisplayFormula[] {
  const position = positionOf(ctx, node);
  const checked = checkMathml(raw);
  if ('problem' in checked) {
    ctx.report('formula-mathml', checked.problem, position);
    return [];
  }
  if (label !== undefined && !formulaLabelSyntax.test(label)) {
    ctx.report('formula-label', `Unexpected label \`{#${label}}\` after a formula, expected \`{#eq:name}\``, position);
    label = undefined;
  }
  const mathml = /\sdisplay=/.test(checked.mathml.slice(0, checked.mathml.indexOf('>'))) ? checked.mathml : checked.mathml.replace(/^<math/, '<math display="block"');
  const id = `eq${++ctx.counters.formula}`;
  const number = label ? ++ctx.counters.equation : undefined;
  return [{ type: 'displayFormula', id, ...(label ? { label, number } : {}), mathml, position }];
}
