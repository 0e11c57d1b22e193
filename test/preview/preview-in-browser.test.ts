// The preview page in real Chromium: the HTML galley and the paged.js print
// view side by side, and a save that reloads the view without a manual refresh.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type PreviewServer } from '../../src/preview/server.js';
import { launchChromium } from '../render/html/browser.js';
import { repoRoot } from '../render/html/helpers.js';

const artifacts = join(repoRoot, 'test-artifacts/preview');
let work: string;
let source: string;
let server: PreviewServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const blocked: string[] = [];

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  work = mkdtempSync(join(tmpdir(), 'galley-preview-browser-'));
  const articleDir = join(work, 'article/harris-2017');
  cpSync(join(repoRoot, 'article/harris-2017'), articleDir, { recursive: true });
  cpSync(join(repoRoot, 'journal.yaml'), join(work, 'journal.yaml'));
  source = join(articleDir, 'article.md');
  server = await startPreview({ articleDir, profileFile: join(work, 'journal.yaml'), port: 0, cwd: work });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  // The preview server is the only place the page may reach.
  const own = new URL(server.url).host;
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.host === own) return route.continue();
    blocked.push(url.href);
    return route.abort('blockedbyclient');
  });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const frame = (id: string): Frame => {
  const found = page.frames().find((f) => f.url().endsWith(id === 'html-view' ? '/html/index.html' : '/print/'));
  if (!found) throw new Error(`no ${id} frame`);
  return found;
};

describe('the preview page in Chromium', () => {
  it('shows the HTML galley beside the paged print view', async () => {
    await page.goto(server.url, { waitUntil: 'load' });
    await expect(page.locator('#status').textContent()).resolves.toMatch(/^build 1: ok/);
    await frame('html-view').locator('h1').waitFor();
    await expect(frame('html-view').locator('h1').textContent()).resolves.toContain('The Bolshevik Party Transformed');
    await frame('print-view').waitForSelector('html[data-paged-done="true"]', { timeout: 20_000 });
    const pages = await frame('print-view').locator('.pagedjs_page').count();
    expect(pages).toBeGreaterThan(5);
    await page.screenshot({ path: join(artifacts, 'preview.png') });
    expect(blocked).toEqual([]);
  });

  it('reloads the HTML view by itself after the source is saved', async () => {
    const text = readFileSync(source, 'utf8');
    const saved = performance.now();
    writeFileSync(source, text.replace('As we approach the hundredth anniversary', 'As we approach the BROWSER-PROBE anniversary'));
    await page.waitForFunction(
      () => {
        const doc = (document.getElementById('html-view') as HTMLIFrameElement).contentDocument;
        return !!doc && doc.body?.textContent?.includes('BROWSER-PROBE');
      },
      undefined,
      { timeout: 5000, polling: 20 },
    );
    console.log(`preview in Chromium: save → HTML view shows the new text in ${(performance.now() - saved).toFixed(0)} ms`);
    await expect(page.locator('#status').textContent()).resolves.toMatch(/^build 2: ok/);
  });

  it('lists build errors above the views', async () => {
    const text = readFileSync(source, 'utf8');
    writeFileSync(source, text.replace('[@deutscher1949; @schapiro1955;', '[@nosuchwork1999; @schapiro1955;'));
    const problem = page.locator('#problems li.error', { hasText: 'citation-unknown-key' });
    await problem.waitFor({ timeout: 5000 });
    await expect(problem.textContent()).resolves.toMatch(/^article\/harris-2017\/article\.md:\d+:\d+ error citation-unknown-key Unexpected/);
    await expect(page.locator('#status').getAttribute('data-ok')).resolves.toBe('false');
    // Both views keep the last good output while the source is broken.
    await frame('print-view').waitForSelector('html[data-paged-done="true"]', { timeout: 20_000 });
    await expect(frame('html-view').locator('body').textContent()).resolves.toContain('BROWSER-PROBE');
    await page.screenshot({ path: join(artifacts, 'preview-error.png') });
  });
});
