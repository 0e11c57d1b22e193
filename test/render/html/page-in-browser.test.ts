// The article page in real headless Chromium: accessibility (axe-core, WCAG
// 2.1 A/AA), in-page links, JSON-LD, HTML validity, fonts, the copy button
// with and without scripts, and screenshots kept under test-artifacts/html/.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article, Block, Inline } from '../../../src/model/types.js';
import { hostile, hostileFixtureArticle, htmlFixtureArticle } from '../../fixtures/articles/html.js';
import { launchChromium, openServed, origin, type ServedPage } from './browser.js';
import { repoRoot, testContext } from './helpers.js';
import { sampleArticle } from '../../helpers/sample-article.js';
import { writeHtmlGalley } from './write-galley.js';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');
const artifacts = join(repoRoot, 'test-artifacts/html');
const validator = new HtmlValidate(JSON.parse(readFileSync(join(repoRoot, '.htmlvalidate.json'), 'utf8')));
const ctx = testContext();

let browser: Browser;
beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations;
  });
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** In-page links whose target id is not in the document. */
async function brokenInPageLinks(page: Page): Promise<{ total: number; broken: string[] }> {
  return page.evaluate(() => {
    const links = [...document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
    const broken = links.map((a) => a.getAttribute('href')!).filter((href) => !document.getElementById(decodeURIComponent(href.slice(1))));
    return { total: links.length, broken };
  });
}

async function jsonLdOf(page: Page): Promise<Record<string, any>[]> {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return texts.map((t) => JSON.parse(t));
}

async function openArticle(article: Article, name: string, viewport = { width: 1200, height: 900 }, javaScriptEnabled = true) {
  const galley = writeHtmlGalley(article, ctx);
  const served = await openServed(browser, galley.dir, { viewport, javaScriptEnabled });
  await served.page.goto(`${origin}/index.html`, { waitUntil: 'load' });
  await served.page.evaluate(() => document.fonts.ready);
  return { ...galley, ...served, name };
}

/** Cited works in the body and notes, each of which should be one link. */
function citationItems(article: Article): number {
  let count = 0;
  const inlines = (nodes: Inline[]): void =>
    nodes.forEach((n) => (n.type === 'citation' ? (count += n.items.length) : 'children' in n ? inlines(n.children) : undefined));
  const blocks = (nodes: Block[]): void =>
    nodes.forEach((b) => {
      if (b.type === 'paragraph') inlines(b.children);
      else if (b.type === 'figure') inlines(b.caption);
      else if (b.type === 'section') (inlines(b.title), blocks(b.children));
      else if (b.type === 'blockquote') blocks(b.children);
      else if (b.type === 'list') b.items.forEach(blocks);
    });
  blocks(article.body);
  article.footnotes.forEach((note) => blocks(note.children));
  return count;
}

function expectSameAsSource(ld: Record<string, any>, article: Article) {
  const { meta } = article;
  expect(ld['@type']).toBe('ScholarlyArticle');
  expect(ld.identifier.value).toBe(meta.doi);
  expect(ld['@id']).toBe(`https://doi.org/${meta.doi}`);
  expect(ld.headline).toBe(meta.titleText[meta.lang]);
  expect(ld.pageStart).toBe(String(meta.pages.first));
  expect(ld.pageEnd).toBe(String(meta.pages.last));
  expect(ld.author.map((a: any) => [a.givenName, a.familyName])).toEqual(meta.authors.map((a) => [a.name[meta.lang].given, a.name[meta.lang].surname]));
  expect(ld.author.map((a: any) => a.sameAs ?? null)).toEqual(meta.authors.map((a) => (a.orcid ? `https://orcid.org/${a.orcid}` : null)));
}

describe('the fixture article page in Chromium', () => {
  let opened: Awaited<ReturnType<typeof openArticle>> & ServedPage;
  beforeAll(async () => {
    opened = await openArticle(htmlFixtureArticle(), 'fixture');
  });
  afterAll(async () => opened?.context.close());

  it('has no WCAG 2.1 A/AA violations (axe-core)', async () => {
    expect(await axeViolations(opened.page)).toEqual([]);
  });

  it('has a target for every in-page link', async () => {
    const links = await brokenInPageLinks(opened.page);
    expect(links.broken).toEqual([]);
    // skip link, affiliation, 5 citation links, 3 note calls, 3 back links
    expect(links.total).toBe(13);
  });

  it('loads everything from its own folder and asks the network for nothing', () => {
    expect(opened.missing).toEqual([]);
    expect(opened.blocked).toEqual([]);
  });

  it('renders Latin and Cyrillic in the shipped PT fonts', async () => {
    const loaded = await opened.page.evaluate(() =>
      [...document.fonts].filter((f) => f.status === 'loaded').map((f) => `${f.family.replace(/"/g, '')} ${f.weight} ${f.style} ${f.unicodeRange.includes('U+400-45F') ? 'cyrillic' : 'latin'}`),
    );
    expect(loaded).toEqual(expect.arrayContaining(['PT Serif 400 normal latin', 'PT Serif 400 normal cyrillic', 'PT Sans 700 normal latin', 'PT Sans 400 normal cyrillic']));
    const bodyFont = await opened.page.evaluate(() => getComputedStyle(document.querySelector('.article-body p')!).fontFamily);
    expect(bodyFont).toMatch(/^"PT Serif"/);
  });

  it('has JSON-LD that parses and equals the source', async () => {
    const [ld] = await jsonLdOf(opened.page);
    expectSameAsSource(ld, htmlFixtureArticle());
  });

  it('is valid HTML (html-validate, recommended preset)', async () => {
    const report = await validator.validateString(opened.html, 'index.html');
    const errors = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`));
    expect(errors).toEqual([]);
    expect(report.valid).toBe(true);
  });

  it('shows the copy button and copies the citation to the clipboard', async () => {
    const { page, context } = opened;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const button = page.locator('button[data-copy-target="citation-ru-text"]');
    await expect(button.isVisible()).resolves.toBe(true);
    await button.click();
    await page.locator('.copy-status', { hasText: 'Copied' }).waitFor({ timeout: 5000 });
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(htmlFixtureArticle().citationBlocks[1].plain);
  });

  it('keeps screenshots on desktop and phone as artifacts', async () => {
    await opened.page.screenshot({ path: join(artifacts, 'fixture-desktop.png'), fullPage: true });
    const phone = await openArticle(htmlFixtureArticle(), 'fixture-phone', { width: 390, height: 844 });
    await phone.page.screenshot({ path: join(artifacts, 'fixture-phone.png'), fullPage: true });
    // Readable on a phone: nothing wider than the screen.
    const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.context.close();
    expect(readFileSync(join(artifacts, 'fixture-desktop.png')).subarray(1, 4).toString()).toBe('PNG');
  });
});

describe('the page on paper', () => {
  it('drops the screen furniture, keeps the text and prints the ORCID address', async () => {
    const opened = await openArticle(htmlFixtureArticle(), 'print');
    const { page } = opened;
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.galleys').isVisible()).resolves.toBe(false);
    await expect(page.locator('button.copy-button').first().isVisible()).resolves.toBe(false);
    await expect(page.locator('.skip-link').isVisible()).resolves.toBe(false);
    await expect(page.locator('#citation-ru-text').isVisible()).resolves.toBe(true);
    const orcid = await page.evaluate(() => getComputedStyle(document.querySelector('.orcid')!, '::after').content);
    expect(orcid).toBe('" https://orcid.org/0000-0002-1825-0097"');
    await page.screenshot({ path: join(artifacts, 'fixture-print.png'), fullPage: true });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await opened.context.close();
  });
});

describe('the page without scripts', () => {
  it('is complete and readable; the copy buttons stay hidden', async () => {
    const opened = await openArticle(htmlFixtureArticle(), 'no-js', { width: 1200, height: 900 }, false);
    const { page } = opened;
    await expect(page.locator('button.copy-button').first().isVisible()).resolves.toBe(false);
    await expect(page.locator('#citation-en-text').isVisible()).resolves.toBe(true);
    await expect(page.locator('h1').textContent()).resolves.toBe(htmlFixtureArticle().meta.titleText.en);
    await expect(page.locator('#fn-1').isVisible()).resolves.toBe(true);
    await expect(page.locator('#ref-schapiro1955').isVisible()).resolves.toBe(true);
    await opened.context.close();
  });
});

describe('typed markup stays text in the browser', () => {
  it('shows titles, names and abstracts literally and runs no injected script', async () => {
    const opened = await openArticle(hostileFixtureArticle(), 'hostile');
    const { page } = opened;
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await expect(page.locator('h1').textContent()).resolves.toBe(`Title ${hostile}`);
    await expect(page.locator('.article-title-translated').textContent()).resolves.toBe(`Заглавие ${hostile}`);
    await expect(page.locator('.author-name[lang="en"]').textContent()).resolves.toBe(`Jim ${hostile} Harris & Sons`);
    await expect(page.locator('#abstract-en p').first().textContent()).resolves.toBe(`Abstract ${hostile.replace(/"(\w+)"/g, '“$1”')}`); // running text: typographic quotes
    await expect(page.title()).resolves.toBe(`Title ${hostile} — Quaestio Rossica`);
    await expect(page.locator('meta[name="citation_title"]').getAttribute('content')).resolves.toBe(`Title ${hostile}`);
    expect(await page.locator('script').count()).toBe(2);
    expect(await page.locator('b').count()).toBe(0);
    const [ld] = await jsonLdOf(page);
    expect(ld.headline).toBe(`Title ${hostile}`);
    expect(ld.author[0].givenName).toBe(`Jim ${hostile}`);
    expect(dialogs).toBe(0);
    await opened.context.close();
  });
});

describe('the sample article (article/harris-2017) in Chromium', () => {
  let opened: Awaited<ReturnType<typeof openArticle>> & ServedPage;
  let article: Article;
  beforeAll(async () => {
    article = sampleArticle(ctx.profile);
    opened = await openArticle(article, 'sample');
  });
  afterAll(async () => opened?.context.close());

  it('has no WCAG 2.1 A/AA violations, every in-page link lands, and nothing is fetched from outside', async () => {
    expect(await axeViolations(opened.page)).toEqual([]);
    const links = await brokenInPageLinks(opened.page);
    expect(links.broken).toEqual([]);
    // Every cited work links to its entry: as many links to #ref- as citation items in body and notes.
    const citeLinks = await opened.page.locator('a.cite[href^="#ref-"]').count();
    expect(citeLinks).toBe(citationItems(article));
    expect(links.total).toBeGreaterThan(citeLinks);
    expect(opened.blocked).toEqual([]);
    expect(opened.missing).toEqual([]);
  });

  it('has JSON-LD whose DOI, title, pages and author equal the source', async () => {
    const [ld] = await jsonLdOf(opened.page);
    expectSameAsSource(ld, article);
    expect(ld.identifier.value).toBe('10.15826/qr.2017.3.245');
    expect(ld.pageStart).toBe('693');
  });

  it('is valid HTML and leaves a screenshot', async () => {
    const report = await validator.validateString(opened.html, 'index.html');
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`))).toEqual([]);
    await opened.page.screenshot({ path: join(artifacts, 'harris-2017-desktop.png'), fullPage: true });
    await opened.page.screenshot({ path: join(artifacts, 'harris-2017-top.png') });
    await opened.page.setViewportSize({ width: 390, height: 844 });
    await opened.page.screenshot({ path: join(artifacts, 'harris-2017-phone.png'), fullPage: false });
    expect(readFileSync(join(artifacts, 'harris-2017-desktop.png')).length).toBeGreaterThan(10_000);
  });
});
