// One headless Chromium per build, shared by every article: pages run in
// parallel up to the core count, every network request is blocked, and a
// browser that crashes is restarted once.
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { CdpBrowser } from './cdp/browser.js';
import { browserClosedMessage, targetClosedMessage, targetCrashedMessage } from './cdp/connection.js';
import { escapeRegExp } from '../util/escape-regexp.js';
import { importPackage } from '../util/import-package.js';
import type { Profile } from '../profile/types.js';
import { BrowserNotFoundError, findChromium } from './find-chromium.js';
import { PageSlot, type PageSession } from './page-slot.js';
import { warmUpLayout, warmUpRoots, type LayoutResult } from './paged-run.js';
import { printInPool, type PdfPrinter, type PrintJob } from './print-job.js';
import { loadPrintProfile, printSettings } from './print-profile.js';
import { fontFaceCss, fontPackageDir } from '../render/print/fonts.js';

export type { PageSession } from './page-slot.js';

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
  // Fewer helper processes: the GPU service runs inside the browser process (with
  // renderers capped at the pool's concurrency, a 10-article batch peaks ~250 MB lower).
  '--in-process-gpu',
  `--disable-features=${disabledFeatures().join(',')}`,
];

/**
 * The features Chromium runs without: those Playwright 1.65 turned off, which Galley
 * launched Chromium through before it spoke the DevTools protocol itself (a test
 * checks they are still covered), and the omnibox popups: the full headless Chromium
 * preloads them for every window, one more renderer of 60–150 MB per browser context.
 */
function disabledFeatures(): string[] {
  const playwrights = [
    'AvoidUnnecessaryBeforeUnloadCheckSync', 'DestroyProfileOnBrowserClose', 'HttpsUpgrades', 'HttpsFirstBalancedModeAutoEnable',
    'LensOverlay', 'MediaRouter', 'PaintHolding', 'ThirdPartyStoragePartitioning', 'AvoidCorsURLLoaderRestartOnRedirect',
    'TcpPortRandomizationWin', 'OptimizationHints', 'NetworkTimeServiceQuerying', 'AimEnabled', 'PreconnectToSearch',
    'msForceBrowserSignIn', 'msEdgeUpdateLaunchServicesPreferredVersion',
  ];
  return [...playwrights, 'WebUIOmniboxPopup', 'WebUIOmniboxFullPopup', 'WebUIOmniboxAimPopup'];
}

export interface BrowserPoolOptions {
  profile?: Profile;
  /** Chromium executable; found automatically when absent. */
  executablePath?: string;
  /** Pages laid out at once (default: GALLEY_PDF_CONCURRENCY, else the number of cores). */
  concurrency?: number;
  env?: NodeJS.ProcessEnv;
  /** npm package that carries its own Chromium, tried when none is installed (default @sparticuz/chromium, if present). */
  npmChromium?: string;
}

/**
 * A Chromium shipped inside an npm package (@sparticuz/chromium unpacks its
 * build on first use): not a dependency of Galley, used when a journal installs it.
 */
export async function chromiumFromNpm(moduleName = '@sparticuz/chromium'): Promise<string | undefined> {
  try {
    const mod = await importPackage<{ default?: { executablePath?: () => Promise<string> } }>(moduleName);
    return (await mod.default?.executablePath?.()) || undefined;
  } catch {
    return undefined;
  }
}

export class BrowserCrashError extends Error {
  constructor(cause: unknown) {
    super(`Unexpected crash of Chromium while laying out the PDF (after one restart), expected it to keep running: ${(cause as Error)?.message ?? cause}`);
    this.name = 'BrowserCrashError';
  }
}

// The protocol client's own texts for a gone page or browser, and Chromium's answer to a command for one.
const crashPattern = new RegExp([browserClosedMessage, targetClosedMessage, targetCrashedMessage].map(escapeRegExp).concat('Protocol error.*(closed|crash)').join('|'), 'i');

export class BrowserPool implements PdfPrinter {
  private browser: CdpBrowser;
  /** Bumped at every relaunch, so work that crashed in an older browser just retries. */
  private generation = 0;
  private relaunching?: Promise<void>;
  private restarts = 0;
  private readonly free: PageSlot[];
  private readonly waiting: ((slot: PageSlot) => void)[] = [];
  private closed = false;

  private constructor(
    browser: CdpBrowser,
    readonly executablePath: string,
    readonly concurrency: number,
  ) {
    this.browser = browser;
    this.free = Array.from({ length: concurrency }, () => new PageSlot());
  }

  /** Find and launch Chromium. @throws BrowserNotFoundError when there is none. */
  static async open(options: BrowserPoolOptions = {}): Promise<BrowserPool> {
    const env = options.env ?? process.env;
    const configured = options.profile ? loadPrintProfile(options.profile).print.chromium : undefined;
    let executablePath = options.executablePath;
    if (!executablePath) {
      try {
        executablePath = findChromium({ env, configured: configured && options.profile ? resolve(options.profile.root, configured) : configured });
      } catch (error) {
        // A path set by hand that does not exist is reported as such; otherwise an npm-installed Chromium is the last resort.
        if (!(error instanceof BrowserNotFoundError) || error.configured) throw error;
        executablePath = await chromiumFromNpm(options.npmChromium);
        if (!executablePath) throw error;
      }
    }
    const concurrency = Math.max(1, Math.floor(options.concurrency ?? (Number(env.GALLEY_PDF_CONCURRENCY) || cpus().length)));
    const browser = await launch(executablePath, concurrency);
    const pool = new BrowserPool(browser, executablePath, concurrency);
    // The first article's page gets ready in the background while the build prepares the article.
    const fonts = options.profile ? printFonts(options.profile) : undefined;
    pool.free[pool.free.length - 1].warm(browser, [...warmUpRoots, ...(fonts?.dirs ?? [])], (page) => warmUpLayout(page, fonts?.css));
    return pool;
  }

  /**
   * Run `work` on a page of the pool. Requests outside `fileRoots` are aborted.
   * If the browser crashes, it is relaunched (once per pool) and `work` retried.
   */
  async withPage<T>(fileRoots: string[], work: (session: PageSession) => Promise<T>): Promise<T> {
    if (this.closed) throw new Error('Unexpected use of a closed BrowserPool, expected BrowserPool.open() first');
    const slot = await this.acquire();
    try {
      const generation = this.generation;
      try {
        return await work(await slot.session(this.browser, fileRoots));
      } catch (error) {
        if (!this.isCrash(error)) throw error;
        await this.recover(generation, error);
        slot.reset();
        try {
          return await work(await slot.session(this.browser, fileRoots));
        } catch (again) {
          throw this.isCrash(again) ? new BrowserCrashError(again) : again;
        }
      }
    } finally {
      slot.tidy();
      this.release(slot);
    }
  }

  /** A print job (print-job.ts) on a page of the pool. */
  print(job: PrintJob): Promise<LayoutResult> {
    return printInPool(this, job);
  }

  /** How many times the browser was relaunched after a crash. */
  get restartCount(): number {
    return this.restarts;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.browser.close().catch(() => undefined);
  }

  private isCrash(error: unknown): boolean {
    return !this.browser.isConnected() || crashPattern.test((error as Error)?.message ?? '');
  }

  /** Relaunch once; work that failed in a browser already replaced only needs to retry. */
  private async recover(generation: number, error: unknown): Promise<void> {
    if (generation !== this.generation) return;
    if (!this.relaunching) {
      if (this.restarts >= 1) throw new BrowserCrashError(error);
      this.restarts += 1;
      this.relaunching = (async () => {
        await this.browser.close().catch(() => undefined);
        this.browser = await launch(this.executablePath, this.concurrency);
        this.generation += 1;
      })().finally(() => (this.relaunching = undefined));
    }
    await this.relaunching;
  }

  private acquire(): Promise<PageSlot> {
    const slot = this.free.pop();
    if (slot) return Promise.resolve(slot);
    return new Promise((resolveSlot) => this.waiting.push(resolveSlot));
  }

  private release(slot: PageSlot): void {
    const next = this.waiting.shift();
    if (next) next(slot);
    else this.free.push(slot);
  }
}

/** The print fonts' @font-face rules and folders, for the warm-up; none when the profile's print section is unusable (the article reports it). */
function printFonts(profile: Profile): { css: string; dirs: string[] } | undefined {
  try {
    const { body, heading } = printSettings(profile).fonts;
    return { css: `${fontFaceCss(body)}\n${fontFaceCss(heading)}`, dirs: [fontPackageDir(body), fontPackageDir(heading)] };
  } catch {
    return undefined;
  }
}

function launch(executablePath: string, concurrency: number): Promise<CdpBrowser> {
  return CdpBrowser.launch(executablePath, [...chromiumArgs, `--renderer-process-limit=${concurrency}`], 30_000);
}
