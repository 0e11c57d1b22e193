// The pool's Chromium runs one renderer per page and no browser UI: the full
// headless Chromium would preload omnibox popups for every browser context (a
// renderer of 60–150 MB each). Galley's --disable-features replaces Playwright's
// (the last one wins), so it must keep every feature Playwright turns off.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { BrowserPool, chromiumArgs } from '../../src/pdf/browser.js';
import { findChromium } from '../../src/pdf/find-chromium.js';

const dir = mkdtempSync(join(tmpdir(), 'galley-browser-processes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Command lines of this process's descendants. */
function descendants(): string[][] {
  const children = new Map<number, number[]>();
  const commands = new Map<number, string[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
      commands.set(Number(entry), readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0'));
    } catch {
      // ended while we looked
    }
  }
  const out: string[][] = [];
  const stack = [...(children.get(process.pid) ?? [])];
  while (stack.length) {
    const pid = stack.pop()!;
    out.push(commands.get(pid) ?? []);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

// Chromium rewrites its helpers' command lines into one string.
const renderers = () => descendants().filter((c) => /--type=renderer\b/.test(c.join(' ')));
const disabledFeaturesOf = (args: string[]) =>
  args.filter((a) => a.startsWith('--disable-features=')).at(-1)?.slice('--disable-features='.length).split(',') ?? [];

describe('the pool browser', () => {
  it('runs one renderer per page at work, no more', async () => {
    const file = join(dir, 'page.html');
    writeFileSync(file, '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><p>Cold builds in a second</p></body></html>');
    const pool = await BrowserPool.open({ concurrency: 2 });
    try {
      const texts = await Promise.all(
        [0, 1].map(() =>
          pool.withPage([dir], async ({ page }) => {
            await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
            return page.textContent('p');
          }),
        ),
      );
      expect(texts).toEqual(['Cold builds in a second', 'Cold builds in a second']);
      expect(renderers()).toHaveLength(2);
    } finally {
      await pool.close();
    }
  });

  it('starts Chromium without every feature Playwright itself turns off', async () => {
    const browser = await chromium.launch({ executablePath: findChromium({ env: process.env }), headless: true });
    let playwrights: string[];
    try {
      const main = descendants().find((c) => !c.some((a) => a.startsWith('--type=')) && c.some((a) => a.startsWith('--disable-features=')));
      playwrights = disabledFeaturesOf(main ?? []);
    } finally {
      await browser.close();
    }
    expect(playwrights).toContain('PaintHolding');
    expect(disabledFeaturesOf(chromiumArgs)).toEqual(expect.arrayContaining(playwrights));
    expect(disabledFeaturesOf(chromiumArgs)).toEqual(expect.arrayContaining(['WebUIOmniboxPopup', 'WebUIOmniboxFullPopup', 'WebUIOmniboxAimPopup']));
  });
});
