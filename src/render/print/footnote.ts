// A footnote's body sits inside a <span> in the running text (paged.js moves
// it to the foot of the page), so its blocks are spans shown as blocks: a
// <p> or <div> there would end the paragraph that holds the call.
import type { Block } from '../../model/types.js';
import { renderInlines } from './inline.js';
import { report, type PrintState } from './state.js';

export function footnoteBody(blocks: Block[], state: PrintState): string {
  let out = '';
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph':
        out += `<span class="fn-p">${renderInlines(block.children, state)}</span>`;
        break;
      case 'blockquote':
        out += `<span class="fn-quote">${footnoteBody(block.children, state)}${block.attribution ? `<span class="fn-p attribution">— ${renderInlines(block.attribution, state)}</span>` : ''}</span>`;
        break;
      case 'list':
        block.items.forEach((item, i) => {
          out += `<span class="fn-p fn-item">${block.ordered ? `${i + 1}. ` : '• '}${footnoteBody(item, state).replace(/^<span class="fn-p">|<\/span>$/g, '')}</span>`;
        });
        break;
      default:
        // Figures, sections, formulas, verse, boxes … cannot sit inside a note's <span>.
        report(state, 'body-unsupported-node', `Unexpected ${block.type} inside a footnote, expected paragraphs, quotes or lists`, block.position);
        break;
    }
  }
  return out;
}
