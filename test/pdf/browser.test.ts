import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserCrashError, BrowserPool } from '../../src/pdf/browser.js';
import { layoutAndPrint, LayoutTimeoutError, pagedjsDir } from '../../src/pdf/paged-run.js';
import { packageDir } from '../../src/pdf/package-dir.js';
import { printSettings } from '../../src/pdf/print-profile.js';
import { loadProfile } from '../../src/profile/load.js';
import { fontFaceCss, fontPackageDir } from '../../src/render/print/fonts.js';

const fontDir = packageDir('@fontsource/pt-serif');

const dir = mkdtempSync(join(tmpdir(), 'galley-browser-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const page = (name: string, body: string) => {
  const file = join(dir, name);
  writeFileSync(file, `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`);
  return file;
};

/** Chromium main processes started by this test process (their parent is us). */
function ourChromiumPids(): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8').trim();
      const [, comm, rest] = stat.match(/^\d+ \((.*)\) (.*)$/) ?? [];
      if (comm?.startsWith('chromium') && Number(rest.split(' ')[1]) === process.pid) pids.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}

describe('BrowserPool', () => {
  let pool: BrowserPool;
  beforeAll(async () => {
    pool = await BrowserPool.open({ concurrency: 2 });
  });
  afterAll(async () => {
    await pool.close();
  });

  it('blocks every request outside the allowed folders, network first of all', async () => {
    const file = page(
      'net.html',
      '<img src="http://example.com/pixel.png"><link rel="stylesheet" href="https://fonts.googleapis.com/css?family=PT+Serif">' +
        '<img src="file:///etc/hostname"><img src="local.png"><script>fetch("https://example.org/beacon").catch(() => {})</script>',
    );
    writeFileSync(join(dir, 'local.png'), Buffer.from('89504e470d0a1a0a', 'hex'));
    const blocked = await pool.withPage([dir], async ({ page: p, blocked: list }) => {
      await p.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      await p.waitForTimeout(100);
      return list;
    });
    expect(blocked).toEqual(expect.arrayContaining(['http://example.com/pixel.png', 'https://fonts.googleapis.com/css?family=PT+Serif', 'file:///etc/hostname', 'https://example.org/beacon']));
    expect(blocked.some((u) => u.endsWith('/local.png'))).toBe(false);
  });

  it('runs no more pages at once than its concurrency', async () => {
    let active = 0;
    let most = 0;
    const work = () =>
      pool.withPage([dir], async ({ page: p }) => {
        active += 1;
        most = Math.max(most, active);
        await p.waitForTimeout(150);
        active -= 1;
      });
    await Promise.all([work(), work(), work(), work(), work()]);
    expect(pool.concurrency).toBe(2);
    expect(most).toBe(2);
  });

  it('abandons a layout that hangs, with a clear message, and keeps working', async () => {
    // Scripts of the print HTML never run (it is parsed inertly): a layout far longer than the time-out stands for a hang.
    const hang = page('hang.html', `<p>${'A paragraph that fills a good part of the page. '.repeat(20)}</p>`.repeat(3000));
    const started = Date.now();
    const error = await pool.withPage([dir, pagedjsDir], (s) => layoutAndPrint(s, hang, { firstPage: 1, timeoutSeconds: 1, what: 'hang-article' })).catch((e) => e);
    expect(error).toBeInstanceOf(LayoutTimeoutError);
    expect(error.message).toMatch(/^Unexpected layout of hang-article still running after 1 s, expected paged\.js to finish/);
    expect(Date.now() - started).toBeLessThan(30_000);
    // The page was closed: the next article gets a new one, which becomes a layout document without running the article.
    const ok = page('ok.html', '<p>Still alive</p><script>window.__ran = true;</script>');
    const result = await pool.withPage([dir, pagedjsDir], async (s) => ({
      layout: await layoutAndPrint(s, ok, { firstPage: 1, timeoutSeconds: 30, what: 'ok' }),
      ran: await s.page.evaluate('window.__ran === true'),
    }));
    expect(result.layout.pageCount).toBe(1);
    expect(result.ran).toBe(false);
  });

  it('keeps one layout document per page: paged.js loads with the warm-up, a font for the first article only', async () => {
    const fonts = `<style>@font-face { font-family: 'T'; src: url(${pathToFileURL(join(fontDir, 'files/pt-serif-latin-400-normal.woff2')).href}) format('woff2'); } body { font-family: 'T'; }</style>`;
    const one = page('one.html', `${fonts}<p>One</p>`);
    const two = page('two.html', `${fonts}<p>Two</p><script>window.__ran = true;</script>`);
    const solo = await BrowserPool.open({ concurrency: 1 });
    try {
      const seen = await solo.withPage([dir, pagedjsDir, fontDir], async (s) => {
        const requests: string[][] = [[], []];
        let at = 0;
        const onRequest = (r: { url(): string }) => requests[at].push(r.url());
        s.page.on('request', onRequest);
        const first = await layoutAndPrint(s, one, { firstPage: 1, timeoutSeconds: 30, what: 'one' });
        at = 1;
        const second = await layoutAndPrint(s, two, { firstPage: 5, timeoutSeconds: 30, what: 'two' });
        s.page.off('request', onRequest);
        const text = await s.page.evaluate('document.querySelector(".pagedjs_page").textContent');
        return { requests, pages: [first.pageCount, second.pageCount], text, ran: await s.page.evaluate('window.__ran === true') };
      });
      expect(seen.pages).toEqual([1, 1]);
      // paged.js came with the warm-up (a pool without a profile preloads no font).
      expect(seen.requests.flat().some((u) => u.endsWith('.js'))).toBe(false);
      expect(seen.requests[0].some((u) => u.endsWith('.woff2'))).toBe(true);
      // The second article in the same page: no navigation, no script, no font fetched again.
      expect(seen.requests[1]).toEqual([]);
      expect(seen.text).toContain('Two');
      expect(seen.text).not.toContain('One');
      expect(seen.ran).toBe(false);
    } finally {
      await solo.close();
    }
  });
});

describe('BrowserPool warm-up', () => {
  it('loads the profile\'s print fonts before the first article: its layout fetches none of them', async () => {
    const { profile } = loadProfile(join(import.meta.dirname, '../../journal.yaml'));
    const print = printSettings(profile!);
    const css = `${fontFaceCss(print.fonts.body)}\n${fontFaceCss(print.fonts.heading)}`;
    // The fonts' own style element, as the print HTML carries it (templates/print/article.hbs).
    const file = page('fonts.html', `<style data-role="fonts">\n${css}\n</style><style>body { font-family: '${print.fonts.body.family}'; }</style><p>Текст and <em>text</em>, <strong>bold</strong></p>`);
    const pool = await BrowserPool.open({ profile, concurrency: 1 });
    try {
      const seen = await pool.withPage([dir, pagedjsDir, fontPackageDir(print.fonts.body), fontPackageDir(print.fonts.heading)], async (s) => {
        const requests: string[] = [];
        const onRequest = (r: { url(): string }) => requests.push(r.url());
        s.page.on('request', onRequest);
        const layout = await layoutAndPrint(s, file, { firstPage: 1, timeoutSeconds: 30, what: 'fonts' });
        s.page.off('request', onRequest);
        return { requests, pages: layout.pageCount, fonts: await s.page.evaluate('Array.from(document.fonts).filter((f) => f.status === "loaded").length') };
      });
      expect(seen.pages).toBe(1);
      expect(seen.fonts).toBeGreaterThan(20);
      expect(seen.requests.filter((u) => u.endsWith('.woff2'))).toEqual([]);
    } finally {
      await pool.close();
    }
  });
});

describe('BrowserPool after a crash', () => {
  it('restarts a killed browser once, then reports the second crash', async () => {
    const pool = await BrowserPool.open({ concurrency: 1 });
    try {
      const file = page('crash.html', '<p>hello</p>');
      let first = true;
      const title = await pool.withPage([dir], async ({ page: p }) => {
        if (first) {
          first = false;
          for (const pid of ourChromiumPids()) process.kill(pid, 'SIGKILL');
        }
        await p.goto(pathToFileURL(file).href);
        return p.evaluate('document.body.textContent');
      });
      expect(title).toBe('hello');
      expect(pool.restartCount).toBe(1);
      const again = await pool
        .withPage([dir], async ({ page: p }) => {
          for (const pid of ourChromiumPids()) process.kill(pid, 'SIGKILL');
          await p.goto(pathToFileURL(file).href);
        })
        .catch((e) => e);
      expect(again).toBeInstanceOf(BrowserCrashError);
      expect(again.message).toMatch(/^Unexpected crash of Chromium while laying out the PDF \(after one restart\)/);
    } finally {
      await pool.close();
    }
  });
});
