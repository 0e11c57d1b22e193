// The XHTML cell every table renderer writes (the site's and the print
// layout's, and JATS's XHTML table model): th or td, scope, spans, alignment —
// a class for the HTML galleys' CSS, the align attribute in JATS; the content is theirs.
import type { TableCell } from '../model/types.js';

export function tableCellHtml(cell: TableCell, content: string, alignment: 'class' | 'attribute' = 'class'): string {
  const tag = cell.header ? 'th' : 'td';
  const attrs = [
    cell.scope ? ` scope="${cell.scope}"` : '',
    cell.colspan > 1 ? ` colspan="${cell.colspan}"` : '',
    cell.rowspan > 1 ? ` rowspan="${cell.rowspan}"` : '',
    cell.align ? (alignment === 'class' ? ` class="align-${cell.align}"` : ` align="${cell.align}"`) : '',
  ].join('');
  return `<${tag}${attrs}>${content}</${tag}>`;
}
