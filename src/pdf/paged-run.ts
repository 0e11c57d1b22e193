// Lay out one print HTML file with paged.js in a pool page and print it.
// paged.js comes from the `pagedjs` package, started by hand (auto: false) so
// we know when it is done, in the page's layout document (layout-document.ts);
// its 0.4.3 page-counter defect is repaired after layout.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CdpPage as Page } from './cdp/page.js';
import { blankHtml, layOut, pagedjsDir, warmLayoutDocument } from './layout-document.js';
import type { PageSession } from './page-slot.js';
import { afterLayoutScript, type LayoutReport } from './paged-script.js';

export { pagedjsDir } from './layout-document.js';

export class LayoutTimeoutError extends Error {
  constructor(readonly seconds: number, readonly what: string) {
    super(
      `Unexpected layout of ${what} still running after ${seconds} s, expected paged.js to finish: ` +
        'an element that cannot fit any page (a huge image, an unbreakable line) can stall it; raise `print.layout-timeout` for a very long article',
    );
    this.name = 'LayoutTimeoutError';
  }
}

export class LayoutScriptError extends Error {
  constructor(readonly what: string, detail: string) {
    super(`Unexpected script error while laying out ${what}, expected paged.js to run cleanly: ${detail}`);
    this.name = 'LayoutScriptError';
  }
}

export interface LayoutOptions {
  /** Folio of the first page. */
  firstPage: number;
  timeoutSeconds: number;
  /** Named in messages (the article id). */
  what: string;
  /** Run in the page after the layout report, before printing (the proof's line numbers). */
  finishingScript?: string;
}

export interface LayoutResult extends LayoutReport {
  pdf: Uint8Array;
  /** Requests the page made that were blocked. */
  blocked: string[];
}

/**
 * Make the page a layout document before the first article arrives: paged.js
 * parsed and run, Galley's handlers registered and, given their @font-face
 * rules, the print fonts fetched and decoded, while the build does other work.
 */
export async function warmUpLayout(page: Page, fontCss?: string): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'galley-warm-'));
  try {
    const blank = join(dir, 'blank.html');
    await writeFile(blank, blankHtml);
    await warmLayoutDocument(page, blank, fontCss);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Folders a warm-up page reads from (and the print fonts' packages). */
export const warmUpRoots = [pagedjsDir, tmpdir()];

function withTimeout<T>(work: Promise<T>, seconds: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), seconds * 1000);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export async function layoutAndPrint(session: PageSession, htmlFile: string, options: LayoutOptions): Promise<LayoutResult> {
  const { page, blocked } = session;
  const errors: string[] = [];
  const onError = (error: Error) => errors.push(error.message);
  page.on('pageerror', onError); // the page is reused for the next article: the listener goes in `finally`
  const run = async () => {
    // paged.js itself waits for fonts and images before it measures anything.
    // A plain hyphen where paged.js splits a word across pages, like the line-end hyphens Chromium draws.
    await layOut(page, htmlFile, { hyphenGlyph: '-' });
    const report = (await page.evaluate(afterLayoutScript(options.firstPage))) as LayoutReport;
    if (options.finishingScript) await page.evaluate(options.finishingScript);
    return report;
  };
  try {
    let report: LayoutReport;
    try {
      report = await withTimeout(run(), options.timeoutSeconds, () => new LayoutTimeoutError(options.timeoutSeconds, options.what));
    } catch (error) {
      // A hung page is closed (the pool opens a new one); a script error explains a failure better than its symptom.
      if (error instanceof LayoutTimeoutError) await page.close({ runBeforeUnload: false }).catch(() => undefined);
      else if (errors.length) throw new LayoutScriptError(options.what, errors.join('; '));
      throw error;
    }
    if (errors.length) throw new LayoutScriptError(options.what, errors.join('; '));
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: false, tagged: true });
    return { ...report, pdf: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength), blocked: [...blocked] };
  } finally {
    page.off('pageerror', onError);
  }
}
