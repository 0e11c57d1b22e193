// Entry points for turning Markdown (the body, abstracts, titles) into model nodes.
// One converter per article, so citation, figure and section ids are unique across it.
import type { Block, Footnote, Inline, Position } from '../../model/types.js';
import type { RuleId } from '../../checks/catalogue/index.js';
import { LineIndex, type TextOrigin } from '../text-positions.js';
import { convertBlocks, convertBody } from './blocks.js';
import type { ConvertContext } from './context.js';
import { FootnoteRegistry } from './footnotes.js';
import { convertInlines } from './inline.js';
import { attachFormulaLabels } from './math.js';
import { parseMarkdown } from './parse.js';

export interface MarkdownConverter {
  /** The article body: sections, figures, footnote calls. */
  body(text: string, origin: TextOrigin): { blocks: Block[]; footnotes: Footnote[] };
  /** A Markdown snippet from the metadata (abstract): blocks, no sections or footnotes. */
  blocks(text: string, origin: TextOrigin): Block[];
  /** A one-line snippet (title): inline nodes only. */
  inlines(text: string, origin: TextOrigin): Inline[];
}

/** The mdast tree with `{#eq:…}` label lines attached to their formulas. */
function parsed(text: string) {
  const root = parseMarkdown(text);
  attachFormulaLabels(root, text);
  return root;
}

export function createMarkdownConverter(options: { dir: string; report: (rule: RuleId, message: string, position?: Position) => void; locatorLabels?: Record<string, string> }): MarkdownConverter {
  const counters = { citation: 0, figure: 0, table: 0, formula: 0, equation: 0, appendix: 0, box: 0, figureGroup: 0 };
  const sectionIds = new Set<string>();
  const tableLabels = new Map<string, Position | undefined>();
  const context = (text: string, origin: TextOrigin): ConvertContext => ({
    dir: options.dir,
    file: origin.file,
    source: text,
    lines: new LineIndex(text, origin),
    report: options.report,
    footnotes: new FootnoteRegistry(),
    counters,
    sectionIds,
    tableLabels,
    locatorLabels: options.locatorLabels,
  });

  /** Snippets in metadata cannot carry footnotes: they have nowhere to be printed. */
  const noFootnotes = (ctx: ConvertContext) => {
    const notes = ctx.footnotes.finish(ctx, () => []);
    if (notes.length)
      ctx.report('body-unsupported-node', 'Unexpected footnote in front-matter text, expected footnotes only in the body', notes[0].position);
  };

  return {
    body(text, origin) {
      const ctx = context(text, origin);
      const blocks = convertBody(parsed(text).children, ctx);
      const footnotes = ctx.footnotes.finish(ctx, (node) => convertBlocks(node.children, ctx));
      return { blocks, footnotes };
    },
    blocks(text, origin) {
      const ctx = context(text, origin);
      const blocks = convertBlocks(parsed(text).children, ctx);
      noFootnotes(ctx);
      // An abstract is one run of text in every record that carries it (Crossref, eLIBRARY, OJS).
      for (const block of blocks)
        if (block.type === 'table') ctx.report('body-unsupported-node', 'Unexpected table in front-matter text, expected tables only in the body', block.position);
      return blocks.filter((block) => block.type !== 'table');
    },
    inlines(text, origin) {
      const ctx = context(text, origin);
      const [first, ...rest] = parsed(text).children;
      if (first && (first.type !== 'paragraph' || rest.length))
        ctx.report('meta-type', 'Unexpected block structure in a one-line field, expected text with inline Markdown only', ctx.lines.point(1, 1));
      const inlines = first?.type === 'paragraph' ? convertInlines(first.children, ctx) : [];
      noFootnotes(ctx);
      return inlines;
    },
  };
}
