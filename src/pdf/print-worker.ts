// The PDF stage's browser on a thread of its own: Chromium's protocol traffic and pdf-lib's finishing run here, so a PDF goes on while the
// main thread prepares the next article's sources and galleys (which used to
// hold every protocol message of the batch until the next article began).
import { parentPort, workerData } from 'node:worker_threads';
import { BrowserPool, type BrowserPoolOptions } from './browser.js';
import type { PrintRequest, SerializedError } from './print-on-worker.js';
import { workerBooted } from '../util/v8-flags.js';

workerBooted(workerData);

let pool: Promise<BrowserPool> | undefined;

function open(options: BrowserPoolOptions): Promise<BrowserPool> {
  const opening = BrowserPool.open(options);
  opening.catch(() => undefined); // each print reports it
  // pdf-lib (~0.1 s to load) once Chromium is launched, while it warms its page up.
  // (A warm-up finishing of a one-page PDF was measured: the first article's was no faster.)
  void opening.then(() => import('./finish.js')).catch(() => undefined);
  return opening;
}

parentPort?.on('message', async (request: PrintRequest) => {
  if (request.kind === 'open') {
    pool = open(request.options);
    return;
  }
  try {
    if (request.kind === 'close') {
      const opened = await pool?.catch(() => undefined);
      await opened?.close();
      parentPort!.postMessage({ id: request.id });
      return;
    }
    if (!pool) throw new Error('Unexpected print job before the browser was opened, expected an open request first');
    const result = await (await pool).print(request.job);
    parentPort!.postMessage({ id: request.id, result });
  } catch (error) {
    parentPort!.postMessage({ id: request.id, failure: serializeError(error) });
  }
});

/** An error as plain data: its class name, message and own fields (a layout time-out's seconds, a profile error's diagnostics). */
function serializeError(error: unknown): SerializedError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error), fields: {} };
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(error)) {
    try {
      fields[key] = structuredClone(value);
    } catch {
      // a field that cannot cross threads stays behind
    }
  }
  return { name: error.name, message: error.message, stack: error.stack, fields };
}
