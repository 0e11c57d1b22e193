// The inline runs and block lists inside each block type, in reading order, so
// walkers (citations, counts, typography) reach every node of a new construct.
// One entry per block type: the compiler checks the table is complete.
import { mapTableInlines, tableInlineRuns } from './table-text.js';
import type { Block, Inline } from './types.js';

export interface BlockParts {
  inlines: Inline[][];
  blocks: Block[][];
}

type PartsOf = { [T in Block['type']]: (node: Extract<Block, { type: T }>) => BlockParts };

const attribution = (a: Inline[] | undefined): Inline[][] => (a ? [a] : []);

const parts: PartsOf = {
  paragraph: (n) => ({ inlines: [n.children], blocks: [] }),
  section: (n) => ({ inlines: [n.title], blocks: [n.children] }),
  figure: (n) => ({ inlines: [n.caption], blocks: [] }),
  blockquote: (n) => ({ inlines: attribution(n.attribution), blocks: [n.children] }),
  list: (n) => ({ inlines: [], blocks: n.items }),
  table: (n) => ({ inlines: tableInlineRuns(n), blocks: [] }),
  displayFormula: () => ({ inlines: [], blocks: [] }),
  verse: (n) => ({ inlines: [...n.stanzas.flat(), ...attribution(n.attribution)], blocks: [] }),
  box: (n) => ({ inlines: [n.title], blocks: [n.children] }),
  definitionList: (n) => ({ inlines: n.items.flatMap((item) => [item.term, ...item.definitions]), blocks: [] }),
  figureGroup: (n) => ({ inlines: [n.caption], blocks: [n.figures] }),
  appendix: (n) => ({ inlines: [n.title], blocks: [n.children] }),
};

/** Inline runs first (a title before its content), then child block lists. */
export function blockParts(block: Block): BlockParts {
  const get = (parts as Record<string, ((b: Block) => BlockParts) | undefined>)[block.type];
  return get ? get(block) : { inlines: [], blocks: [] };
}

type MapOf = { [T in Block['type']]: (node: Extract<Block, { type: T }>, f: PartMappers) => Extract<Block, { type: T }> };

export interface PartMappers {
  inlines(nodes: Inline[], role: 'text' | 'heading'): Inline[];
  blocks(nodes: Block[]): Block[];
}

const mapAttribution = (a: Inline[] | undefined, f: PartMappers) => (a ? f.inlines(a, 'text') : undefined);

const mappers: MapOf = {
  paragraph: (n, f) => ({ ...n, children: f.inlines(n.children, 'text') }),
  section: (n, f) => ({ ...n, title: f.inlines(n.title, 'heading'), children: f.blocks(n.children) }),
  figure: (n, f) => ({ ...n, caption: f.inlines(n.caption, 'text') }),
  blockquote: (n, f) => ({ ...n, children: f.blocks(n.children), attribution: mapAttribution(n.attribution, f) }),
  list: (n, f) => ({ ...n, items: n.items.map((item) => f.blocks(item)) }),
  table: (n, f) => mapTableInlines(n, (run) => f.inlines(run, 'text')),
  displayFormula: (n) => n,
  verse: (n, f) => ({ ...n, stanzas: n.stanzas.map((lines) => lines.map((line) => f.inlines(line, 'text'))), attribution: mapAttribution(n.attribution, f) }),
  box: (n, f) => ({ ...n, title: f.inlines(n.title, 'heading'), children: f.blocks(n.children) }),
  definitionList: (n, f) => ({ ...n, items: n.items.map((item) => ({ ...item, term: f.inlines(item.term, 'text'), definitions: item.definitions.map((d) => f.inlines(d, 'text')) })) }),
  figureGroup: (n, f) => ({ ...n, caption: f.inlines(n.caption, 'text'), figures: n.figures.map((fig) => ({ ...fig, caption: f.inlines(fig.caption, 'text') })) }),
  appendix: (n, f) => ({ ...n, title: f.inlines(n.title, 'heading'), children: f.blocks(n.children) }),
};

/** A copy of the block with its inline runs and child blocks replaced by the mappers' results. */
export function mapBlockParts<B extends Block>(block: B, f: PartMappers): B {
  const map = (mappers as Record<string, ((b: Block, f: PartMappers) => Block) | undefined>)[block.type];
  return (map ? map(block, f) : block) as B;
}
