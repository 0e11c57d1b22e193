// The XHTML cell both HTML table renderers write (the site's and the print
// layout's): th or td, scope, spans, alignment class; the content is theirs.
import type { TableCell } from '../model/types.js';

export function tableCellHtml(cell: TableCell, content: string): string {
  const tag = cell.header ? 'th' : 'td';
  const attrs = [
    cell.scope ? ` scope="${cell.scope}"` : '',
    cell.colspan > 1 ? ` colspan="${cell.colspan}"` : '',
    cell.rowspan > 1 ? ` rowspan="${cell.rowspan}"` : '',
    cell.align ? ` class="align-${cell.align}"` : '',
  ].join('');
  return `<${tag}${attrs}>${content}</${tag}>`;
}
