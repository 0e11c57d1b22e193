// The print pane across saves (real Chromium): it keeps the page and scroll
// position, counts the pages against the article's range; and before any good
// build the preview says plainly that there is nothing to show yet.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type PreviewServer } from '../../src/preview/server.js';
import { launchChromium } from '../render/html/browser.js';
import { repoRoot } from '../render/html/helpers.js';

function copy(edit?: (text: string) => string): { work: string; articleDir: string; source: string } {
  const work = mkdtempSync(join(tmpdir(), 'galley-print-pane-'));
  const articleDir = join(work, 'article/harris-2017');
  cpSync(join(repoRoot, 'article/harris-2017'), articleDir, { recursive: true });
  cpSync(join(repoRoot, 'journal.yaml'), join(work, 'journal.yaml'));
  const source = join(articleDir, 'article.md');
  if (edit) writeFileSync(source, edit(readFileSync(source, 'utf8')));
  return { work, articleDir, source };
}

describe('before the first good build', () => {
  it('both panes and the status say there is nothing to show yet, not "the last good output"', async () => {
    const { work, articleDir } = copy((t) => t.replace(/^volume: 5$/m, 'volume: [5'));
    const server = await startPreview({ articleDir, profileFile: join(work, 'journal.yaml'), port: 0, cwd: work });
    try {
      expect(server.build.ok).toBe(false);
      const text = async (path: string) => (await fetch(new URL(path, server.url))).text();
      const shell = await text('/');
      expect(shell).toContain('(nothing to show until a build succeeds)');
      expect(shell).not.toContain('showing the last good output');
      for (const path of ['/html/index.html', '/print/']) expect(await text(path)).toContain('<p id="empty-state">Nothing to show yet: no build of this article has succeeded.');
    } finally {
      await server.close();
      rmSync(work, { recursive: true, force: true });
    }
  });
});

describe('the print pane in Chromium', () => {
  let server: PreviewServer;
  let browser: Browser;
  let page: Page;
  let setup: ReturnType<typeof copy>;
  beforeAll(async () => {
    setup = copy();
    server = await startPreview({ articleDir: setup.articleDir, profileFile: join(setup.work, 'journal.yaml'), port: 0, cwd: setup.work });
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1600, height: 900 } })).newPage();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(setup.work, { recursive: true, force: true });
  });
  const print = (): Frame => page.frames().find((f) => f.url().endsWith('/print/'))!;
  const topPage = () =>
    print().evaluate(() => {
      const pages = Array.from(document.querySelectorAll<HTMLElement>('.pagedjs_page'));
      return pages.filter((p) => p.offsetTop <= window.scrollY + 1).length - 1;
    });

  it('shows the page count against the range, then keeps page 9 on screen after a save', { timeout: 90_000 }, async () => {
    await page.goto(server.url, { waitUntil: 'load' });
    await print().waitForSelector('html[data-paged-done="true"]', { timeout: 30_000 });
    await expect(print().locator('#galley-page-count').textContent()).resolves.toBe('15 pages (693–707), fits 693–707');
    await print().evaluate(() => {
      const target = document.querySelectorAll<HTMLElement>('.pagedjs_page')[8];
      window.scrollTo(0, target.offsetTop + 40);
    });
    await page.waitForTimeout(300);
    expect(await topPage()).toBe(8);
    writeFileSync(setup.source, readFileSync(setup.source, 'utf8').replace('As we approach the hundredth anniversary', 'As we approach the SCROLL-PROBE anniversary'));
    await page.waitForFunction(() => {
      const doc = (document.getElementById('print-view') as HTMLIFrameElement).contentDocument;
      // While the frame reloads its document may have no root or body yet: keep polling then.
      return doc?.documentElement?.dataset.pagedDone === 'true' && !!doc.body?.textContent?.includes('SCROLL-PROBE');
    }, undefined, { timeout: 30_000, polling: 100 });
    expect(await topPage()).toBe(8);
  });
});
