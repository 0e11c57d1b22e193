// Runs XSD validation off the main thread: compiling a large schema (Crossref
// pulls in MathML) takes seconds, and the main thread must keep feeding Chromium.
// Only documents that hold MathML come here (xsd-async.ts).
import { parentPort } from 'node:worker_threads';
import { validateXsd, type XsdValidationOptions } from '../xml-schema.js';

parentPort?.on('message', ({ id, xml, opts }: { id: number; xml: string; opts: XsdValidationOptions }) => {
  try {
    parentPort!.postMessage({ id, errors: validateXsd(xml, opts) });
  } catch (error) {
    parentPort!.postMessage({ id, failure: (error as Error).message });
  }
});
