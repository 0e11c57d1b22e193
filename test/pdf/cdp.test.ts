// Galley's own DevTools-protocol client (src/pdf/cdp/): the pipe's framing,
// answers and errors, a Chromium that does not start, and a page's errors.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CdpConnection, ProtocolError } from '../../src/pdf/cdp/connection.js';
import { BrowserLaunchError, launchChromium, removeStaleProfiles } from '../../src/pdf/cdp/launch.js';
import { CdpBrowser } from '../../src/pdf/cdp/browser.js';
import { chromiumArgs } from '../../src/pdf/browser.js';
import { findChromium } from '../../src/pdf/find-chromium.js';

const dir = mkdtempSync(join(tmpdir(), 'galley-cdp-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A connection whose other end is the test: what was sent, and a way to answer. */
function pipePair() {
  const toChromium = new PassThrough();
  const fromChromium = new PassThrough();
  const sent: { id: number; method: string; params: Record<string, unknown>; sessionId?: string }[] = [];
  let unread = '';
  toChromium.on('data', (chunk: Buffer) => {
    unread += chunk.toString('utf8');
    const parts = unread.split('\0');
    unread = parts.pop()!;
    for (const part of parts) sent.push(JSON.parse(part));
  });
  return { connection: new CdpConnection(toChromium, fromChromium), fromChromium, sent };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('the protocol connection', () => {
  it('frames commands with a NUL byte and matches answers to them by id, however the bytes arrive', async () => {
    const { connection, fromChromium, sent } = pipePair();
    const first = connection.send('Runtime.evaluate', { expression: '1' }, 'S1');
    const second = connection.send('Browser.getVersion');
    await tick();
    expect(sent.map((m) => [m.id, m.method, m.sessionId])).toEqual([
      [1, 'Runtime.evaluate', 'S1'],
      [2, 'Browser.getVersion', undefined],
    ]);
    // The second answer first, the first one split inside a two-byte character.
    const answer = Buffer.from(JSON.stringify({ id: 1, result: { value: 'Цитирование' } }) + '\0');
    const cut = answer.indexOf(Buffer.from('Ц')) + 1;
    fromChromium.write(Buffer.concat([Buffer.from(JSON.stringify({ id: 2, result: { product: 'Chrome/1' } }) + '\0'), answer.subarray(0, cut)]));
    await tick();
    fromChromium.write(answer.subarray(cut));
    expect(await second).toEqual({ product: 'Chrome/1' });
    expect(await first).toEqual({ value: 'Цитирование' });
  });

  it('turns an error answer into a ProtocolError naming the command', async () => {
    const { connection, fromChromium } = pipePair();
    const failed = connection.send('Page.navigate', { url: 'x' }).catch((e) => e);
    await tick();
    fromChromium.write(JSON.stringify({ id: 1, error: { code: -32000, message: 'Cannot navigate to invalid URL' } }) + '\0');
    const error = await failed;
    expect(error).toBeInstanceOf(ProtocolError);
    expect(error.message).toBe('Protocol error (Page.navigate): Cannot navigate to invalid URL');
  });

  it('delivers events to the session they belong to', async () => {
    const { connection, fromChromium } = pipePair();
    const seen: string[] = [];
    connection.on('Runtime.exceptionThrown', 'S1', (p) => seen.push(`S1 ${p.n}`));
    const stop = connection.on('Runtime.exceptionThrown', undefined, (p) => seen.push(`browser ${p.n}`));
    fromChromium.write(JSON.stringify({ method: 'Runtime.exceptionThrown', params: { n: 1 }, sessionId: 'S1' }) + '\0');
    fromChromium.write(JSON.stringify({ method: 'Runtime.exceptionThrown', params: { n: 2 } }) + '\0');
    fromChromium.write(JSON.stringify({ method: 'Runtime.exceptionThrown', params: { n: 3 }, sessionId: 'S2' }) + '\0');
    await tick();
    stop();
    fromChromium.write(JSON.stringify({ method: 'Runtime.exceptionThrown', params: { n: 4 } }) + '\0');
    await tick();
    expect(seen).toEqual(['S1 1', 'browser 2']);
  });

  it('fails what is waiting when the pipe closes, and every later command at once', async () => {
    const { connection, fromChromium } = pipePair();
    const waiting = connection.send('Page.printToPDF').catch((e) => e);
    fromChromium.destroy();
    expect((await waiting).message).toBe('Browser has been closed (Page.printToPDF)');
    expect(connection.connected).toBe(false);
    await expect(connection.send('Browser.close')).rejects.toThrow('Browser has been closed (Browser.close)');
  });
});

describe('launching Chromium', () => {
  it('reports a program that exits at once, with what it printed', async () => {
    const script = join(dir, 'exits.sh');
    writeFileSync(script, '#!/bin/sh\necho "error while loading shared libraries: libnss3.so" >&2\nexit 127\n');
    chmodSync(script, 0o755);
    const error = await launchChromium(script, []).catch((e) => e);
    expect(error).toBeInstanceOf(BrowserLaunchError);
    expect(error.message).toMatch(/^Unexpected failure starting Chromium \(.*exits\.sh\): it exited with code 127 \(error while loading shared libraries: libnss3\.so\), expected a headless Chromium/);
  });

  it('reports a file that cannot be run at all, without waiting for an exit that never comes', async () => {
    const file = join(dir, 'not-executable');
    writeFileSync(file, 'not a program\n', { mode: 0o644 });
    const error = await launchChromium(file, []).catch((e) => e);
    expect(error).toBeInstanceOf(BrowserLaunchError);
    expect(error.message).toBe(`Unexpected failure starting Chromium (${file}): it could not be run (EACCES), expected a headless Chromium that answers on its DevTools pipe`);
  });

  it('gives up on a program that never answers on the pipe', async () => {
    const script = join(dir, 'silent.sh');
    writeFileSync(script, '#!/bin/sh\nexec sleep 30\n');
    chmodSync(script, 0o755);
    const started = Date.now();
    const error = await launchChromium(script, [], 500).catch((e) => e);
    expect(error).toBeInstanceOf(BrowserLaunchError);
    expect(error.message).toContain('no answer within 0.5 s');
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe('profile folders of killed builds', () => {
  it('are removed for processes that are gone, never for one that runs', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'galley-cdp-sweep-'));
    try {
      const gone = spawnSync(process.execPath, ['-e', '0']).pid!; // has exited
      const folders = {
        gone: join(tmp, `galley-chromium-${gone}-AbC123`),
        ours: join(tmp, `galley-chromium-${process.pid}-XyZ789`),
        running: join(tmp, `galley-chromium-1-QwE456`), // init
        other: join(tmp, `galley-print-${gone}`),
      };
      for (const folder of Object.values(folders)) mkdirSync(join(folder, 'Default'), { recursive: true });
      await removeStaleProfiles(tmp);
      expect(Object.fromEntries(Object.entries(folders).map(([k, f]) => [k, existsSync(f)]))).toEqual({ gone: false, ours: true, running: true, other: true });
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('a page', () => {
  it('evaluates, reports uncaught errors by their message, and prints a PDF', async () => {
    const browser = await CdpBrowser.launch(findChromium({ env: process.env }), chromiumArgs);
    try {
      const refused: string[] = [];
      const page = await browser.newPage({ allows: (url) => url.startsWith('file:'), refused: (url) => refused.push(url) });
      const file = join(dir, 'page.html');
      writeFileSync(file, '<!DOCTYPE html><html><head><meta charset="utf-8"><style>@page { size: 100mm 100mm; }</style></head><body><p>Quaestio Rossica</p></body></html>');
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      expect(await page.evaluate("document.querySelector('p').textContent")).toBe('Quaestio Rossica');
      expect(await page.evaluate((n: number) => n * 2, 21)).toBe(42);
      await expect(page.evaluate('missingFunction()')).rejects.toThrow('Unexpected error in the page: missingFunction is not defined');
      const errors: Error[] = [];
      page.on('pageerror', (e) => errors.push(e));
      await page.evaluate('setTimeout(() => { throw new TypeError("late failure"); }, 0)');
      await page.evaluate('new Promise((r) => setTimeout(r, 50))');
      expect(errors.map((e) => [e.name, e.message])).toEqual([['TypeError', 'late failure']]);
      // WebSockets never connect: the constructor refuses and reports.
      await page.evaluate('try { new WebSocket("ws://127.0.0.1:9/x"); } catch {}');
      await page.evaluate('new Promise((r) => setTimeout(r, 50))');
      expect(refused).toContain('ws://127.0.0.1:9/x');
      const pdf = await page.pdf({ preferCSSPageSize: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      // 100 mm = 283.46 pt, which Chromium rounds down to its pixels: the CSS page size, not letter size (612 × 792).
      expect(pdf.toString('latin1').match(/\/MediaBox \[[^\]]*\]/)?.[0]).toBe('/MediaBox [0 0 282.95999 282.95999]');
      await page.close();
      expect(page.isClosed()).toBe(true);
      await expect(page.evaluate('1')).rejects.toThrow('Target page, context or browser has been closed');
    } finally {
      await browser.close();
    }
    expect(browser.isConnected()).toBe(false);
  });
});
