// One headless Chromium per build, shared by every article: pages run in
// parallel up to the core count, every network request is blocked, and a
// browser that crashes is restarted once.
import { cpus } from 'node:os';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Profile } from '../profile/types.js';
import { findChromium } from './find-chromium.js';
import { loadPrintProfile } from './print-profile.js';

/** Flags measured on Debian's Chromium as root (DESIGN.md), plus a resolver that answers nothing. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
  '--disable-dev-shm-usage',
  '--font-render-hinting=none',
  '--host-resolver-rules=MAP * ~NOTFOUND',
];

export interface BrowserPoolOptions {
  profile?: Profile;
  /** Chromium executable; found automatically when absent. */
  executablePath?: string;
  /** Pages laid out at once (default: the number of cores). */
  concurrency?: number;
  env?: NodeJS.ProcessEnv;
}

export class BrowserCrashError extends Error {
  constructor(cause: unknown) {
    super(`Unexpected crash of Chromium while laying out the PDF (after one restart), expected it to keep running: ${(cause as Error)?.message ?? cause}`);
    this.name = 'BrowserCrashError';
  }
}

/** What a page of the pool may load: local files under these folders, nothing from the network. */
export interface PageSession {
  page: Page;
  /** URLs the page asked for and did not get. */
  blocked: string[];
}

const crashPattern = /Target page, context or browser has been closed|Browser has been closed|Target crashed|Page crashed|browser has disconnected|Protocol error.*(closed|crash)/i;

export class BrowserPool {
  private browser: Browser;
  private restarts = 0;
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  private closed = false;

  private constructor(
    browser: Browser,
    readonly executablePath: string,
    readonly concurrency: number,
  ) {
    this.browser = browser;
  }

  /** Find and launch Chromium. @throws BrowserNotFoundError when there is none. */
  static async open(options: BrowserPoolOptions = {}): Promise<BrowserPool> {
    const configured = options.profile ? loadPrintProfile(options.profile).print.chromium : undefined;
    const executablePath = options.executablePath ?? findChromium({ env: options.env, configured: configured && options.profile ? resolve(options.profile.root, configured) : configured });
    const browser = await launch(executablePath);
    return new BrowserPool(browser, executablePath, Math.max(1, options.concurrency ?? cpus().length));
  }

  /**
   * Run `work` on a fresh page in its own context. Requests outside `fileRoots`
   * are aborted. If the browser crashes, it is relaunched and `work` retried once.
   */
  async withPage<T>(fileRoots: string[], work: (session: PageSession) => Promise<T>): Promise<T> {
    if (this.closed) throw new Error('Unexpected use of a closed BrowserPool, expected BrowserPool.open() first');
    await this.acquire();
    try {
      try {
        return await this.runOnce(fileRoots, work);
      } catch (error) {
        if (!this.isCrash(error)) throw error;
        if (this.restarts >= 1) throw new BrowserCrashError(error);
        this.restarts += 1;
        await this.relaunch();
        try {
          return await this.runOnce(fileRoots, work);
        } catch (again) {
          if (this.isCrash(again)) throw new BrowserCrashError(again);
          throw again;
        }
      }
    } finally {
      this.release();
    }
  }

  /** How many times the browser was relaunched after a crash. */
  get restartCount(): number {
    return this.restarts;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.browser.close().catch(() => undefined);
  }

  private async runOnce<T>(fileRoots: string[], work: (session: PageSession) => Promise<T>): Promise<T> {
    const context = await this.browser.newContext({ serviceWorkers: 'block', javaScriptEnabled: true });
    try {
      const blocked: string[] = [];
      const roots = fileRoots.map((root) => resolve(root));
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith('data:') || url.startsWith('blob:') || (url.startsWith('file:') && isUnder(url, roots))) return route.continue();
        blocked.push(url);
        return route.abort('blockedbyclient');
      });
      await context.routeWebSocket(/.*/, (ws) => {
        blocked.push(ws.url());
        return ws.close();
      });
      const page = await context.newPage();
      return await work({ page, blocked });
    } finally {
      await context.close().catch(() => undefined);
    }
  }

  private isCrash(error: unknown): boolean {
    return !this.browser.isConnected() || crashPattern.test((error as Error)?.message ?? '');
  }

  private async relaunch(): Promise<void> {
    await this.browser.close().catch(() => undefined);
    this.browser = await launch(this.executablePath);
  }

  private acquire(): Promise<void> {
    if (this.active < this.concurrency) {
      this.active += 1;
      return Promise.resolve();
    }
    return new Promise((resolveSlot) => this.waiting.push(resolveSlot));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active -= 1;
  }
}

function launch(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: chromiumArgs, timeout: 30_000 });
}

function isUnder(fileUrl: string, roots: string[]): boolean {
  let path: string;
  try {
    path = fileURLToPath(fileUrl.split('#')[0]);
  } catch {
    return false;
  }
  return roots.some((root) => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep));
}
