// Pandoc's compact definition lists, one paragraph per term:
//
//     Term
//     :   Definition (continuation lines follow lazily)
//     :   A second definition
//
// Consecutive terms make one list (mergeDefinitionLists). A paragraph whose
// first line is a definition, or a term on two lines, is reported.
import type { Paragraph as MdParagraph } from 'mdast';
import type { Block, DefinitionList, Inline } from '../../model/types.js';
import type { ConvertContext } from './context.js';
import { positionOf } from './context.js';
import { splitLines, stripLead, trimEnd } from './lines.js';

const definitionLead = /^:[ \t]+/;

const isDefinitionLine = (line: Inline[]) => line[0]?.type === 'text' && definitionLead.test(line[0].value);

/** The paragraph as a one-term definition list, or undefined when it is ordinary text. */
export function definitionParagraph(node: MdParagraph, inlines: Inline[], ctx: ConvertContext): DefinitionList | undefined {
  const lines = splitLines(inlines);
  const starts = lines.map(isDefinitionLine);
  if (!starts.some(Boolean)) return undefined;
  if (starts[0]) {
    ctx.report('definition-list-syntax', 'Unexpected definition `: …` without a term, expected the term on the line before it', positionOf(ctx, node));
    return undefined;
  }
  if (!starts[1]) {
    ctx.report('definition-list-syntax', 'Unexpected term on more than one line, expected the term on one line with `:   definition` on the next', positionOf(ctx, node));
    return undefined;
  }
  const definitions: Inline[][] = [];
  for (let i = 1; i < lines.length; i++) {
    if (starts[i]) definitions.push(stripLead(lines[i], definitionLead) ?? []);
    // A lazy continuation line joins the definition it continues, with a space.
    else definitions[definitions.length - 1].push({ type: 'text', value: ' ' }, ...lines[i]);
  }
  return {
    type: 'definitionList',
    items: [{ term: trimEnd(lines[0]), definitions: definitions.map(trimEnd), position: positionOf(ctx, node) }],
    position: positionOf(ctx, node),
  };
}

/** Appends blocks to `target`, joining a definition list to one right before it. */
export function pushBlocks(target: Block[], blocks: Block[]): void {
  for (const block of blocks) {
    const last = target[target.length - 1];
    if (block.type === 'definitionList' && last?.type === 'definitionList') target[target.length - 1] = { ...last, items: [...last.items, ...block.items] };
    else target.push(block);
  }
}
