// Test helper: real headless Chromium serving one output folder under a fake
// origin. Every request elsewhere is aborted and recorded, so a test can also
// prove the page fetches nothing from the network.
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

// https, so the page is a secure context (the Clipboard API needs one); no request leaves the browser.
export const origin = 'https://galley.test';

const chromiumFlags = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
};

export function chromiumPath(): string {
  const path = process.env.GALLEY_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`Chromium not found at ${path}: apt-get install chromium, or set GALLEY_CHROMIUM`);
  return path;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: chromiumFlags });
}

export interface ServedPage {
  context: BrowserContext;
  page: Page;
  /** URLs the page tried to fetch outside the served folder (all aborted). */
  blocked: string[];
  /** Served URLs that had no file (404). */
  missing: string[];
}

/** A new context whose only reachable origin serves `dir`. */
export async function openServed(browser: Browser, dir: string, options: BrowserContextOptions = {}): Promise<ServedPage> {
  const context = await browser.newContext(options);
  const blocked: string[] = [];
  const missing: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== origin) {
      blocked.push(url.href);
      return route.abort('blockedbyclient');
    }
    const rel = normalize(decodeURIComponent(url.pathname)).replace(/^[/\\]+/, '') || 'index.html';
    const file = join(dir, rel.endsWith('/') ? `${rel}index.html` : rel);
    if (!file.startsWith(dir + sep) || !existsSync(file)) {
      missing.push(url.href);
      return route.fulfill({ status: 404, body: 'not found' });
    }
    return route.fulfill({ status: 200, body: readFileSync(file), contentType: types[extname(file)] ?? 'application/octet-stream' });
  });
  const page = await context.newPage();
  return { context, page, blocked, missing };
}
