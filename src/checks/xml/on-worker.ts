// validateJats and validateXsd for builds: on one worker thread per process,
// which keeps its parsed DTDs and compiled schemas, so the main thread never
// loads libxml2. The worker decides per document whether the XSD needs its full
// MathML schema (compiled there, once) or the stub.
// From TypeScript sources (tests) there is no compiled worker: validate in process.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import type { JatsValidationOptions, XsdValidationOptions } from './validate.js';
import type { StyleSchemaError } from '../../references/style-schema.js';
import type { SchemaError } from './errors.js';
import { startWorker } from '../../util/v8-flags.js';

export type PreloadOptions = { jats?: Omit<JatsValidationOptions, 'fileName'>; xsd?: Omit<XsdValidationOptions, 'fileName'> };

export type WorkerRequest =
  | { kind: 'jats'; id: number; xml: string; opts: JatsValidationOptions }
  | { kind: 'xsd'; id: number; xml: string; opts: XsdValidationOptions }
  | { kind: 'preload'; id: number; opts: PreloadOptions }
  | { kind: 'csl'; id: number; xml: string };

const workerUrl = new URL('./schema-worker.js', import.meta.url);
let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, { resolve: (e: SchemaError[]) => void; reject: (e: Error) => void }>();
// The worker itself never holds the process open (it is unref'd once, after its
// listeners are attached; a build whose verdicts all came from the cache used
// to wait for it forever). While answers are owed, a timer does.
let keepAlive: NodeJS.Timeout | undefined;

function owed(): void {
  keepAlive ??= setInterval(() => undefined, 60_000);
}

function settled(): void {
  if (pending.size || !keepAlive) return;
  clearInterval(keepAlive);
  keepAlive = undefined;
}

function getWorker(): Worker | undefined {
  if (worker) return worker;
  if (!existsSync(fileURLToPath(workerUrl))) return undefined;
  // The launcher's raised budgets have served the main thread's libxml2; the
  // worker boots faster with V8's flags as they were (v8-flags.ts).
  const started = startWorker(workerUrl);
  worker = started;
  started.on('message', (m: { id: number; errors?: SchemaError[]; failure?: string }) => {
    const p = pending.get(m.id);
    pending.delete(m.id);
    settled();
    if (!p) return;
    if (m.failure !== undefined) p.reject(new Error(m.failure));
    else p.resolve(m.errors ?? []);
  });
  started.on('error', (error) => {
    const owedAnswers = [...pending.values()];
    pending.clear();
    settled();
    worker = undefined;
    for (const p of owedAnswers) p.reject(error);
  });
  // After the listeners: adding a 'message' listener refs the worker's port again.
  started.unref();
  return started;
}

function inProcess(): Promise<typeof import('./validate.js')> {
  return import('./validate.js');
}

function ask(request: WorkerRequest, w: Worker): Promise<SchemaError[]> {
  return new Promise((resolve, reject) => {
    pending.set(request.id, { resolve, reject });
    owed();
    w.postMessage(request);
  });
}

/**
 * Start the worker now, before the schemas it will load are known: its thread,
 * its modules and libxml2's WebAssembly start up while this thread reads the
 * profile. In process (no compiled worker) there is nothing to start.
 */
export function startSchemaWorker(): void {
  getWorker();
}

/**
 * Start the worker and have it load the schemas a build will need (JATS DTD,
 * XSD with MathML stubbed) while the main thread does other work. Nothing is
 * reported here: a schema that fails to load fails the validation that needs it.
 */
export function preloadSchemasOnWorker(opts: PreloadOptions): void {
  // In process (no worker) there is nothing to overlap: the first validation loads them.
  getWorker()?.postMessage({ kind: 'preload', id: nextId++, opts } satisfies WorkerRequest);
}

export async function validateJatsAsync(xml: string, opts: JatsValidationOptions): Promise<SchemaError[]> {
  const w = getWorker();
  if (!w) return (await inProcess()).validateJats(xml, opts);
  return ask({ kind: 'jats', id: nextId++, xml, opts }, w);
}

/** A CSL style's schema errors (src/references/style-schema.ts), answered after the schemas' preload. */
export async function styleSchemaErrorsAsync(xml: string): Promise<StyleSchemaError[]> {
  const w = getWorker();
  if (!w) return (await import('../../references/style-schema.js')).styleSchemaErrors(xml);
  return ask({ kind: 'csl', id: nextId++, xml }, w) as Promise<StyleSchemaError[]>;
}

export async function validateXsdAsync(xml: string, opts: XsdValidationOptions): Promise<SchemaError[]> {
  const w = getWorker();
  if (!w) return (await inProcess()).validateXsd(xml, opts);
  return ask({ kind: 'xsd', id: nextId++, xml, opts }, w);
}
