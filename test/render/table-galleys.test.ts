// The tables of okafor-volkov-2017-postal-roads in the JATS and HTML galleys:
// JATS table-wrap valid against the official DTD (in-process and xmllint) with
// every row and span; the HTML page passes axe-core in real Chromium and
// html-validate, with <caption>, scope and spans.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateJats } from '../../src/checks/xml-schema.js';
import { plainText } from '../../src/model/plain-text.js';
import type { Article, Block, Table } from '../../src/model/types.js';
import { prepareArticle } from '../../src/pipeline/prepare.js';
import { renderHtml } from '../../src/render/html/index.js';
import { renderJats } from '../../src/render/jats/index.js';
import { renderPrintHtml } from '../../src/render/print/index.js';
import { launchChromium, openServed, origin } from './html/browser.js';
import { writeHtmlGalley } from './html/write-galley.js';
import { repoRoot, testContext, testProfile, xmllintDtd } from './jats/helpers.js';

const require = createRequire(import.meta.url);
const profile = testProfile();
const ctx = testContext(profile);

function okafor(): Article {
  const prepared = prepareArticle(join(repoRoot, 'article/okafor-volkov-2017-postal-roads'), profile);
  const errors = prepared.diagnostics.filter((d) => d.severity === 'error');
  if (!prepared.article || errors.length) throw new Error(errors.map((d) => `${d.rule} ${d.message}`).join('; '));
  return prepared.article;
}

function tablesOf(blocks: Block[]): Table[] {
  return blocks.flatMap((b) => (b.type === 'table' ? [b] : b.type === 'section' ? tablesOf(b.children) : []));
}

const article = okafor();
const [routeBook, registers] = tablesOf(article.body);

describe('the sample tables in the model', () => {
  it('are a pipe table and a three-row-header table with merged cells, numbered and labelled', () => {
    expect([routeBook, registers].map((t) => [t.id, t.number, t.label, t.columns, t.head.length])).toEqual([
      ['tbl1', 1, 'tbl:route-book', 4, 1],
      ['tbl2', 2, 'tbl:registers', 7, 3],
    ]);
    expect(registers.body.length).toBeGreaterThan(30);
    expect(registers.head.flatMap((r) => r.cells).some((c) => c.colspan > 1)).toBe(true);
    expect(registers.head.flatMap((r) => r.cells).some((c) => c.rowspan > 1)).toBe(true);
  });
});

describe('JATS table-wrap', () => {
  const xml = renderJats(article, ctx);
  const wrap = (id: string) => xml.slice(xml.indexOf(`<table-wrap id="${id}">`), xml.indexOf('</table-wrap>', xml.indexOf(`<table-wrap id="${id}">`)));

  it('is valid against the JATS 1.3 Publishing DTD, in-process and for xmllint', () => {
    expect(validateJats(xml, { version: '1.3', fileName: 'okafor.jats.xml' })).toEqual([]);
    expect(xmllintDtd(xml)).toEqual({ ok: true, stderr: '' });
  });

  it('carries label, caption, the header rows with scope and spans, every body row, and the notes in table-wrap-foot', () => {
    const t = wrap('tbl2');
    expect(t).toContain('<label>Table 2</label>\n<caption><p>Horses and travellers at two stations');
    const thead = t.slice(t.indexOf('<thead>'), t.indexOf('</thead>'));
    expect(thead.match(/<tr>/g)).toHaveLength(3);
    expect(thead).toContain('<th scope="col" rowspan="3">Year</th><th scope="colgroup" colspan="3">Verkhnii Brod (post station)</th>');
    expect(thead).toContain('<th scope="col" rowspan="2">Travellers</th>');
    const tbody = t.slice(t.indexOf('<tbody>'), t.indexOf('</tbody>'));
    expect(tbody.match(/<tr>/g)).toHaveLength(registers.body.length);
    expect(tbody).toContain('<tr><td align="right">1830–1831</td><td colspan="6" align="center">registers lost in the fire at Verkhnii Brod</td></tr>');
    expect(t).toMatch(/<tfoot>\n<tr><th scope="row" align="right">Mean<\/th>/);
    expect(t).toMatch(/<table-wrap-foot>\n<fn><p>Horses kept: [^<]*<\/p><\/fn>\n<fn><p>Source: \[<xref ref-type="bibr" rid="[^"]+">ЦАТК\. Ф\. 88/);
    expect(xml).toContain('<table-count count="2"/>');
  });

  it('keeps the pipe table\'s alignment', () => {
    const t = wrap('tbl1');
    expect(t).toContain('<tr><th scope="col" align="left">Station</th><th scope="col" align="left">Kind</th><th scope="col" align="right">Versts from the previous station</th><th scope="col" align="right">Horses</th></tr>');
    expect(t).toContain('<tr><td align="left">Verkhnii Brod</td><td align="left">post station</td><td align="right">24</td><td align="right">6</td></tr>');
  });
});

describe('the printed label', () => {
  it('is in the article\'s language in every galley: "Table 2" in English, "Таблица 2" in Russian', () => {
    const russian: Article = { ...article, meta: { ...article.meta, lang: 'ru' } };
    expect(renderJats(article, ctx)).toContain('<label>Table 2</label>');
    expect(renderJats(russian, ctx)).toContain('<label>Таблица 2</label>');
    expect(renderHtml(article, ctx)).toContain('<span class="table-label">Table 2.</span>');
    expect(renderHtml(russian, ctx)).toContain('<span class="table-label">Таблица 2.</span>');
    expect(renderPrintHtml(article, ctx)).toContain('<span class="table-label">Table 2.</span>');
    expect(renderPrintHtml(russian, ctx)).toContain('<span class="table-label">Таблица 2.</span>');
  });
});

describe('HTML table in Chromium', () => {
  let browser: Browser;
  const galley = writeHtmlGalley(article, ctx);
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('renders without diagnostics and is valid HTML (html-validate)', async () => {
    expect(galley.diagnostics).toEqual([]);
    const validator = new HtmlValidate(JSON.parse(readFileSync(join(repoRoot, '.htmlvalidate.json'), 'utf8')));
    const report = await validator.validateString(galley.html, 'index.html');
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`))).toEqual([]);
  });

  it('passes axe-core (WCAG 2.1 A/AA) and shows every row with its caption and header scopes', async () => {
    const served = await openServed(browser, galley.dir);
    try {
      await served.page.goto(`${origin}/index.html`);
      await served.page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
      const violations = await served.page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(ctx: unknown, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
        return result.violations.map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations).toEqual([]);
      const shown = await served.page.evaluate(() =>
        [...document.querySelectorAll('.table-wrap table')].map((table) => ({
          caption: table.querySelector('caption')?.textContent?.trim(),
          headRows: table.querySelectorAll('thead tr').length,
          bodyRows: [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent?.trim())),
          scopes: [...table.querySelectorAll('th')].every((th) => th.hasAttribute('scope')),
        })),
      );
      expect(shown.map((t) => t.caption)).toEqual([`Table 1. ${plainText(routeBook.caption)}`, `Table 2. ${plainText(registers.caption)}`]);
      expect(shown[1].headRows).toBe(3);
      expect(shown[1].bodyRows).toEqual(registers.body.map((row) => row.cells.map((c) => plainText(c.children))));
      expect(shown.every((t) => t.scopes)).toBe(true);
    } finally {
      await served.context.close();
    }
  }, 60_000);
});
