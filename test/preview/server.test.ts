// Drives `galley preview` on a copy of the sample article: serve, watch,
// rebuild, announce over Server-Sent Events, show build errors in the page.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type PreviewServer } from '../../src/preview/server.js';
import { repoRoot } from '../render/html/helpers.js';
import { openEvents, type EventStream } from './sse.js';

const ceilingMs = 5000;
let work: string;
let articleDir: string;
let source: string;
let server: PreviewServer;
const logged: string[] = [];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'galley-preview-test-'));
  articleDir = join(work, 'article/harris-2017');
  cpSync(join(repoRoot, 'article/harris-2017'), articleDir, { recursive: true });
  cpSync(join(repoRoot, 'journal.yaml'), join(work, 'journal.yaml'));
  source = join(articleDir, 'article.md');
  server = await startPreview({ articleDir, profileFile: join(work, 'journal.yaml'), port: 0, cwd: work, log: (l) => logged.push(l) });
});

afterAll(async () => {
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const page = async (path: string) => {
  const res = await fetch(new URL(path, server.url));
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
};

describe('galley preview', () => {
  it('listens on 127.0.0.1 and serves the preview page with both views', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.build.ok, JSON.stringify(server.build.diagnostics.filter((d) => d.severity === 'error'))).toBe(true);
    const shell = await page('/');
    expect(shell.status).toBe(200);
    expect(shell.text).toContain('<h1>Galley preview: harris-2017</h1>');
    expect(shell.text).toContain('<iframe id="html-view" title="HTML galley" src="/html/index.html"></iframe>');
    expect(shell.text).toContain('<iframe id="print-view" title="Print view (paged.js)" src="/print/"></iframe>');
    expect(logged[0]).toBe(`preview of harris-2017: ${server.url}`);
    expect(logged[1]).toMatch(/^build 1: ok in \d+ ms/);
  });

  it('serves the HTML galley with the live-reload script, and its assets', async () => {
    const html = await page('/html/index.html');
    expect(html.text).toContain('<h1 id="article-title" class="article-title" lang="en">The Bolshevik Party Transformed');
    expect(html.text).toContain('<script src="/_preview/client.js" data-version="1" defer></script>\n</body>');
    const css = await page('/html/assets/galley.css');
    expect(css.type).toBe('text/css; charset=utf-8');
    expect(css.text).toContain('@media print');
    expect((await page('/html/../journal.yaml')).status).toBe(404);
  });

  it('serves the print view with paged.js and only the files it references', async () => {
    const print = await page('/print/');
    expect(print.text).toContain('<script src="/_preview/paged.polyfill.js"></script>');
    expect(print.text).toContain('window.PagedConfig = { auto: false };');
    expect(print.text).not.toContain('file://');
    const font = /\/_fs\/[^"')\s]+\.woff2/.exec(print.text)?.[0];
    expect(font).toBeDefined();
    const res = await fetch(new URL(font!, server.url));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('font/woff2');
    expect((await page('/_fs/etc/passwd')).status).toBe(404);
    expect((await page('/_fs' + join(work, 'journal.yaml'))).status).toBe(404);
    expect((await page('/_preview/paged.polyfill.js')).text).toContain('PagedPolyfill');
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(server.url, { headers: { host: 'attacker.example' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
  });

  it('rebuilds on saving the source and announces the reload; the new text is served', async () => {
    const events: EventStream = await openEvents(new URL('/_preview/events', server.url).href);
    try {
      let last = await events.next(() => true, ceilingMs);
      const original = readFileSync(source, 'utf8');
      const latencies: number[] = [];
      // Three saves: the first rebuild runs on a cold JIT, the later ones are what an editor sees.
      for (const probe of ['PREVIEW-PROBE-1', 'PREVIEW-PROBE-2', 'PREVIEW-PROBE']) {
        const saved = performance.now();
        writeFileSync(source, original.replace('As we approach the hundredth anniversary', `As we approach the ${probe} anniversary`));
        const reload = await events.next((e) => e.version > last.version, ceilingMs);
        const html = await page('/html/index.html');
        const served = performance.now();
        expect(reload.ok).toBe(true);
        expect(html.text).toContain(`As we approach the ${probe} anniversary`);
        latencies.push(served - saved);
        console.log(`preview: save → reload event ${(reload.at - saved).toFixed(0)} ms, → new page served ${(served - saved).toFixed(0)} ms (build ${reload.ms} ms)`);
        expect(served - saved).toBeLessThan(ceilingMs);
        last = reload;
      }
    } finally {
      events.close();
    }
  });

  it('shows a build error in the page with file:line:column and keeps the last good galley', async () => {
    const events = await openEvents(new URL('/_preview/events', server.url).href);
    try {
      const before = await events.next(() => true, ceilingMs);
      const text = readFileSync(source, 'utf8');
      writeFileSync(source, text.replace('[@deutscher1949; @schapiro1955;', '[@nosuchwork1999; @schapiro1955;'));
      const failed = await events.next((e) => e.version > before.version, ceilingMs);
      expect(failed.ok).toBe(false);
      const problem = failed.items.find((i) => i.text.includes('citation-unknown-key'));
      expect(problem?.text).toMatch(/^article\/harris-2017\/article\.md:\d+:\d+ error citation-unknown-key /);
      const shell = await page('/');
      expect(shell.text).toContain('<p id="status" role="status" data-ok="false">');
      expect(shell.text).toMatch(/<li class="error">article\/harris-2017\/article\.md:\d+:\d+ error citation-unknown-key /);
      // The galley stays readable: the last good build is still served.
      expect((await page('/html/index.html')).text).toContain('PREVIEW-PROBE');

      writeFileSync(source, text);
      const fixed = await events.next((e) => e.version > failed.version, ceilingMs);
      expect(fixed.ok).toBe(true);
      expect(fixed.items.some((i) => i.text.includes('citation-unknown-key'))).toBe(false);
    } finally {
      events.close();
    }
  });
});
