// The article page of lindqvist-2017 (funding, statements, supplementary file,
// corresponding author) in headless Chromium: no axe-core WCAG 2.1 A/AA violations.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareArticle } from '../../../src/pipeline/prepare.js';
import { launchChromium, openServed, origin } from './browser.js';
import { repoRoot, testContext } from './helpers.js';
import { writeHtmlGalley } from './write-galley.js';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');
const ctx = testContext();

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the back matter of lindqvist-2017 in a browser', () => {
  it('passes axe-core (WCAG 2.1 A and AA)', async () => {
    const { article } = prepareArticle(join(repoRoot, 'article/lindqvist-2017-railway-time'), ctx.profile);
    const galley = writeHtmlGalley(article!, ctx);
    const served = await openServed(browser, galley.dir, { viewport: { width: 1200, height: 900 } });
    try {
      await served.page.goto(`${origin}/index.html`, { waitUntil: 'load' });
      expect(await served.page.locator('#funding h2').textContent()).toBe('Funding');
      await served.page.addScriptTag({ path: axePath });
      const violations = await served.page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(ctx: Document, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
        return result.violations.map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations).toEqual([]);
    } finally {
      await served.context.close();
    }
  }, 60_000);
});
