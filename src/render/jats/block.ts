// One handler per block node type; the compiler checks the table is complete.
// Each block starts on its own line so schema errors point at a useful line.
import type { Block } from '../../model/types.js';
import { renderAppendix } from './handlers/appendix.js';
import { renderBox } from './handlers/box.js';
import { renderDefinitionList } from './handlers/definition-list.js';
import { renderFigure } from './handlers/figure.js';
import { renderFigureGroup } from './handlers/figure-group.js';
import { renderDisplayFormula } from './handlers/formula.js';
import { renderBlockQuote, renderVerse } from './handlers/quote.js';
import { renderList } from './handlers/list.js';
import { renderSection } from './handlers/section.js';
import { renderTable } from './handlers/table.js';
import { JatsUnknownNodeError } from './errors.js';
import type { Handler, JatsState } from './state.js';

const blockHandlers = {
  paragraph: (node, state) => `<p>${state.inlines(node.children, state)}</p>`,
  section: renderSection,
  figure: renderFigure,
  blockquote: renderBlockQuote,
  list: renderList,
  table: renderTable,
  displayFormula: renderDisplayFormula,
  verse: renderVerse,
  box: renderBox,
  definitionList: renderDefinitionList,
  figureGroup: renderFigureGroup,
  appendix: renderAppendix,
} satisfies { [T in Block['type']]: Handler<Extract<Block, { type: T }>> };

export function renderBlocks(nodes: Block[], state: JatsState): string {
  return nodes.map((node) => handlerFor(node)(node, state)).join('\n');
}

function handlerFor(node: Block): Handler<Block> {
  const handler = (blockHandlers as Record<string, Handler<Block> | undefined>)[node.type];
  if (!handler) throw new JatsUnknownNodeError(String(node.type), Object.keys(blockHandlers), node.position);
  return handler;
}
