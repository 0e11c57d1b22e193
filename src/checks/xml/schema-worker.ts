// Schema validation off the main thread: loading the JATS DTD and compiling the
// Crossref XSD (seconds when a document needs the full MathML schema) happen
// here while the main thread resolves references and feeds Chromium; so does
// the check of the journal's CSL styles against the CSL schema.
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerRequest } from './on-worker.js';
import { withRaisedWasmTieringBudget, workerBooted } from '../../util/v8-flags.js';

workerBooted(workerData);

// libxml2 first, with the raised tier-up budget (v8-flags.ts); requests
// posted meanwhile wait in the port until the listener below is attached.
await withRaisedWasmTieringBudget(() => import('libxml2-wasm'));
const { preloadSchemas, validateJats, validateXsd } = await import('./validate.js');

parentPort?.on('message', async (request: WorkerRequest) => {
  try {
    if (request.kind === 'preload') {
      preloadSchemas(request.opts);
      return;
    }
    // The journal's CSL styles too (rnv, WebAssembly): off the main thread, no second worker to start.
    const errors =
      request.kind === 'csl'
        ? await (await import('../../references/style-schema.js')).styleSchemaErrors(request.xml)
        : request.kind === 'jats'
          ? validateJats(request.xml, request.opts)
          : validateXsd(request.xml, request.opts);
    parentPort!.postMessage({ id: request.id, errors });
  } catch (error) {
    parentPort!.postMessage({ id: request.id, failure: (error as Error).message });
  }
});
