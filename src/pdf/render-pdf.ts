// Article → finished PDF: print HTML, paged.js layout in a pool page, pdf-lib
// finishing, page checks. Failures come back as diagnostics, never thrown.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from '../checks/diagnostic.js';
import { ruleCatalogue } from '../checks/catalogue/index.js';
import type { Article } from '../model/types.js';
import type { RenderContext } from '../render/context.js';
import { fontPackageDir } from '../render/print/fonts.js';
import { renderPrintHtmlChecked } from '../render/print/index.js';
import { BrowserCrashError, type BrowserPool } from './browser.js';
import { BrowserNotFoundError } from './find-chromium.js';
import { finishPdf } from './finish.js';
import { checkPageCount, computeLastPage, layoutDiagnostics } from './page-check.js';
import { LayoutScriptError, LayoutTimeoutError, layoutAndPrint, pagedjsDir } from './paged-run.js';
import { pdfMetadata } from './pdf-metadata.js';
import { PrintProfileError, printSettings } from './print-profile.js';

export interface PdfRender {
  /** Empty when the layout failed (see diagnostics). */
  pdf: Uint8Array;
  pageCount: number;
  diagnostics: Diagnostic[];
}

export async function renderPdf(article: Article, ctx: RenderContext, browser: BrowserPool): Promise<PdfRender> {
  const firstPage = article.meta.pages.first ?? 1;
  const at = { file: article.file, line: 1, column: 1 };
  let workDir: string | undefined;
  try {
    const print = printSettings(ctx.profile);
    const { html, diagnostics } = renderPrintHtmlChecked(article, ctx);
    workDir = await mkdtemp(join(tmpdir(), `galley-print-${article.id}-`));
    const htmlFile = join(workDir, `${article.id}.print.html`);
    await writeFile(htmlFile, html);
    const roots = [workDir, article.dir, pagedjsDir, fontPackageDir(print.fonts.body), fontPackageDir(print.fonts.heading)];
    const layout = await browser.withPage(roots, (session) => layoutAndPrint(session, htmlFile, { firstPage, timeoutSeconds: print.layoutTimeout, what: article.id }));
    const metadata = pdfMetadata(article, ctx.profile, ctx.clock);
    metadata.endingPage ??= computeLastPage(firstPage, layout.pageCount);
    const pdf = await finishPdf(layout.pdf, { metadata, firstPage, anchors: layout.anchors });
    diagnostics.push(...layoutDiagnostics(layout, firstPage, article.file, article), ...checkPageCount(article.meta, layout.pageCount, article.file, { pageStarts: layout.pageStarts, source: article }));
    return { pdf, pageCount: layout.pageCount, diagnostics };
  } catch (error) {
    return { pdf: new Uint8Array(0), pageCount: 0, diagnostics: pdfErrorDiagnostics(error, at) };
  } finally {
    if (workDir) await rm(workDir, { recursive: true, force: true });
  }
}

/** The typed failures of the PDF stage as diagnostics; anything else is a bug and is rethrown. */
export function pdfErrorDiagnostics(error: unknown, position: Diagnostic['position']): Diagnostic[] {
  const d = (rule: Diagnostic['rule']): Diagnostic[] => [{ rule, severity: ruleCatalogue[rule].severity, message: (error as Error).message, position }];
  if (error instanceof PrintProfileError) return error.diagnostics;
  if (error instanceof LayoutTimeoutError) return d('pdf-layout-timeout');
  if (error instanceof LayoutScriptError) return d('pdf-layout-failed');
  if (error instanceof BrowserCrashError) return d('pdf-browser-crash');
  if (error instanceof BrowserNotFoundError) return d('pdf-browser-missing');
  throw error;
}
