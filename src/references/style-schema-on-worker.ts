// The CSL schema check on a worker thread of its own: rnv in WebAssembly takes
// the main thread 100–300 ms per build otherwise, before the first article.
import type { Diagnostic } from '../checks/diagnostic.js';
import { restoreWasmTieringBudget } from '../checks/xml/wasm-tiering.js';
import { WorkerClient } from '../util/worker-client.js';
import type { StyleCheckRequest } from './style-schema-worker.js';

// A sibling file, in lib/references/ as in lib/bundle/ (an entry of the bundle).
const client = new WorkerClient<StyleCheckRequest, Diagnostic[]>(new URL('./style-schema-worker.js', import.meta.url));

export async function validateStyleXmlOffThread(xml: string, file: string): Promise<Diagnostic[]> {
  // V8's default wasm budget before a worker starts: a changed flag voids Node's code cache for its start-up (wasm-tiering.ts).
  restoreWasmTieringBudget();
  const asked = client.ask({ xml, file });
  if (asked) return asked;
  const { validateStyleXml } = await import('./style-schema.js');
  return validateStyleXml(xml, file);
}
