// mdast block content → Galley blocks: one handler per node type, checked for
// completeness by the compiler. `##` headings open nested sections.
import type { ContainerDirective } from 'mdast-util-directive';
import type { BlockContentMap, DefinitionContentMap, Heading, Paragraph as MdParagraph, RootContent } from 'mdast';
import { plainText } from '../../model/plain-text.js';
import type { Appendix, Block, Section } from '../../model/types.js';
import { containerHandlersFor, quotation, toAppendix } from './containers.js';
import { definitionParagraph, pushBlocks } from './definitions.js';
import { convertMathBlock, displayMathParagraph } from './math.js';
import { displayMathmlBlock, displayMathmlParagraph } from './mathml.js';
import type { ConvertContext } from './context.js';
import { positionOf, reportUnsupported, sourceText } from './context.js';
import { toFigure } from './figures.js';
import { convertInlines, mergeDirectiveText } from './inline.js';
import { takeTrailingLabel } from './labels.js';
import { takeTable } from './tables.js';

type BlockHandler<N> = (node: N, ctx: ConvertContext) => Block[];

/**
 * `:::name{#id .class key="value"}` … `:::` containers by name (epigraph, verse, appendix …).
 * Each construct registers its handler here; an unknown name is a diagnostic.
 */
export const containerHandlers: Record<string, BlockHandler<ContainerDirective>> = {};
type BlockNodes = BlockContentMap & DefinitionContentMap;

const blockExpected = 'paragraphs, ## sections, lists, block quotes, figures, $$ formulas, ::: containers or footnotes';
const unsupported: BlockHandler<RootContent> = (node, ctx) => {
  reportUnsupported(ctx, node, blockExpected);
  return [];
};

export const blockHandlers = {
  paragraph: (node, ctx) => paragraphOrFigure(node, ctx),
  blockquote: (node, ctx) => [quotation(convertBlocks(node.children, ctx), positionOf(ctx, node))],
  list: (node, ctx) => [
    {
      type: 'list',
      ordered: Boolean(node.ordered),
      items: node.children.map((item) => convertBlocks(item.children, ctx)),
      position: positionOf(ctx, node),
    },
  ],
  footnoteDefinition: (node, ctx) => {
    ctx.footnotes.define(node, ctx);
    return [];
  },
  // Only reached for headings outside the top level (in a quote or list): sections
  // are built by convertBody, which sees the top-level headings first.
  heading: (node, ctx) => {
    reportUnsupported(ctx, node, 'a `##` heading at the start of a line, outside quotes and lists');
    return [];
  },
  code: unsupported,
  // Raw HTML is refused, except a `<math>` element (docs/source-format.md, MathML).
  html: (node, ctx) => displayMathmlBlock(node, ctx) ?? unsupported(node, ctx),
  // Reached only for a table nothing else took (takeTable sees tables with their captions first).
  table: (node, ctx) => takeTable([node], 0, ctx)?.blocks ?? [],
  math: (node, ctx) => convertMathBlock(node, ctx),
  containerDirective: (node, ctx) => {
    const handler = containerHandlers[node.name];
    if (handler) return handler(node, ctx);
    ctx.report('body-unsupported-node', `Unexpected container \`:::${node.name}\`, expected one of ${Object.keys(containerHandlers).map((n) => `\`:::${n}\``).join(', ') || 'no container (none is defined yet)'}`, positionOf(ctx, node));
    return [];
  },
  // `::name` on a line of its own is text the author typed, not markup.
  leafDirective: (node, ctx) => [{ type: 'paragraph', children: [sourceText(node, ctx)], position: positionOf(ctx, node) }],
  thematicBreak: unsupported,
  definition: unsupported,
} satisfies { [K in keyof BlockNodes]: BlockHandler<BlockNodes[K]> };

export function convertBlocks(nodes: RootContent[], ctx: ConvertContext): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const table = takeTable(nodes, i, ctx);
    if (table) {
      out.push(...table.blocks);
      i += table.taken - 1;
      continue;
    }
    const node = nodes[i];
    const handler = (blockHandlers as Record<string, BlockHandler<RootContent> | undefined>)[node.type] ?? unsupported;
    pushBlocks(out, handler(node, ctx));
  }
  return out;
}

/** Top level of the body: headings of depth 2+ nest what follows them into sections. */
export function convertBody(nodes: RootContent[], ctx: ConvertContext): Block[] {
  const body: Block[] = [];
  const open: Section[] = [];
  const container = () => (open.length ? open[open.length - 1].children : body);
  let appendix: Appendix | undefined;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node.type === 'containerDirective' && node.name === 'appendix') {
      // An appendix closes every open section: it follows the text, never a part of it.
      open.length = 0;
      appendix = toAppendix(node, ctx, convertBody);
      body.push(appendix);
      continue;
    }
    if (appendix && node.type !== 'footnoteDefinition') {
      ctx.report('appendix-position', `Unexpected text after \`:::appendix\` (line ${appendix.position?.line ?? '?'}), expected appendices after the text of the article, or this inside the appendix`, positionOf(ctx, node));
      continue;
    }
    if (node.type !== 'heading') {
      // A table takes its caption line and notes with it (and, for HTML, the rest of its text).
      const table = takeTable(nodes, i, ctx);
      if (table) i += table.taken - 1;
      pushBlocks(container(), table?.blocks ?? convertBlocks([node], ctx));
      continue;
    }
    if (node.depth < 2) {
      reportUnsupported(ctx, node, '`##` or deeper (`#` is reserved for the title, which lives in the front matter)');
      continue;
    }
    while (open.length && open[open.length - 1].depth >= node.depth) open.pop();
    const section = toSection(node, ctx);
    container().push(section);
    open.push(section);
  }
  return body;
}

function toSection(node: Heading, ctx: ConvertContext): Section {
  const { children, label } = takeTrailingLabel(mergeDirectiveText(node.children, ctx), ctx, 'sec', 'heading');
  const title = convertInlines(children, ctx);
  const section: Section = { type: 'section', id: sectionId(plainText(title), ctx), depth: node.depth, title, children: [], position: positionOf(ctx, node) };
  if (label) section.label = label;
  return section;
}

/** Ids from the heading text (letters of any script are valid in XML ids), made unique in order. */
function sectionId(text: string, ctx: ConvertContext): string {
  const slug = text.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 48).replace(/-+$/, '');
  const base = `sec-${slug || ctx.sectionIds.size + 1}`;
  let id = base;
  for (let n = 2; ctx.sectionIds.has(id); n++) id = `${base}-${n}`;
  ctx.sectionIds.add(id);
  return id;
}

/** A paragraph is a figure, a display formula, a definition-list item or text. */
function paragraphOrFigure(node: MdParagraph, ctx: ConvertContext): Block[] {
  const meaningful = mergeDirectiveText(node.children, ctx).filter((c) => !(c.type === 'text' && !c.value.trim()));
  if (meaningful[0]?.type === 'image' && meaningful.length <= 2) {
    const { children, label } = takeTrailingLabel(meaningful, ctx, 'fig', 'figure');
    if (children.length === 1) return [toFigure(meaningful[0], ctx, label)];
  }
  const formula = displayMathParagraph(node.children, node, ctx) ?? displayMathmlParagraph(meaningful, node, ctx);
  if (formula) return formula;
  const children = convertInlines(node.children, ctx);
  return [definitionParagraph(node, children, ctx) ?? { type: 'paragraph', children, position: positionOf(ctx, node) }];
}

Object.assign(containerHandlers, containerHandlersFor(convertBlocks, convertBody));
