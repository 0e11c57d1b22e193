// Author proofs: the print layout of the final article, unchanged, with line
// numbers in the inner margin, a "Proof" mark on every page and the build's
// diagnostics on a page of their own at the end. A proof is a working copy for
// the author: it is written beside the galleys (`<id>.proof.pdf`), never
// deposited and never part of an issue.
import { relative } from 'node:path';
import { sortDiagnostics, type Diagnostic } from '../checks/diagnostic.js';
import type { Article } from '../model/types.js';
import type { RenderContext } from '../render/context.js';
import { fontPackageDir } from '../render/print/fonts.js';
import { renderPrintHtmlChecked } from '../render/print/index.js';
import { escapeHtml } from '../render/xml-escape.js';
import { pagedjsDir } from './paged-run.js';
import { pdfMetadata } from './pdf-metadata.js';
import { pdfErrorDiagnostics, type PdfRender } from './render-pdf.js';
import type { PdfPrinter } from './print-job.js';
import { printSettings } from './print-profile.js';

/** The proof's own styles: the line numbers and the mark sit in the margins, so the pages break exactly as in the galley. */
const proofCss = `
.proof-line { position: absolute; width: 6mm; text-align: right; font-size: 6.5pt; line-height: 1; color: #555; font-style: normal; font-weight: 400; }
.proof-mark { position: absolute; top: 6mm; font: 700 7pt/1 sans-serif; letter-spacing: 0.08em; color: #b00; text-transform: uppercase; }
.proof-diagnostics { break-before: page; font-size: 8.5pt; line-height: 1.3; }
.proof-diagnostics h2 { font-size: 1em; margin: 0 0 3mm; text-align: left; }
.proof-diagnostics li { text-align: left; margin-bottom: 1.5mm; text-indent: 0; }
.proof-diagnostics .where { font-family: monospace; }
`;

/** Line numbers per page (counted from 1 on each page) and the mark, added once paged.js has laid out the pages. */
export function proofScript(mark: string): string {
  return `(() => {
  const mm = 96 / 25.4;
  const mark = ${JSON.stringify(mark)};
  for (const page of document.querySelectorAll('.pagedjs_page')) {
    const content = page.querySelector('.pagedjs_area');
    if (!content) continue;
    if (getComputedStyle(page).position === 'static') page.style.position = 'relative';
    const origin = page.getBoundingClientRect();
    const box = content.getBoundingClientRect();
    const lines = [];
    if (!page.querySelector('.proof-diagnostics')) {
      const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.data.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const r of range.getClientRects()) {
          if (r.width < 1 || r.height < 1 || r.bottom > box.bottom + 1) continue;
          const middle = (r.top + r.bottom) / 2;
          const line = lines.find((l) => middle >= l.top && middle <= l.bottom);
          if (line) { line.top = Math.min(line.top, r.top); line.bottom = Math.max(line.bottom, r.bottom); }
          else lines.push({ top: r.top, bottom: r.bottom });
        }
      }
    }
    lines.sort((a, b) => a.top - b.top);
    lines.forEach((line, i) => {
      const n = document.createElement('span');
      n.className = 'proof-line';
      n.textContent = String(i + 1);
      n.style.top = (line.bottom - origin.top - 6.5 * 96 / 72 * 1.05) + 'px';
      n.style.left = (box.left - origin.left - 8 * mm) + 'px';
      page.appendChild(n);
    });
    const m = document.createElement('span');
    m.className = 'proof-mark';
    m.textContent = mark;
    m.style.left = (box.left - origin.left) + 'px';
    page.appendChild(m);
  }
  return true;
})()`;
}

/** The diagnostics page: every problem of the build, or a line saying there were none. */
export function diagnosticsSection(diagnostics: Diagnostic[], root: string, lang: string): string {
  const title = lang === 'ru' ? 'Замечания сборки' : 'Build diagnostics';
  const none = lang === 'ru' ? 'Замечаний нет.' : 'No diagnostics.';
  const items = sortDiagnostics(diagnostics).map((d) => {
    const where = d.position ? `${relative(root, d.position.file) || d.position.file}:${d.position.line}:${d.position.column}` : '-';
    return `<li><span class="where">${escapeHtml(where)}</span> ${escapeHtml(d.severity)} <span class="where">${escapeHtml(d.rule)}</span> ${escapeHtml(d.message)}</li>`;
  });
  return `<section class="proof-diagnostics" lang="en"><h2>${escapeHtml(title)}</h2>${items.length ? `<ol>${items.join('')}</ol>` : `<p>${escapeHtml(none)}</p>`}</section>`;
}

/** The proof of a final article; `diagnostics` are the build's, printed on the last page. */
export async function renderProof(article: Article, ctx: RenderContext, printer: PdfPrinter, diagnostics: Diagnostic[]): Promise<PdfRender> {
  const firstPage = article.meta.pages.first ?? 1;
  try {
    const print = printSettings(ctx.profile);
    const rendered = renderPrintHtmlChecked(article, ctx);
    const html = rendered.html
      .replace('</head>', `<style data-role="proof">${proofCss}</style>\n</head>`)
      .replace('</article>', `</article>\n${diagnosticsSection(diagnostics, ctx.profile.root, article.meta.lang)}`);
    const mark = `${article.meta.lang === 'ru' ? 'Корректура' : 'Proof'} · ${article.id}`;
    const metadata = pdfMetadata(article, ctx.profile, ctx.clock);
    metadata.titles = metadata.titles.map((t) => ({ ...t, text: `${mark}: ${t.text}` }));
    const layout = await printer.print({
      html,
      fileName: `${article.id}.proof.html`,
      roots: [article.dir, pagedjsDir, fontPackageDir(print.fonts.body), fontPackageDir(print.fonts.heading)],
      layout: { firstPage, timeoutSeconds: print.layoutTimeout, what: `${article.id} (proof)`, finishingScript: proofScript(mark) },
      finish: { metadata },
    });
    return { pdf: layout.pdf, pageCount: layout.pageCount, diagnostics: rendered.diagnostics };
  } catch (error) {
    return { pdf: new Uint8Array(0), pageCount: 0, diagnostics: pdfErrorDiagnostics(error, { file: article.file, line: 1, column: 1 }) };
  }
}
