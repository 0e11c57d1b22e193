// The pool's Chromium runs one renderer per page and no browser UI: the full
// headless Chromium would preload omnibox popups for every browser context (a
// renderer of 60–150 MB each). Galley launches it itself (src/pdf/cdp/) with the
// switches Playwright used to launch it with, checked here against Playwright's
// own launch, and keeps every feature Playwright turns off.
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
            return page.evaluate("document.querySelector('p').textContent");
          }),
        ),
      );
      expect(texts).toEqual(['Cold builds in a second', 'Cold builds in a second']);
      expect(renderers()).toHaveLength(2);
    } finally {
      await pool.close();
    }
  });

  it('starts Chromium with the switches Playwright would, and without every feature Playwright turns off', async () => {
    // The browser process: no --type (helpers have one); the wrapper script's flags are in both.
    const browserCommandLine = () => descendants().find((c) => !c.some((a) => a.startsWith('--type=')) && c.includes('--remote-debugging-pipe')) ?? [];
    const reference = await chromium.launch({ executablePath: findChromium({ env: process.env }), headless: true, args: chromiumArgs });
    let theirs: string[];
    try {
      theirs = browserCommandLine();
    } finally {
      await reference.close();
    }
    const pool = await BrowserPool.open({ concurrency: 1 });
    let ours: string[];
    try {
      ours = browserCommandLine();
    } finally {
      await pool.close();
    }
    const switches = (args: string[]) => new Set(args.slice(1).filter((a) => !/^--(user-data-dir|renderer-process-limit|disable-features)=/.test(a)));
    expect(ours.length).toBeGreaterThan(20);
    expect(switches(ours)).toEqual(switches(theirs));
    // Playwright puts its own --disable-features first; the last one counts.
    const playwrights = disabledFeaturesOf(theirs.filter((a) => a.startsWith('--disable-features=')).slice(0, 1));
    expect(playwrights).toContain('PaintHolding');
    expect(disabledFeaturesOf(ours)).toEqual(expect.arrayContaining(playwrights));
    expect(disabledFeaturesOf(ours)).toEqual(expect.arrayContaining(['WebUIOmniboxPopup', 'WebUIOmniboxFullPopup', 'WebUIOmniboxAimPopup']));
  });
});
