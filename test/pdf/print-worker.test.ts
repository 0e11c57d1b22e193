// The compiled CLI drives Chromium from the print worker (lib/pdf/print-worker.js):
// the PDF must be the bytes the same job gives in one thread, the main thread
// must never load pdf-lib (nor playwright-core, which the PDF stage no longer
// uses at all), and the worker's failures must come back as the classes the
// PDF stage turns into diagnostics: a missing Chromium, one that does not start.
// Runs against the compiled code (`npm run compile`), in a process of its own.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'galley-print-worker-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Everything from lib/: the code the CLI runs.
const script = `
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
const lib = (p) => import(${JSON.stringify(join(repo, 'lib'))} + '/' + p);
const { loadProfile } = await lib('profile/load.js');
const { prepareArticle } = await lib('pipeline/prepare.js');
const { sourceClock } = await lib('pipeline/clock.js');
const { openPrinter } = await lib('pdf/printer.js');
const { WorkerPrinter } = await lib('pdf/print-on-worker.js');
const { renderPdf } = await lib('pdf/render-pdf.js');
const { LayoutTimeoutError } = await lib('pdf/paged-run.js');
const sha = (bytes) => createHash('sha256').update(bytes).digest('hex');
const loaded = (name) => Object.keys(createRequire(import.meta.url).cache).some((file) => file.includes('/node_modules/' + name + '/'));

const { profile } = loadProfile(${JSON.stringify(join(repo, 'journal.yaml'))});
const { article } = prepareArticle(${JSON.stringify(join(repo, 'article/harris-2017'))}, profile);
const ctx = { profile, clock: sourceClock(article.meta) };
const out = {};

const printer = openPrinter(profile);
out.onWorker = printer instanceof WorkerPrinter;
const viaWorker = await renderPdf(article, ctx, printer);
out.worker = { sha: sha(viaWorker.pdf), pages: viaWorker.pageCount, errors: viaWorker.diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule) };
const timeout = await printer
  .print({ html: '<!DOCTYPE html><html><body><p>x</p></body></html>', fileName: 'x.html', roots: [], layout: { firstPage: 1, timeoutSeconds: 0.001, what: 'the test page' } })
  .then(() => 'no error', (e) => ({ isClass: e instanceof LayoutTimeoutError, seconds: e.seconds, what: e.what, message: e.message }));
out.timeout = timeout;
await printer.close();
out.mainLoaded = { playwright: loaded('playwright-core'), pdfLib: loaded('pdf-lib') };

process.env.GALLEY_CHROMIUM = '/nonexistent/chromium';
const missing = openPrinter(profile);
const noBrowser = await renderPdf(article, ctx, missing);
await missing.close();
out.missing = noBrowser.diagnostics.filter((d) => d.severity === 'error').map((d) => ({ rule: d.rule, message: d.message }));

// A "Chromium" that is there but cannot start.
process.env.GALLEY_CHROMIUM = ${JSON.stringify(join(work, 'broken-chromium'))};
const broken = openPrinter(profile);
const notStarting = await renderPdf(article, ctx, broken);
await broken.close();
out.broken = notStarting.diagnostics.filter((d) => d.severity === 'error').map((d) => ({ rule: d.rule, message: d.message }));
delete process.env.GALLEY_CHROMIUM;

const { BrowserPool } = await lib('pdf/browser.js');
const pool = await BrowserPool.open({ profile });
const inThread = await renderPdf(article, ctx, pool);
await pool.close();
out.inThread = { sha: sha(inThread.pdf), pages: inThread.pageCount };
console.log(JSON.stringify(out));
`;

describe('the print worker', () => {
  it('has a compiled worker to run on', () => {
    expect(existsSync(join(repo, 'lib/pdf/print-worker.js'))).toBe(true);
    expect(existsSync(join(repo, 'lib/bundle/print-worker.js'))).toBe(true);
  });

  it('prints the sample to the same bytes as one thread, keeps playwright and pdf-lib off the main thread, and sends its failures back typed', () => {
    const file = join(work, 'run.mjs');
    writeFileSync(file, script);
    writeFileSync(join(work, 'broken-chromium'), '#!/bin/sh\necho "error while loading shared libraries: libnss3.so" >&2\nexit 127\n', { mode: 0o755 });
    const run = spawnSync(process.execPath, [file], { encoding: 'utf8', timeout: 120_000 });
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout);
    expect(out.onWorker).toBe(true);
    expect(out.worker.errors).toEqual([]);
    expect(out.worker.pages).toBe(15);
    expect(out.inThread.pages).toBe(15);
    expect(out.worker.sha).toBe(out.inThread.sha);
    expect(out.mainLoaded).toEqual({ playwright: false, pdfLib: false });
    expect(out.timeout).toMatchObject({ isClass: true, seconds: 0.001, what: 'the test page' });
    expect(out.timeout.message).toContain('Unexpected layout of the test page still running after 0.001 s');
    expect(out.missing).toEqual([{ rule: 'pdf-browser-missing', message: 'Unexpected missing Chromium at /nonexistent/chromium, expected an executable there (set by GALLEY_CHROMIUM or print.chromium)' }]);
    expect(out.broken).toEqual([
      {
        rule: 'pdf-browser-missing',
        message: `Unexpected failure starting Chromium (${join(work, 'broken-chromium')}): it exited with code 127 (error while loading shared libraries: libnss3.so), expected a headless Chromium that answers on its DevTools pipe`,
      },
    ]);
  });
});
