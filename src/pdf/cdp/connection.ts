// Chromium's DevTools protocol over the pipe Chromium opens with
// --remote-debugging-pipe: JSON messages, each ended by a NUL byte, on fd 3
// (to Chromium) and fd 4 (from it). Commands are answered by id; events come
// for the browser or for one attached page (flat sessions: `sessionId`).
import type { Readable, Writable } from 'node:stream';

/** Chromium answered a command with an error. */
export class ProtocolError extends Error {
  constructor(readonly method: string, detail: string) {
    super(`Protocol error (${method}): ${detail}`);
    this.name = 'ProtocolError';
  }
}

// The texts BrowserPool recognises as a crash (browser.ts builds its crashPattern from them).
export const browserClosedMessage = 'Browser has been closed';
export const targetClosedMessage = 'Target page, context or browser has been closed';
export const targetCrashedMessage = 'Target crashed';

type Handler = (params: Record<string, unknown>) => void;

interface Pending {
  method: string;
  sessionId?: string;
  resolve: (result: Record<string, unknown>) => void;
  reject: (error: Error) => void;
}

export class CdpConnection {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly handlers = new Map<string, Set<Handler>>();
  private closedBy?: Error;
  private readonly unread: Buffer[] = [];

  constructor(
    private readonly toChromium: Writable,
    fromChromium: Readable,
  ) {
    fromChromium.on('data', (chunk: Buffer) => this.receive(chunk));
    fromChromium.on('close', () => this.dispose(new Error(browserClosedMessage)));
    fromChromium.on('error', () => this.dispose(new Error(browserClosedMessage)));
    // A write after Chromium went away fails here; the command's promise says so.
    toChromium.on('error', () => this.dispose(new Error(browserClosedMessage)));
  }

  get connected(): boolean {
    return !this.closedBy;
  }

  /** Send a command (to a page when `sessionId` is given) and wait for its result. */
  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<T> {
    if (this.closedBy) return Promise.reject(new Error(`${this.closedBy.message} (${method})`));
    const id = this.nextId++;
    const message = JSON.stringify(sessionId ? { id, method, params, sessionId } : { id, method, params });
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { method, sessionId, resolve: resolve as Pending['resolve'], reject });
      this.toChromium.write(`${message}\0`);
    });
  }

  /** Listen to an event of the browser (`sessionId` undefined) or of one page; returns the way to stop. */
  on(method: string, sessionId: string | undefined, handler: Handler): () => void {
    const key = `${sessionId ?? ''}|${method}`;
    let set = this.handlers.get(key);
    if (!set) this.handlers.set(key, (set = new Set()));
    set.add(handler);
    return () => set.delete(handler);
  }

  /** Fail what is still waiting for a page that is gone (closed, or crashed). */
  failSession(sessionId: string, error: Error): void {
    for (const [id, p] of this.pending) {
      if (p.sessionId !== sessionId) continue;
      this.pending.delete(id);
      p.reject(new Error(`${error.message} (${p.method})`));
    }
    for (const key of [...this.handlers.keys()]) if (key.startsWith(`${sessionId}|`)) this.handlers.delete(key);
  }

  /** The pipe is gone: every command still waiting fails. */
  dispose(error: Error): void {
    if (this.closedBy) return;
    this.closedBy = error;
    for (const p of this.pending.values()) p.reject(new Error(`${error.message} (${p.method})`));
    this.pending.clear();
    this.handlers.clear();
  }

  private receive(chunk: Buffer): void {
    let start = 0;
    for (let end = chunk.indexOf(0, start); end !== -1; end = chunk.indexOf(0, start)) {
      this.unread.push(chunk.subarray(start, end));
      const text = Buffer.concat(this.unread).toString('utf8');
      this.unread.length = 0;
      start = end + 1;
      this.dispatch(text);
    }
    if (start < chunk.length) this.unread.push(chunk.subarray(start));
  }

  private dispatch(text: string): void {
    let message: { id?: number; method?: string; params?: Record<string, unknown>; result?: Record<string, unknown>; error?: { message?: string; data?: string }; sessionId?: string };
    try {
      message = JSON.parse(text);
    } catch {
      return; // not a protocol message: nothing waits for it
    }
    if (message.id !== undefined) {
      const p = this.pending.get(message.id);
      if (!p) return;
      this.pending.delete(message.id);
      if (message.error) p.reject(new ProtocolError(p.method, [message.error.message, message.error.data].filter(Boolean).join(': ')));
      else p.resolve(message.result ?? {});
      return;
    }
    if (!message.method) return;
    const set = this.handlers.get(`${message.sessionId ?? ''}|${message.method}`);
    if (set) for (const handler of [...set]) handler(message.params ?? {});
  }
}
