// Reference lists rendered off the main thread: a style that renders only a list
// (not the in-text citations) gets its own engine here, so its registration and
// bibliography run while the main thread renders the citation style's list and
// clusters. The engine is the same code as in process; only the thread differs.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { styleEngine } from './engine.js';
import type { ListReply, ListRequest, PreloadRequest } from './list-on-worker.js';

// Replies go to the port the main thread reads synchronously (it waits for them).
const replies = (workerData as { port: MessagePort } | undefined)?.port;

parentPort?.on('message', (request: ListRequest | PreloadRequest) => {
  if ('preload' in request) {
    try {
      styleEngine(request.style, request.folders, 'list', request.lang);
    } catch {
      // The list's own request meets the same failure and reports it.
    }
    return;
  }
  let reply: ListReply;
  try {
    const engine = styleEngine(request.style, request.folders, 'list', request.lang);
    try {
      engine.load(request.items);
      reply = { id: request.id, bibliography: engine.bibliography() };
    } catch (error) {
      reply = { id: request.id, failure: 'render', message: messageOf(error) };
    }
  } catch (error) {
    reply = { id: request.id, failure: 'load', message: messageOf(error) };
  }
  replies!.postMessage(reply);
  Atomics.store(request.done, 0, 1);
  Atomics.notify(request.done, 0);
});

/** What the in-process path prints for this error: its `message` (citeproc throws strings, which have none). */
function messageOf(error: unknown): string | undefined {
  return (error as Error | undefined)?.message;
}
