// renderPdf on the hand-built fixture: finishing, determinism, and how
// failures come back as diagnostics.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Profile } from '../../src/profile/types.js';
import { loadProfile } from '../../src/profile/load.js';
import { fixedClock } from '../../src/render/context.js';
import { BrowserPool } from '../../src/pdf/browser.js';
import { BrowserNotFoundError } from '../../src/pdf/find-chromium.js';
import { firstPageLabel } from '../../src/pdf/finish.js';
import { pdfErrorDiagnostics, renderPdf, type PdfRender } from '../../src/pdf/render-pdf.js';
import { LayoutTimeoutError } from '../../src/pdf/paged-run.js';
import { pdfFixtureArticle } from '../fixtures/articles/pdf.js';

const { profile } = loadProfile(join(import.meta.dirname, '../../journal.yaml'));
const ctx = { profile: profile!, clock: fixedClock(new Date('2017-09-30T00:00:00Z')) };
const out = mkdtempSync(join(tmpdir(), 'galley-render-pdf-'));

let pool: BrowserPool;
let first: PdfRender;
let doc: PDFDocument;

beforeAll(async () => {
  pool = await BrowserPool.open({ profile });
  first = await renderPdf(pdfFixtureArticle(), ctx, pool);
  doc = await PDFDocument.load(first.pdf, { updateMetadata: false });
});
afterAll(async () => {
  await pool?.close();
  rmSync(out, { recursive: true, force: true });
});

describe('renderPdf', () => {
  it('lays out the fixture on the pages its source gives, without a problem', () => {
    expect(first.diagnostics).toEqual([]);
    expect(first.pageCount).toBe(3);
    expect(doc.getPageCount()).toBe(3);
    const [width, height] = [doc.getPage(0).getWidth(), doc.getPage(0).getHeight()];
    expect(Math.round((width / 72) * 25.4)).toBe(170);
    expect(Math.round((height / 72) * 25.4)).toBe(240);
  });

  it('replaces Chromium\'s Info with the article\'s, dated by the build clock', () => {
    expect(doc.getTitle()).toBe('The Bolshevik Party Transformed: Stalin’s Rise to Power (1917–1927)');
    expect(doc.getAuthor()).toBe('James Harris');
    expect(doc.getKeywords()).toBe('Stalin; democracy; dictatorship; bolshevism; Сталин; демократия; диктатура; большевизм');
    expect(doc.getSubject()).toContain('DOI 10.15826/qr.2017.3.245');
    expect(doc.getCreator()).toBe('Galley (paged.js, Chromium)');
    expect(doc.getProducer()).toBe('Galley with pdf-lib');
    expect(doc.getCreationDate()?.toISOString()).toBe('2017-09-30T00:00:00.000Z');
    expect(Buffer.from(first.pdf).toString('latin1')).not.toMatch(/HeadlessChrome|Skia\/PDF/);
  });

  it('declares the language and labels pages from the first page', () => {
    expect(doc.catalog.lookup(PDFName.of('Lang'))?.toString()).toBe('(en)');
    expect(firstPageLabel(doc)).toBe(693);
  });

  it('gives the same bytes for the same input, in another browser', async () => {
    const other = await BrowserPool.open({ profile });
    try {
      const again = await renderPdf(pdfFixtureArticle(), ctx, other);
      expect(Buffer.compare(Buffer.from(again.pdf), Buffer.from(first.pdf))).toBe(0);
    } finally {
      await other.close();
    }
  });

  it('gives the same bytes after another article in the same page (one layout document per page)', async () => {
    const solo = await BrowserPool.open({ profile, concurrency: 1 });
    try {
      const other = pdfFixtureArticle();
      other.meta.pages = { first: 10 };
      other.body = other.body.slice(0, 3);
      const before = await renderPdf(other, ctx, solo);
      expect(before.pageCount).toBeGreaterThan(0);
      const again = await renderPdf(pdfFixtureArticle(), ctx, solo);
      expect(again.diagnostics).toEqual([]);
      expect(Buffer.compare(Buffer.from(again.pdf), Buffer.from(first.pdf))).toBe(0);
    } finally {
      await solo.close();
    }
  });

  it('numbers footnotes as the source does, each on the page of its call', () => {
    const file = join(out, 'fixture.pdf');
    writeFileSync(file, first.pdf);
    const page = (n: number) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), file, '-'], { encoding: 'utf8' });
    expect(page(1)).toMatch(/archives\.1 /);
    expect(page(1)).toMatch(/^1 In Britain, a series/m);
    expect(page(1)).toMatch(/^\* Citation: Harris/m);
    const second = [page(2), page(3)].find((p) => /^2 Cf\. \[Schapiro, 1955, p\. 3\]/m.test(p));
    expect(second).toMatch(/archives\.2/);
  });

  it('reports a page count that disagrees with the source, with both numbers', async () => {
    const article = pdfFixtureArticle();
    article.meta.pages = { first: 693, last: 700 };
    const result = await renderPdf(article, ctx, pool);
    expect(result.pdf.length).toBeGreaterThan(0);
    expect(result.diagnostics.map((d) => d.rule)).toEqual(['pdf-page-count']);
    expect(result.diagnostics[0].message).toMatch(/^Unexpected 3 pages \(693–695\) in the print layout, expected 8 \(693–700\)/);
  });

  it('writes the computed last page into the metadata when the source has none', async () => {
    const article = pdfFixtureArticle();
    article.meta.pages = { first: 10 };
    const result = await renderPdf(article, ctx, pool);
    expect(result.diagnostics).toEqual([]);
    const xmp = Buffer.from(result.pdf).toString('latin1');
    expect(xmp).toContain('<prism:startingPage>10</prism:startingPage>');
    expect(xmp).toContain('<prism:endingPage>12</prism:endingPage>');
    expect(firstPageLabel(await PDFDocument.load(result.pdf))).toBe(10);
  });

  it('reports an image that does not load', async () => {
    const article = pdfFixtureArticle();
    const figure = article.body.find((b) => b.type === 'figure');
    if (figure?.type !== 'figure') throw new Error('fixture has a figure');
    figure.file = join(article.dir, 'figures/missing.png');
    const result = await renderPdf(article, ctx, pool);
    expect(result.diagnostics.map((d) => d.rule)).toContain('pdf-image-missing');
  });

  it('reports an invalid print profile instead of throwing', async () => {
    const broken: Profile = { ...profile!, raw: { ...profile!.raw, print: { 'font-size': 'big' } } };
    const result = await renderPdf(pdfFixtureArticle(), { ...ctx, profile: broken }, pool);
    expect(result.pdf.length).toBe(0);
    expect(result.diagnostics.map((d) => [d.rule, d.message])).toEqual([['print-profile-invalid', 'Unexpected "big" at `print.font-size`, expected a length with a unit such as 170mm or 10pt']]);
  });
});

describe('pdfErrorDiagnostics', () => {
  const at = { file: 'article.md', line: 1, column: 1 };
  it('turns the typed failures of the PDF stage into diagnostics', () => {
    expect(pdfErrorDiagnostics(new BrowserNotFoundError(['/usr/bin/chromium']), at)[0]).toMatchObject({ rule: 'pdf-browser-missing', severity: 'error', position: at });
    expect(pdfErrorDiagnostics(new LayoutTimeoutError(60, 'harris-2017'), at)[0]).toMatchObject({ rule: 'pdf-layout-timeout', message: expect.stringContaining('harris-2017 still running after 60 s') });
  });
  it('rethrows anything else: that is a bug, not a diagnostic', () => {
    expect(() => pdfErrorDiagnostics(new TypeError('boom'), at)).toThrow('boom');
  });
});
