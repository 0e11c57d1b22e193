// One page of the pool, reused from article to article: a new context (and
// renderer process) per article cost about 0.25 s more than navigating the
// same page. Its request gate lets through local files under the current
// article's folders (and data: and blob: URLs) and nothing else.
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CdpBrowser, CdpPage } from './cdp/browser.js';

/** What a unit of work gets: the page, and the requests it made that were blocked. */
export interface PageSession {
  page: CdpPage;
  /** URLs the page asked for and did not get. */
  blocked: string[];
}

export class PageSlot {
  private page?: CdpPage;
  private roots: string[] = [];
  private blocked: string[] = [];
  private warming?: Promise<void>;

  /**
   * Open the page ahead of the first article and let `prepare` load what every
   * layout needs, while the build does other work. Failures are ignored: the
   * first real session simply opens the page again.
   */
  warm(browser: CdpBrowser, fileRoots: string[], prepare: (page: CdpPage) => Promise<void>): void {
    this.warming = (async () => {
      this.roots = fileRoots.map((root) => resolve(root));
      await this.open(browser);
      await prepare(this.page!);
    })()
      .catch(() => this.reset())
      .finally(() => (this.warming = undefined));
  }

  /** A live page for this unit of work (created, or re-created after a crash or a time-out). */
  async session(browser: CdpBrowser, fileRoots: string[]): Promise<PageSession> {
    await this.warming;
    this.roots = fileRoots.map((root) => resolve(root));
    this.blocked = [];
    if (!this.page || this.page.isClosed()) await this.open(browser);
    return { page: this.page!, blocked: this.blocked };
  }

  /**
   * After an article: have the renderer collect its garbage now. Without it the
   * page's heap keeps what earlier layouts left (~100 MB more after five
   * articles); started without waiting, it runs while Node finishes the PDF,
   * and the next article's navigation simply queues behind it.
   */
  tidy(): void {
    const page = this.page;
    if (!page || page.isClosed()) return;
    void page.send('HeapProfiler.collectGarbage').catch(() => undefined);
  }

  /** Forget the page (its browser is gone). */
  reset(): void {
    this.page = undefined;
  }

  private async open(browser: CdpBrowser): Promise<void> {
    await this.page?.close().catch(() => undefined);
    this.page = await browser.newPage({
      allows: (url) => url.startsWith('data:') || url.startsWith('blob:') || (url.startsWith('file:') && isUnder(url, this.roots)),
      refused: (url) => this.blocked.push(url),
    });
  }
}

function isUnder(fileUrl: string, roots: string[]): boolean {
  let path: string;
  try {
    path = fileURLToPath(fileUrl.split(/[?#]/)[0]);
  } catch {
    return false;
  }
  return roots.some((root) => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep));
}
