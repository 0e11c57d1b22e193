// Schema validation off the main thread: loading the JATS DTD and compiling the
// Crossref XSD (seconds when a document needs the full MathML schema) happen
// here while the main thread resolves references and feeds Chromium.
import { parentPort } from 'node:worker_threads';
import type { WorkerRequest } from './on-worker.js';
import { withRaisedWasmTieringBudget } from './wasm-tiering.js';

// libxml2 first, with the raised tier-up budget (wasm-tiering.ts); requests
// posted meanwhile wait in the port until the listener below is attached.
await withRaisedWasmTieringBudget(() => import('libxml2-wasm'));
const { preloadSchemas, validateJats, validateXsd } = await import('./validate.js');

parentPort?.on('message', (request: WorkerRequest) => {
  try {
    if (request.kind === 'preload') {
      preloadSchemas(request.opts);
      return;
    }
    const errors = request.kind === 'jats' ? validateJats(request.xml, request.opts) : validateXsd(request.xml, request.opts);
    parentPort!.postMessage({ id: request.id, errors });
  } catch (error) {
    parentPort!.postMessage({ id: request.id, failure: (error as Error).message });
  }
});
