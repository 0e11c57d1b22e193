// The main thread's side of list-worker.ts. resolveReferences is synchronous, so
// a list is handed to the worker first, the main thread renders the citation
// style meanwhile, and then waits for the answer (Atomics.wait) and reads it off
// a message port without its event loop (receiveMessageOnPort).
// From TypeScript sources (tests) there is no compiled worker: lists render in process.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type CSL from 'citeproc';
import type { CslItem } from '../model/types.js';
import type { LoadedStyle } from './style.js';

export interface ListRequest {
  id: number;
  style: LoadedStyle;
  folders: string[];
  lang: string;
  /** Prepared for the style (prepare.ts). */
  items: CslItem[];
  /** Set to 1 by the worker once the reply is on the port. */
  done: Int32Array;
}

/** Build the engine ahead of the first list (citeproc loaded, style compiled, locales parsed). */
export interface PreloadRequest {
  id: number;
  preload: true;
  style: LoadedStyle;
  folders: string[];
  lang: string;
}

export type ListReply =
  | { id: number; bibliography: [CSL.BibliographyMeta, string[]] | false; failure?: undefined }
  | { id: number; failure: 'load' | 'render'; message: string | undefined };

const workerUrl = new URL('./list-worker.js', import.meta.url);
// A worker that never answers (it died) is given up on: the list then renders in process.
const patienceMs = 60_000;

let worker: { thread: Worker; replies: MessagePort } | null | undefined;
let nextId = 0;
const early = new Map<number, ListReply>();

function getWorker(): { thread: Worker; replies: MessagePort } | undefined {
  if (worker === undefined) {
    if (!existsSync(fileURLToPath(workerUrl))) worker = null;
    else {
      const { port1, port2 } = new MessageChannel();
      const thread = new Worker(workerUrl, { workerData: { port: port2 }, transferList: [port2] });
      thread.on('error', () => {
        worker = null;
      });
      // Never holds the process open: every answer is awaited synchronously.
      thread.unref();
      worker = { thread, replies: port1 };
    }
  }
  return worker ?? undefined;
}

/** Have the worker build a list-only style's engine while this thread loads the sources. */
export function preloadOnWorker(style: LoadedStyle, folders: string[], lang: string): void {
  getWorker()?.thread.postMessage({ id: nextId++, preload: true, style, folders, lang } satisfies PreloadRequest);
}

/**
 * Start rendering a list-only style's bibliography on the worker. Returns the
 * function that waits for the answer (undefined: the worker did not answer), or
 * undefined when there is no worker (render in process).
 */
export function listOnWorker(style: LoadedStyle, folders: string[], lang: string, items: CslItem[]): (() => ListReply | undefined) | undefined {
  const w = getWorker();
  if (!w) return undefined;
  const id = nextId++;
  const done = new Int32Array(new SharedArrayBuffer(4));
  w.thread.postMessage({ id, style, folders, lang, items, done } satisfies ListRequest);
  return () => {
    const answered = early.get(id);
    if (answered) {
      early.delete(id);
      return answered;
    }
    if (Atomics.wait(done, 0, 0, patienceMs) === 'timed-out') return undefined;
    for (let m = receiveMessageOnPort(w.replies); m; m = receiveMessageOnPort(w.replies)) {
      const reply = m.message as ListReply;
      if (reply.id === id) return reply;
      early.set(reply.id, reply);
    }
    return early.get(id);
  };
}

/** Whether this process started the list worker (tests: the compiled path really uses it). */
export function listWorkerStarted(): boolean {
  return !!worker;
}
