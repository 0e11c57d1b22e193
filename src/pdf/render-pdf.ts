// Article → finished PDF: print HTML, paged.js layout and pdf-lib finishing by
// the printer (print-job.ts), page checks. Failures come back as diagnostics, never thrown.
import type { Diagnostic } from '../checks/diagnostic.js';
import { ruleCatalogue } from '../checks/catalogue/index.js';
import type { Article } from '../model/types.js';
import type { RenderContext } from '../render/context.js';
import { fontPackageDir } from '../render/print/fonts.js';
import { renderPrintHtmlChecked } from '../render/print/index.js';
import { BrowserCrashError } from './browser.js';
import { BrowserNotFoundError } from './find-chromium.js';
import { BrowserLaunchError } from './cdp/launch.js';
import { checkPageCount, layoutDiagnostics } from './page-check.js';
import { LayoutScriptError, LayoutTimeoutError, pagedjsDir } from './paged-run.js';
import { pdfMetadata } from './pdf-metadata.js';
import type { PdfPrinter } from './print-job.js';
import { PrintProfileError, printSettings } from './print-profile.js';

export interface PdfRender {
  /** Empty when the layout failed (see diagnostics). */
  pdf: Uint8Array;
  pageCount: number;
  diagnostics: Diagnostic[];
}

/** @param options.draft only the page count is wanted: the PDF is Chromium's, not finished. */
export async function renderPdf(article: Article, ctx: RenderContext, printer: PdfPrinter, options: { draft?: boolean } = {}): Promise<PdfRender> {
  const firstPage = article.meta.pages.first ?? 1;
  const at = { file: article.file, line: 1, column: 1 };
  try {
    // Everything up to the job is synchronous: the job reaches the printer (on its
    // own thread) before the caller goes on to the text galleys.
    const print = printSettings(ctx.profile);
    const { html, diagnostics } = renderPrintHtmlChecked(article, ctx);
    const layout = await printer.print({
      html,
      fileName: `${article.id}.print.html`,
      roots: [article.dir, pagedjsDir, fontPackageDir(print.fonts.body), fontPackageDir(print.fonts.heading)],
      layout: { firstPage, timeoutSeconds: print.layoutTimeout, what: article.id },
      finish: options.draft ? undefined : { metadata: pdfMetadata(article, ctx.profile, ctx.clock), endingPageFromLayout: true },
    });
    diagnostics.push(...layoutDiagnostics(layout, firstPage, article.file, article), ...checkPageCount(article.meta, layout.pageCount, article.file, { pageStarts: layout.pageStarts, source: article }));
    return { pdf: layout.pdf, pageCount: layout.pageCount, diagnostics };
  } catch (error) {
    return { pdf: new Uint8Array(0), pageCount: 0, diagnostics: pdfErrorDiagnostics(error, at) };
  }
}

/** The typed failures of the PDF stage as diagnostics; anything else is a bug and is rethrown. */
export function pdfErrorDiagnostics(error: unknown, position: Diagnostic['position']): Diagnostic[] {
  const d = (rule: Diagnostic['rule']): Diagnostic[] => [{ rule, severity: ruleCatalogue[rule].severity, message: (error as Error).message, position }];
  if (error instanceof PrintProfileError) return error.diagnostics;
  if (error instanceof LayoutTimeoutError) return d('pdf-layout-timeout');
  if (error instanceof LayoutScriptError) return d('pdf-layout-failed');
  if (error instanceof BrowserCrashError) return d('pdf-browser-crash');
  // A Chromium that is there but does not start (a library missing, not a browser) is as good as none.
  if (error instanceof BrowserNotFoundError || error instanceof BrowserLaunchError) return d('pdf-browser-missing');
  throw error;
}
