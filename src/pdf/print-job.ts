// What the PDF stage asks of a browser: one print HTML laid out by paged.js,
// printed, and (for an article or a proof) finished with pdf-lib. A job is
// plain data, so the same job runs in this thread's BrowserPool or on the
// print worker (print-on-worker.ts) that owns the browser.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserPool } from './browser.js';
import { computeLastPage } from './page-check.js';
import { layoutAndPrint, type LayoutOptions, type LayoutResult } from './paged-run.js';
import type { PdfMetadata } from './xmp.js';

export interface PrintJob {
  /** The print HTML, written to a folder of the job's own (the page may read it). */
  html: string;
  /** Its file name there (relative links in the HTML resolve beside it). */
  fileName: string;
  /** Other folders the page may read: the article's, paged.js', the fonts'. */
  roots: string[];
  layout: LayoutOptions;
  /** Finish the PDF with pdf-lib (finish.ts) with this metadata. */
  finish?: {
    metadata: PdfMetadata;
    /** An ending page the metadata leaves out is the last page laid out. */
    endingPageFromLayout?: boolean;
  };
}

/** Lays out and prints jobs: a BrowserPool in this thread, or the print worker. */
export interface PdfPrinter {
  /** `pdf` of the result is the finished PDF when the job asked for finishing, Chromium's otherwise. */
  print(job: PrintJob): Promise<LayoutResult>;
  close(): Promise<void>;
}

export async function printInPool(pool: BrowserPool, job: PrintJob): Promise<LayoutResult> {
  const dir = await mkdtemp(join(tmpdir(), 'galley-print-'));
  try {
    const file = join(dir, job.fileName);
    await writeFile(file, job.html);
    const layout = await pool.withPage([dir, ...job.roots], (session) => layoutAndPrint(session, file, job.layout));
    if (!job.finish) return layout;
    const { firstPage } = job.layout;
    // pdf-lib loads on first use: on the print worker, after Chromium has been launched.
    const { finishPdf } = await import('./finish.js');
    const metadata = { ...job.finish.metadata };
    if (job.finish.endingPageFromLayout) metadata.endingPage ??= computeLastPage(firstPage, layout.pageCount);
    return { ...layout, pdf: await finishPdf(layout.pdf, { metadata, firstPage, anchors: layout.anchors }) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
