// The printer a build uses: the print worker (print-on-worker.ts) when Galley
// runs compiled, else a BrowserPool in this thread (tests run the TypeScript
// sources, which have no compiled worker). Either way Chromium launches now and
// a print job can be handed over at once, before the browser is up.
import type { BrowserPool } from './browser.js';
import type { LayoutResult } from './paged-run.js';
import type { PdfPrinter, PrintJob } from './print-job.js';
import { WorkerPrinter } from './print-on-worker.js';
import type { Profile } from '../profile/types.js';

export type { PdfPrinter, PrintJob } from './print-job.js';
export { startPrintWorker } from './print-on-worker.js';

export function openPrinter(profile: Profile): PdfPrinter {
  return WorkerPrinter.open({ profile }) ?? new InThreadPrinter(profile);
}

/** A BrowserPool opened in this thread; a browser that cannot start fails each print. */
class InThreadPrinter implements PdfPrinter {
  private readonly pool: Promise<BrowserPool>;

  constructor(profile: Profile) {
    this.pool = import('./browser.js').then(({ BrowserPool }) => BrowserPool.open({ profile }));
    this.pool.catch(() => undefined); // each print reports it
  }

  async print(job: PrintJob): Promise<LayoutResult> {
    return (await this.pool).print(job);
  }

  async close(): Promise<void> {
    await this.pool.then((pool) => pool.close(), () => undefined);
  }
}
