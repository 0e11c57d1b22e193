// validateXsd for builds that also lay out PDFs. A document without MathML is
// checked in process against the schema with MathML stubbed (compiled in
// ~0.1 s); one with MathML goes to a worker thread, one per process, which
// compiles the full schema (~2 s) once while the main thread keeps working.
// From TypeScript sources (tests) there is no compiled worker: validate in process.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { validateXsd, type XsdValidationOptions } from '../xml-schema.js';
import type { SchemaError } from './errors.js';
import { variantForXml } from './xsd.js';

const workerUrl = new URL('./xsd-worker.js', import.meta.url);
let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, { resolve: (e: SchemaError[]) => void; reject: (e: Error) => void }>();

function getWorker(): Worker | undefined {
  if (worker) return worker;
  if (!existsSync(fileURLToPath(workerUrl))) return undefined;
  worker = new Worker(workerUrl);
  worker.unref();
  worker.on('message', (m: { id: number; errors?: SchemaError[]; failure?: string }) => {
    const p = pending.get(m.id);
    pending.delete(m.id);
    if (!p) return;
    if (m.failure !== undefined) p.reject(new Error(m.failure));
    else p.resolve(m.errors ?? []);
  });
  worker.on('error', (error) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
    worker = undefined;
  });
  return worker;
}

export function validateXsdAsync(xml: string, opts: XsdValidationOptions): Promise<SchemaError[]> {
  const variant = opts.variant ?? variantForXml(xml, opts.fileName);
  // Parse errors and the stubbed schema are cheap: no worker needed.
  const w = variant === 'full' ? getWorker() : undefined;
  if (!w) return Promise.resolve(validateXsd(xml, { ...opts, variant }));
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    // Keep the process alive while an answer is owed.
    w.ref();
    w.postMessage({ id, xml, opts: { ...opts, variant } });
  }).finally(() => {
    if (!pending.size) w.unref();
  }) as Promise<SchemaError[]>;
}
