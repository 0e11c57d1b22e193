// The print view for the browser: the print HTML the PDF is made from, its
// file:// URLs (fonts, figures) turned into preview URLs, and paged.js run on
// load the same way the PDF runner runs it (auto: false, then the counter repair).
import { fileURLToPath } from 'node:url';
import { afterLayoutScript } from '../pdf/paged-script.js';
import { printPaneScript } from './print-pane-script.js';

export const fileRoute = '/_fs';

export interface PrintPage {
  html: string;
  /** Local files the page may ask for (nothing else is served under /_fs). */
  files: Set<string>;
}

/** Screen-only frame so pages read as sheets of paper; print output is untouched. */
const sheetStyle = `<style media="screen">
  html, body { background: #8d8d8d; margin: 0; }
  .pagedjs_pages { display: flex; flex-direction: column; align-items: center; padding: 12px 0; gap: 12px; }
  .pagedjs_page { background: #fff; box-shadow: 0 1px 6px rgba(0, 0, 0, 0.35); }
</style>`;

/** Which article and which pages it should fill (the last page when the source or the record gives one). */
export interface PrintRange {
  articleId: string;
  firstPage: number;
  lastPage?: number;
}

export function printPage(printHtml: string, range: PrintRange, polyfillUrl: string, clientTag: string): PrintPage {
  const { firstPage } = range;
  const files = new Set<string>();
  const html = printHtml.replace(/file:\/\/\/[^"')\s<>]+/g, (url) => {
    const path = fileURLToPath(url);
    files.add(path);
    return `${fileRoute}${path.split('/').map(encodeURIComponent).join('/')}`;
  });
  const scripts =
    `${sheetStyle}\n<script>window.PagedConfig = { auto: false };</script>\n<script src="${polyfillUrl}"></script>\n` +
    `<script>window.addEventListener('load', function () { window.PagedPolyfill.preview().then(function () { ${afterLayoutScript(firstPage)}; ${printPaneScript(range.articleId, firstPage, range.lastPage)} document.documentElement.dataset.pagedDone = 'true'; }); });</script>\n` +
    `${clientTag}\n`;
  return { html: html.includes('</head>') ? html.replace('</head>', `${scripts}</head>`) : scripts + html, files };
}
