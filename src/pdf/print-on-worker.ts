// The client of the print worker (print-worker.ts): print jobs are posted at
// once (the worker queues them until its browser is up) and answered with the
// layout and the finished PDF. The worker's typed failures come back as the
// same classes, so they become the same diagnostics as in one thread.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import type { BrowserPoolOptions } from './browser.js';
import type { LayoutResult } from './paged-run.js';
import type { PdfPrinter, PrintJob } from './print-job.js';
import { startWorker } from '../util/v8-flags.js';

export type PrintRequest =
  | { kind: 'open'; options: BrowserPoolOptions }
  | { kind: 'print'; id: number; job: PrintJob }
  | { kind: 'close'; id: number };

/** A failure of the worker as plain data: its class name, message and own fields. */
export interface SerializedError {
  name: string;
  message: string;
  stack?: string;
  fields: Record<string, unknown>;
}

type Answer = { id: number; result?: LayoutResult; failure?: SerializedError };

const workerUrl = new URL('./print-worker.js', import.meta.url);
let started: Worker | undefined;

/**
 * Start the print worker now, before there is a job (it loads its modules
 * while this thread reads the profile). Undefined when Galley runs from its
 * TypeScript sources (tests): there is no compiled worker, and the PDF stage
 * runs in this thread.
 */
export function startPrintWorker(): Worker | undefined {
  if (started) return started;
  if (!existsSync(fileURLToPath(workerUrl))) return undefined;
  // A changed V8 flag voids Node's code cache for the new thread (v8-flags.ts).
  started = startWorker(workerUrl);
  // Not a reason to stay alive: a build that ends before its first PDF just exits.
  started.unref();
  return started;
}

export class WorkerPrinter implements PdfPrinter {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (a: Answer) => void; reject: (e: Error) => void }>();
  // The worker never holds the process open by itself; while answers are owed, this timer does.
  private keepAlive?: NodeJS.Timeout;
  private failed?: Error;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (answer: Answer) => {
      const p = this.pending.get(answer.id);
      this.pending.delete(answer.id);
      this.settled();
      p?.resolve(answer);
    });
    worker.on('error', (error) => {
      this.failed = error;
      const owed = [...this.pending.values()];
      this.pending.clear();
      this.settled();
      for (const p of owed) p.reject(error);
    });
    // After the listeners: adding a 'message' listener refs the worker's port again.
    worker.unref();
  }

  /** The started worker (or a new one) with Chromium launching on it. Undefined from TypeScript sources. */
  static open(options: BrowserPoolOptions): WorkerPrinter | undefined {
    const worker = started ?? startPrintWorker();
    if (!worker) return undefined;
    started = undefined; // a second printer in this process gets its own thread
    const printer = new WorkerPrinter(worker);
    worker.postMessage({ kind: 'open', options } satisfies PrintRequest);
    return printer;
  }

  async print(job: PrintJob): Promise<LayoutResult> {
    const answer = await this.ask({ kind: 'print', id: this.nextId++, job });
    if (answer.failure) throw await revive(answer.failure);
    return answer.result!;
  }

  /** Close the browser, then the thread; a browser that does not close within 15 s is left to the thread's end (its pipe closes with it). */
  async close(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const giveUp = new Promise<void>((resolve) => (timer = setTimeout(resolve, 15_000)));
    await Promise.race([this.ask({ kind: 'close', id: this.nextId++ }).catch(() => undefined), giveUp]);
    clearTimeout(timer);
    await this.worker.terminate();
  }

  private ask(request: Extract<PrintRequest, { id: number }>): Promise<Answer> {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => {
      this.pending.set(request.id, { resolve, reject });
      this.keepAlive ??= setInterval(() => undefined, 60_000);
      this.worker.postMessage(request);
    });
  }

  private settled(): void {
    if (this.pending.size || !this.keepAlive) return;
    clearInterval(this.keepAlive);
    this.keepAlive = undefined;
  }
}

/** The worker's error as the class it was thrown as (those the PDF stage turns into diagnostics), else a plain Error. */
async function revive(failure: SerializedError): Promise<Error> {
  const [{ BrowserCrashError }, { BrowserNotFoundError }, { BrowserLaunchError }, { LayoutScriptError, LayoutTimeoutError }, { PrintProfileError }] = await Promise.all([
    import('./browser.js'),
    import('./find-chromium.js'),
    import('./cdp/launch.js'),
    import('./paged-run.js'),
    import('./print-profile.js'),
  ]);
  const classes: Record<string, { prototype: Error }> = { BrowserCrashError, BrowserNotFoundError, BrowserLaunchError, LayoutScriptError, LayoutTimeoutError, PrintProfileError };
  const error = new Error(failure.message);
  const known = classes[failure.name];
  if (known) Object.setPrototypeOf(error, known.prototype);
  Object.assign(error, failure.fields);
  error.name = failure.name;
  if (failure.stack) error.stack = failure.stack;
  return error;
}
