// One page (tab) of the pool's Chromium, in a browser context of its own,
// driven over the DevTools protocol: what the PDF stage asks of a page and no
// more. Every request the page makes passes a gate (the Fetch domain) that
// lets it through or fails it; WebSockets, which that domain never sees, are
// replaced in every document by a constructor that reports and refuses.
import type { CdpConnection } from './connection.js';
import { targetClosedMessage, targetCrashedMessage } from './connection.js';

export interface RequestGate {
  /** True when the page may load `url`. */
  allows(url: string): boolean;
  /** A request that was refused. */
  refused(url: string): void;
}

export interface PdfOptions {
  preferCSSPageSize?: boolean;
  printBackground?: boolean;
  tagged?: boolean;
  outline?: boolean;
}

type PageEvent = 'pageerror' | 'request' | 'crash' | 'close';
type Listener = (value: never) => void;

const blockedSocketBinding = '__galleyRefusedSocket';
const socketStub = `(() => {
  const report = globalThis[${JSON.stringify(blockedSocketBinding)}];
  const Refused = function WebSocket(url) {
    try { report(String(url)); } catch {}
    throw new DOMException('WebSockets are blocked in the print layout', 'SecurityError');
  };
  globalThis.WebSocket = Refused;
})()`;

/** The error a page's uncaught exception becomes: its message, as `Error.message` gives it. */
function pageError(details: { text?: string; exception?: { description?: string; className?: string; value?: unknown } }): Error {
  const description = details.exception?.description ?? (details.exception?.value !== undefined ? String(details.exception.value) : details.text ?? 'error');
  const firstLine = description.split('\n')[0];
  const named = /^([A-Za-z]*Error|DOMException): (.*)$/.exec(firstLine);
  const error = new Error(named ? named[2] : firstLine);
  if (named) error.name = named[1];
  error.stack = description;
  return error;
}

export class CdpPage {
  private closed = false;
  private crashed = false;
  private readonly listeners = new Map<PageEvent, Set<Listener>>();

  private constructor(
    private readonly connection: CdpConnection,
    private readonly browserContextId: string,
    private readonly targetId: string,
    readonly sessionId: string,
  ) {}

  /** A new page on about:blank in a browser context of its own; `gate` decides every request. */
  static async open(connection: CdpConnection, gate: RequestGate): Promise<CdpPage> {
    const { browserContextId } = await connection.send<{ browserContextId: string }>('Target.createBrowserContext', { disposeOnDetach: true });
    const { targetId } = await connection.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank', browserContextId });
    const { sessionId } = await connection.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
    const page = new CdpPage(connection, browserContextId, targetId, sessionId);
    page.listen(gate);
    await Promise.all([
      page.send('Page.enable'),
      page.send('Page.setLifecycleEventsEnabled', { enabled: true }),
      page.send('Runtime.enable'),
      page.send('Fetch.enable', { patterns: [{ urlPattern: '*' }] }),
      // Playwright's default viewport, which the layouts were measured in.
      page.send('Emulation.setDeviceMetricsOverride', { width: 1280, height: 720, deviceScaleFactor: 1, mobile: false }),
      page.send('Runtime.addBinding', { name: blockedSocketBinding }),
      page.send('Page.addScriptToEvaluateOnNewDocument', { source: socketStub }),
    ]);
    return page;
  }

  /** A command to this page's session. */
  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    if (this.crashed) return Promise.reject(new Error(`${targetCrashedMessage} (${method})`));
    if (this.closed) return Promise.reject(new Error(`${targetClosedMessage} (${method})`));
    return this.connection.send<T>(method, params, this.sessionId);
  }

  on(event: 'pageerror', listener: (error: Error) => void): void;
  on(event: 'request', listener: (request: { url(): string }) => void): void;
  on(event: 'crash' | 'close', listener: () => void): void;
  on(event: PageEvent, listener: Listener): void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener);
  }

  off(event: PageEvent, listener: Listener): void {
    this.listeners.get(event)?.delete(listener);
  }

  isClosed(): boolean {
    return this.closed || this.crashed;
  }

  /** Navigate and wait for the document's `load` (or `DOMContentLoaded`). */
  async goto(url: string, options: { waitUntil?: 'load' | 'domcontentloaded' } = {}): Promise<void> {
    const wanted = options.waitUntil === 'domcontentloaded' ? 'DOMContentLoaded' : 'load';
    // Events can arrive before the navigation's answer: collect them from now on.
    const seen = new Set<string>();
    let notify: (() => void) | undefined;
    const stop = this.connection.on('Page.lifecycleEvent', this.sessionId, (p) => {
      if (p.name === wanted && p.frameId === this.targetId) {
        seen.add(String(p.loaderId));
        notify?.();
      }
    });
    try {
      const { loaderId, errorText } = await this.send<{ loaderId?: string; errorText?: string }>('Page.navigate', { url });
      if (errorText) throw new Error(`Navigation to ${url} failed: ${errorText}`);
      if (!loaderId) return; // same document: nothing is loaded
      let fail: ((error: Error) => void) | undefined;
      const gone = () => fail?.(new Error(this.crashed ? targetCrashedMessage : targetClosedMessage));
      this.on('crash', gone);
      this.on('close', gone);
      try {
        await new Promise<void>((resolve, reject) => {
          if (seen.has(loaderId)) return resolve();
          notify = () => seen.has(loaderId) && resolve();
          fail = reject;
        });
      } finally {
        this.off('crash', gone);
        this.off('close', gone);
      }
    } finally {
      stop();
      notify = undefined;
    }
  }

  /** Call a function in the page with one argument (JSON data); its value, awaited, as JSON data. */
  evaluate<R, A = undefined>(fn: (arg: A) => R, arg?: A): Promise<Awaited<R>>;
  /** Evaluate an expression in the page; its value, awaited, as JSON data. */
  evaluate<T = unknown>(expression: string): Promise<T>;
  async evaluate(script: string | ((arg: never) => unknown), arg?: unknown): Promise<unknown> {
    const expression = typeof script === 'function' ? `(${script.toString()})(${arg === undefined ? '' : JSON.stringify(arg)})` : script;
    const { result, exceptionDetails } = await this.send<{ result: { value?: unknown }; exceptionDetails?: Parameters<typeof pageError>[0] }>('Runtime.evaluate', {
      expression,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`Unexpected error in the page: ${pageError(exceptionDetails).message}`);
    return result.value;
  }

  /** A classic script in the page: its text, or a file it loads (resolved once the script has run). */
  async addScriptTag(script: { content: string } | { url: string }): Promise<void> {
    if ('content' in script) {
      await this.evaluate(`(() => { const s = document.createElement('script'); s.textContent = ${JSON.stringify(script.content)}; document.head.appendChild(s); })()`);
      return;
    }
    await this.evaluate(
      `new Promise((resolve, reject) => { const s = document.createElement('script'); s.src = ${JSON.stringify(script.url)}; s.onload = () => resolve(true); s.onerror = () => reject(new Error('could not load ' + s.src)); document.head.appendChild(s); })`,
    );
  }

  /** Print the page. The parameters Playwright 1.65 sent for the same options, so the same PDF. */
  async pdf(options: PdfOptions = {}): Promise<Buffer> {
    const { data } = await this.send<{ data: string }>('Page.printToPDF', {
      transferMode: 'ReturnAsBase64',
      landscape: false,
      displayHeaderFooter: false,
      headerTemplate: '',
      footerTemplate: '',
      printBackground: options.printBackground ?? false,
      scale: 1,
      paperWidth: 8.5,
      paperHeight: 11,
      marginTop: 0,
      marginBottom: 0,
      marginLeft: 0,
      marginRight: 0,
      pageRanges: '',
      preferCSSPageSize: options.preferCSSPageSize ?? false,
      generateTaggedPDF: options.tagged ?? false,
      generateDocumentOutline: options.outline ?? false,
    });
    return Buffer.from(data, 'base64');
  }

  waitForTimeout(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }

  /** Close the page and its browser context (no `beforeunload` runs: options are accepted and ignored). */
  async close(_options?: { runBeforeUnload?: boolean }): Promise<void> {
    if (this.closed) return;
    this.markClosed();
    await this.connection.send('Target.disposeBrowserContext', { browserContextId: this.browserContextId }).catch(() => undefined);
  }

  private emit(event: PageEvent, value?: unknown): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) (listener as (v: unknown) => void)(value);
  }

  private markClosed(): void {
    if (this.closed) return;
    this.closed = true;
    this.connection.failSession(this.sessionId, new Error(this.crashed ? targetCrashedMessage : targetClosedMessage));
    this.emit('close');
  }

  private listen(gate: RequestGate): void {
    const { connection, sessionId } = this;
    connection.on('Fetch.requestPaused', sessionId, (p) => {
      const requestId = String(p.requestId);
      const url = String((p.request as { url?: string } | undefined)?.url ?? '');
      this.emit('request', { url: () => url });
      const answer = gate.allows(url)
        ? connection.send('Fetch.continueRequest', { requestId }, sessionId)
        : (gate.refused(url), connection.send('Fetch.failRequest', { requestId, errorReason: 'BlockedByClient' }, sessionId));
      answer.catch(() => undefined); // the page may be gone meanwhile
    });
    connection.on('Runtime.bindingCalled', sessionId, (p) => {
      if (p.name === blockedSocketBinding) gate.refused(String(p.payload));
    });
    connection.on('Runtime.exceptionThrown', sessionId, (p) => this.emit('pageerror', pageError((p.exceptionDetails ?? {}) as Parameters<typeof pageError>[0])));
    connection.on('Inspector.targetCrashed', sessionId, () => {
      this.crashed = true;
      connection.failSession(sessionId, new Error(targetCrashedMessage));
      this.emit('crash');
    });
    const stopDetached = connection.on('Target.detachedFromTarget', undefined, (p) => {
      if (p.sessionId !== sessionId) return;
      stopDetached();
      this.markClosed();
    });
  }
}
