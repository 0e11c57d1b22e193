// One worker thread per kind of work and process, asked by message id. The
// worker never holds the process open by itself (it is unref'd); while answers
// are owed, a timer does. Running from the TypeScript sources (tests) there is
// no compiled worker file: `start()` returns undefined and callers work in process.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

interface Answer<T> {
  id: number;
  result?: T;
  failure?: string;
}

export class WorkerClient<Request, Result> {
  private worker: Worker | undefined;
  private nextId = 0;
  private readonly pending = new Map<number, { resolve: (r: Result) => void; reject: (e: Error) => void }>();
  private keepAlive: NodeJS.Timeout | undefined;

  constructor(private readonly file: URL) {}

  /** Ask the worker; undefined when there is no compiled worker to ask. */
  ask(request: Request): Promise<Result> | undefined {
    const worker = this.start();
    if (!worker) return undefined;
    const id = this.nextId++;
    return new Promise<Result>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.keepAlive ??= setInterval(() => undefined, 60_000);
      worker.postMessage({ id, request });
    });
  }

  private start(): Worker | undefined {
    if (this.worker) return this.worker;
    if (!existsSync(fileURLToPath(this.file))) return undefined;
    const worker = new Worker(this.file);
    this.worker = worker;
    worker.on('message', (m: Answer<Result>) => {
      const p = this.pending.get(m.id);
      this.pending.delete(m.id);
      this.settle();
      if (!p) return;
      if (m.failure !== undefined) p.reject(new Error(m.failure));
      else p.resolve(m.result as Result);
    });
    worker.on('error', (error) => {
      const owed = [...this.pending.values()];
      this.pending.clear();
      this.settle();
      this.worker = undefined;
      for (const p of owed) p.reject(error);
    });
    // After the listeners: adding a 'message' listener refs the worker's port again.
    worker.unref();
    return worker;
  }

  private settle(): void {
    if (this.pending.size || !this.keepAlive) return;
    clearInterval(this.keepAlive);
    this.keepAlive = undefined;
  }
}

/** The worker side: answer each `{ id, request }` with `{ id, result }` or `{ id, failure }`. */
export function serveRequests<Request, Result>(port: import('node:worker_threads').MessagePort | null, handle: (request: Request) => Promise<Result> | Result): void {
  port?.on('message', async ({ id, request }: { id: number; request: Request }) => {
    try {
      port.postMessage({ id, result: await handle(request) });
    } catch (error) {
      port.postMessage({ id, failure: (error as Error).message });
    }
  });
}
