// `:::name[label]{#id}` containers: epigraph, verse, box, figure group,
// appendix. Each checks its own attributes; the label (`[…]`) is a title or
// caption. A quotation's last paragraph starting with a dash is its attribution.
import type { ContainerDirective } from 'mdast-util-directive';
import type { Paragraph as MdParagraph, RootContent } from 'mdast';
import type { Appendix, Block, BlockQuote, Box, Figure, FigureGroup, Inline, Verse } from '../../model/types.js';
import type { ConvertContext } from './context.js';
import { positionOf } from './context.js';
import { toFigure } from './figures.js';
import { convertInlines } from './inline.js';
import { splitLines, stripLead, trimEnd } from './lines.js';

type Blocks = (nodes: RootContent[], ctx: ConvertContext) => Block[];

/** The dash that opens an attribution line: `— Pushkin`, `-- Pushkin`. */
const attributionLead = /^(?:—|―|--)\s*/;

export interface ContainerParts {
  label: Inline[];
  children: RootContent[];
  id?: string;
}

/**
 * The `[label]`, the other children and the `#id`. `idPrefix` is what the id must
 * start with (`app:`); any class or key=value is reported (none is defined).
 */
export function containerParts(node: ContainerDirective, ctx: ConvertContext, idPrefix?: string): ContainerParts {
  const [first, ...rest] = node.children;
  const labelled = first?.type === 'paragraph' && (first.data as { directiveLabel?: boolean } | undefined)?.directiveLabel;
  const label = labelled ? convertInlines((first as MdParagraph).children, ctx) : [];
  const attributes = node.attributes ?? {};
  const id = attributes.id ?? undefined;
  for (const key of Object.keys(attributes))
    if (key !== 'id')
      ctx.report('container-attribute', `Unexpected attribute \`${key === 'class' ? `.${attributes[key]}` : key}\` on \`:::${node.name}\`, expected only \`{#${idPrefix ?? ''}name}\``, positionOf(ctx, node));
  if (id !== undefined && idPrefix && !id.startsWith(idPrefix))
    ctx.report('container-attribute', `Unexpected id \`#${id}\` on \`:::${node.name}\`, expected \`{#${idPrefix}name}\``, positionOf(ctx, node));
  return { label, children: labelled ? rest : node.children, id: id || undefined };
}

/** Splits off a last paragraph that starts with a dash. */
export function withAttribution(blocks: Block[]): { blocks: Block[]; attribution?: Inline[] } {
  const last = blocks[blocks.length - 1];
  const text = last?.type === 'paragraph' ? stripLead(last.children, attributionLead) : undefined;
  return text?.length ? { blocks: blocks.slice(0, -1), attribution: text } : { blocks };
}

export function quotation(children: Block[], position: BlockQuote['position'], epigraph = false): BlockQuote {
  const { blocks, attribution } = withAttribution(children);
  return { type: 'blockquote', children: blocks, ...(attribution ? { attribution } : {}), ...(epigraph ? { epigraph } : {}), position };
}

/** An id the outputs can use, from the author's label (`box:sources` → `box-sources`). */
const labelId = (label: string) => label.replace(/:/g, '-');

export function containerHandlersFor(convertBlocks: Blocks, convertBody: Blocks) {
  return {
    epigraph: (node: ContainerDirective, ctx: ConvertContext): Block[] => {
      const parts = containerParts(node, ctx);
      return [quotation(convertBlocks(parts.children, ctx), positionOf(ctx, node), true)];
    },
    verse: (node: ContainerDirective, ctx: ConvertContext): Block[] => {
      const parts = containerParts(node, ctx);
      const stanzas: Inline[][][] = [];
      for (const child of parts.children) {
        if (child.type !== 'paragraph') {
          ctx.report('container-content', `Unexpected ${child.type} in \`:::verse\`, expected lines of verse (stanzas separated by blank lines)`, positionOf(ctx, child));
          continue;
        }
        stanzas.push(splitLines(convertInlines(child.children, ctx)).map(trimEnd).filter((line) => line.length));
      }
      const lastStanza = stanzas[stanzas.length - 1];
      const attributed = lastStanza?.length === 1 ? stripLead(lastStanza[0], attributionLead) : undefined;
      if (attributed?.length) stanzas.pop();
      const verse: Verse = { type: 'verse', stanzas, ...(attributed?.length ? { attribution: attributed } : {}), position: positionOf(ctx, node) };
      return [verse];
    },
    box: (node: ContainerDirective, ctx: ConvertContext): Block[] => {
      const parts = containerParts(node, ctx, 'box:');
      const number = ++ctx.counters.box;
      const box: Box = { type: 'box', id: parts.id ? labelId(parts.id) : `box${number}`, ...(parts.id ? { label: parts.id } : {}), title: parts.label, children: convertBlocks(parts.children, ctx), position: positionOf(ctx, node) };
      return [box];
    },
    'figure-group': (node: ContainerDirective, ctx: ConvertContext): Block[] => {
      const parts = containerParts(node, ctx, 'fig:');
      const figures: Figure[] = [];
      for (const child of parts.children) {
        const image = child.type === 'paragraph' ? child.children.filter((c) => !(c.type === 'text' && !c.value.trim())) : [];
        if (image.length === 1 && image[0].type === 'image') figures.push(toFigure(image[0], ctx));
        else ctx.report('container-content', `Unexpected ${child.type === 'paragraph' ? 'text' : child.type} in \`:::figure-group\`, expected only figures \`![caption](file)\`, one per paragraph`, positionOf(ctx, child));
      }
      if (!figures.length) ctx.report('container-content', 'Unexpected `:::figure-group` without figures, expected at least one `![caption](file)`', positionOf(ctx, node));
      const number = ++ctx.counters.figureGroup;
      const group: FigureGroup = { type: 'figureGroup', id: parts.id ? labelId(parts.id) : `figgrp${number}`, ...(parts.id ? { label: parts.id } : {}), caption: parts.label, figures, position: positionOf(ctx, node) };
      return [group];
    },
    // Reached only below the top level of the body (convertBody takes the others).
    appendix: (node: ContainerDirective, ctx: ConvertContext): Block[] => {
      ctx.report('appendix-position', 'Unexpected `:::appendix` inside another construct or outside the body, expected it at the top level of the body, after the text', positionOf(ctx, node));
      return [];
    },
  };
}

/** A top-level `:::appendix[Title]{#app:name}`; its content may hold `##` sections. */
export function toAppendix(node: ContainerDirective, ctx: ConvertContext, convertBody: Blocks): Appendix {
  const parts = containerParts(node, ctx, 'app:');
  const number = ++ctx.counters.appendix;
  return {
    type: 'appendix',
    id: parts.id ? labelId(parts.id) : `app${number}`,
    ...(parts.id ? { label: parts.id } : {}),
    number,
    title: parts.label,
    children: convertBody(parts.children, ctx),
    position: positionOf(ctx, node),
  };
}
