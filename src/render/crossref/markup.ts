// Inline and block nodes as the Crossref deposit can carry them: titles take
// Crossref's face markup (<i>, <b> …), abstracts take JATS in the jats: namespace,
// citations plain text. One handler per node type, checked for completeness.
import type { Block, Inline } from '../../model/types.js';
import type { MarkKind } from '../../model/types.js';
import { prefixedMathml } from '../mathml.js';
import { citationInlines } from '../../model/citation-parts.js';
import { escapeXml } from '../xml-escape.js';

/** Crossref face markup and JATS elements of the inline marks. */
const faceTags: Record<MarkKind, string> = { superscript: 'sup', subscript: 'sub', smallcaps: 'scp', underline: 'u' };
const jatsMarks: Record<MarkKind, string> = { superscript: 'sup', subscript: 'sub', smallcaps: 'sc', underline: 'underline' };

type InlineHandlers = { [K in Inline['type']]: (node: Extract<Inline, { type: K }>) => string };
type BlockHandlers = { [K in Block['type']]: (node: Extract<Block, { type: K }>) => string };

function inlineRenderer(handlers: InlineHandlers): (nodes: Inline[]) => string {
  const render = (nodes: Inline[]): string =>
    nodes.map((node) => (handlers[node.type] as (n: Inline) => string)(node)).join('');
  return render;
}

/** Plain text (citations, names, comparisons). Footnote calls carry no text of their own. */
export { plainText } from '../../model/plain-text.js';

/** Crossref face markup for <title> (escaped, ready to insert). */
export const faceMarkup: (nodes: Inline[]) => string = inlineRenderer({
  text: (n) => escapeXml(n.value),
  emphasis: (n) => `<i>${faceMarkup(n.children)}</i>`,
  strong: (n) => `<b>${faceMarkup(n.children)}</b>`,
  link: (n) => faceMarkup(n.children),
  inlineCode: (n) => `<tt>${escapeXml(n.value)}</tt>`,
  // A call in a title points at a note the deposit does not carry.
  footnoteRef: () => '',
  citation: (n) => faceMarkup(citationInlines(n)),
  crossRef: (n) => escapeXml(n.text),
  field: (n) => faceMarkup(n.children),
  mark: (n) => `<${faceTags[n.mark]}>${faceMarkup(n.children)}</${faceTags[n.mark]}>`,
  // Crossref's face markup admits MathML (mml: prefix): the deposit is then checked against the full MathML schema.
  inlineFormula: (n) => prefixedMathml(n.mathml),
});

/** JATS inline content in the jats: namespace (escaped, ready to insert). */
export const jatsInline: (nodes: Inline[]) => string = inlineRenderer({
  text: (n) => escapeXml(n.value),
  emphasis: (n) => `<jats:italic>${jatsInline(n.children)}</jats:italic>`,
  strong: (n) => `<jats:bold>${jatsInline(n.children)}</jats:bold>`,
  link: (n) => jatsInline(n.children),
  inlineCode: (n) => `<jats:monospace>${escapeXml(n.value)}</jats:monospace>`,
  footnoteRef: () => '',
  citation: (n) => jatsInline(citationInlines(n)),
  crossRef: (n) => escapeXml(n.text),
  field: (n) => jatsInline(n.children),
  mark: (n) => `<jats:${jatsMarks[n.mark]}>${jatsInline(n.children)}</jats:${jatsMarks[n.mark]}>`,
  inlineFormula: (n) => `<jats:inline-formula>${prefixedMathml(n.mathml)}</jats:inline-formula>`,
});

const blockHandlers: BlockHandlers = {
  paragraph: (n) => `<jats:p>${jatsInline(n.children)}</jats:p>`,
  section: (n) => `<jats:sec><jats:title>${jatsInline(n.title)}</jats:title>${jatsBlocks(n.children)}</jats:sec>`,
  // An abstract holds no figures; its caption is the only text worth keeping.
  figure: (n) => `<jats:p>${jatsInline(n.caption)}</jats:p>`,
  blockquote: (n) => `<jats:disp-quote>${jatsBlocks(n.children)}${n.attribution ? `<jats:attrib>${jatsInline(n.attribution)}</jats:attrib>` : ''}</jats:disp-quote>`,
  list: (n) =>
    `<jats:list list-type="${n.ordered ? 'order' : 'bullet'}">${n.items
      .map((item) => `<jats:list-item>${jatsBlocks(item)}</jats:list-item>`)
      .join('')}</jats:list>`,
  // The loader refuses tables outside the body; an abstract never holds one.
  table: (n) => `<jats:p>${jatsInline(n.caption)}</jats:p>`,
  displayFormula: (n) => `<jats:disp-formula>${prefixedMathml(n.mathml)}</jats:disp-formula>`,
  verse: (n) => `<jats:verse-group>${n.stanzas.flat().map((line) => `<jats:verse-line>${jatsInline(line)}</jats:verse-line>`).join('')}</jats:verse-group>`,
  box: (n) => jatsBlocks(n.children),
  definitionList: (n) =>
    `<jats:def-list>${n.items.map((item) => `<jats:def-item><jats:term>${jatsInline(item.term)}</jats:term>${item.definitions.map((d) => `<jats:def><jats:p>${jatsInline(d)}</jats:p></jats:def>`).join('')}</jats:def-item>`).join('')}</jats:def-list>`,
  figureGroup: (n) => `<jats:p>${jatsInline(n.caption)}</jats:p>`,
  // An abstract has no appendices (the loader refuses one outside the body).
  appendix: (n) => jatsBlocks(n.children),
};

/** JATS block content (abstract paragraphs) in the jats: namespace. */
export function jatsBlocks(blocks: Block[]): string {
  return blocks.map((block) => (blockHandlers[block.type] as (b: Block) => string)(block)).join('');
}
