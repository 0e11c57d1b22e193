// mdast block content → Galley blocks: one handler per node type, checked for
// completeness by the compiler. `##` headings open nested sections.
import type { ContainerDirective } from 'mdast-util-directive';
import type { BlockContentMap, DefinitionContentMap, Heading, Paragraph as MdParagraph, RootContent } from 'mdast';
import { plainText } from '../../model/plain-text.js';
import type { Block, Section } from '../../model/types.js';
import type { ConvertContext } from './context.js';
import { positionOf, reportUnsupported, sourceText } from './context.js';
import { toFigure } from './figures.js';
import { convertInlines, mergeDirectiveText } from './inline.js';
import { takeTrailingLabel } from './labels.js';

type BlockHandler<N> = (node: N, ctx: ConvertContext) => Block[];

/**
 * `:::name{#id .class key="value"}` … `:::` containers by name (epigraph, verse, appendix …).
 * Each construct registers its handler here; an unknown name is a diagnostic.
 */
export const containerHandlers: Record<string, BlockHandler<ContainerDirective>> = {};
type BlockNodes = BlockContentMap & DefinitionContentMap;

const blockExpected = 'paragraphs, ## sections, lists, block quotes, figures or footnotes';
const unsupported: BlockHandler<RootContent> = (node, ctx) => {
  reportUnsupported(ctx, node, blockExpected);
  return [];
};

export const blockHandlers = {
  paragraph: (node, ctx) => [paragraphOrFigure(node, ctx)],
  blockquote: (node, ctx) => [{ type: 'blockquote', children: convertBlocks(node.children, ctx), position: positionOf(ctx, node) }],
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
  html: unsupported,
  table: unsupported,
  math: unsupported,
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
  for (const node of nodes) {
    const handler = (blockHandlers as Record<string, BlockHandler<RootContent> | undefined>)[node.type] ?? unsupported;
    out.push(...handler(node, ctx));
  }
  return out;
}

/** Top level of the body: headings of depth 2+ nest what follows them into sections. */
export function convertBody(nodes: RootContent[], ctx: ConvertContext): Block[] {
  const body: Block[] = [];
  const open: Section[] = [];
  const container = () => (open.length ? open[open.length - 1].children : body);
  for (const node of nodes) {
    if (node.type !== 'heading') {
      container().push(...convertBlocks([node], ctx));
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

function paragraphOrFigure(node: MdParagraph, ctx: ConvertContext): Block {
  const meaningful = mergeDirectiveText(node.children, ctx).filter((c) => !(c.type === 'text' && !c.value.trim()));
  if (meaningful[0]?.type === 'image' && meaningful.length <= 2) {
    const { children, label } = takeTrailingLabel(meaningful, ctx, 'fig', 'figure');
    if (children.length === 1) return toFigure(meaningful[0], ctx, label);
  }
  return { type: 'paragraph', children: convertInlines(node.children, ctx), position: positionOf(ctx, node) };
}
