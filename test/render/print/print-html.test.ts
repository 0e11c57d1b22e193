import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/model/types.js';
import { NARROW_NBSP, NBSP } from '../../../src/pdf/typography.js';
import { loadProfile } from '../../../src/profile/load.js';
import { fixedClock } from '../../../src/render/context.js';
import { renderPrintHtml, renderPrintHtmlChecked } from '../../../src/render/print/index.js';
import { hostile, hostilePdfFixtureArticle, pdfFixtureArticle } from '../../fixtures/articles/pdf.js';

const repo = resolve(import.meta.dirname, '../../..');
const { profile } = loadProfile(join(repo, 'journal.yaml'));
const ctx = { profile: profile!, clock: fixedClock(new Date('2017-09-30T00:00:00Z')) };
const SHY = '\u00AD';

/** The part of the document between two markers. */
const between = (html: string, start: string, end: string) => html.slice(html.indexOf(start), html.indexOf(end, html.indexOf(start)));
const css = (html: string) => between(html, '<style data-role="layout">', '</style>');

describe('renderPrintHtml', () => {
  const html = renderPrintHtml(pdfFixtureArticle(), ctx);

  it('matches the golden print HTML (paths made machine-independent)', () => {
    const golden = join(import.meta.dirname, 'golden', 'fixture.print.html');
    // An SVG figure travels as a data: URL with the fonts inside (src/render/print/block.ts): named by its size here.
    const normalised = html.split(pathToFileURL(repo).href).join('file:///REPO').replace(/data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+/g, (url) => `data:image/svg+xml;base64,(${url.length} characters)`);
    if (process.env.GALLEY_UPDATE_GOLDEN === '1') writeFileSync(golden, normalised);
    expect(existsSync(golden), `missing golden ${golden}: run with GALLEY_UPDATE_GOLDEN=1`).toBe(true);
    expect(normalised).toBe(readFileSync(golden, 'utf8'));
  });

  it('takes the page geometry and type from the profile', () => {
    const style = css(html);
    expect(style).toContain('size: 170mm 240mm;');
    expect(style).toContain('font-family: "PT Serif", serif;');
    expect(style).toContain('font-size: 10pt;');
    expect(style).toContain('line-height: 1.3;');
  });

  it('embeds the fonts from the npm packages by file URL', () => {
    const fonts = between(html, '<style data-role="fonts">', '</style>');
    const serif = pathToFileURL(join(repo, 'node_modules/@fontsource/pt-serif/files/pt-serif-cyrillic-400-normal.woff2')).href;
    expect(fonts).toContain(`src: url(${serif}) format('woff2');`);
    expect(fonts).toContain("font-family: 'PT Sans'");
    expect(fonts).toMatch(/font-weight: 700;[\s\S]*font-style: italic/);
  });

  it('lays out the first page in the journal\'s order: DOI, UDC, title, author, affiliation, abstracts', () => {
    const order = ['class="doi">DOI 10.15826/qr.2017.3.245', 'class="udc">УДК 329.8+321.74+929Сталин+94(470)&quot;1917/1927&quot;', 'class="title"', 'class="authors">James Harris', 'class="affiliation">University of Leeds,\nLeeds, UK', 'class="abstract" lang="en"', 'class="trans-authors" lang="ru">Джеймс Харрис', 'class="trans-title" lang="ru">Трансформация', 'class="abstract" lang="ru"'];
    const at = order.map((s) => html.indexOf(s));
    expect(at.every((i) => i > 0), JSON.stringify(order.filter((_, i) => at[i] < 0))).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(html).toContain('<em>Keywords:</em> Stalin; democracy; dictatorship; bolshevism.</p>');
    expect(html).toContain('<em>Ключевые слова:</em> Сталин; демократия; диктатура; большевизм.</p>');
  });

  it('puts both citation blocks in the asterisk note of the title', () => {
    const title = between(html, '<h1 class="title"', '</h1>');
    expect(title).toContain('<span class="footnote footnote-star">');
    expect(title).toContain('<em>Citation:</em> Harris,');
    expect(title).toContain('<em>Цитирование:</em> Harris');
    expect(title).toContain('DOI 10.15826/qr.2017.3.245.');
    expect(css(html)).toContain('.footnote.footnote-star::footnote-call { content: "*";');
  });

  it('sets running heads: authors on verso, short title on recto, none on the first page', () => {
    const style = css(html);
    expect(style).toMatch(/@page :right \{[^@]*margin-left: 20mm;[\s\S]*?@top-center \{ content: "The Bolshevik Party Transformed"; \}/);
    expect(style).toMatch(/@page :left \{[^@]*margin-left: 17mm;[\s\S]*?@top-center \{ content: "J\.\u00A0Harris"; \}/);
    expect(style).toMatch(/@page :first \{[\s\S]*@top-center \{ content: none; \}/);
  });

  it('swaps recto and verso when the article starts on an even page', () => {
    const article = pdfFixtureArticle();
    article.meta.pages = { first: 694 };
    const style = css(renderPrintHtml(article, ctx));
    expect(style).toMatch(/@page :left \{[^@]*margin-left: 20mm;[\s\S]*?@top-center \{ content: "The Bolshevik Party Transformed"; \}/);
  });

  it('floats each footnote from its call and keeps its number', () => {
    const plain = html.replaceAll(SHY, '');
    expect(plain).toContain('<span class="footnote fn-1" id="fn-fn1" data-number="1"><span class="fn-p">In Britain, a series');
    expect(plain).toContain('<span class="footnote fn-2" id="fn-fn2" data-number="2"><span class="fn-p">Cf. <span class="citation" id="cit-4">[Schapiro, 1955, p.');
    // paged.js copies the classes of a note onto its call: one rule per number shows it.
    expect(css(html)).toContain('.footnote.fn-1::footnote-call { content: "1"; }');
    expect(css(html)).toContain('.footnote.fn-2::footnote-call { content: "2"; }');
  });

  it('keeps figures with their captions, by file URL', () => {
    const fig = between(html, '<figure class="figure" id="fig2"', '</figure>');
    expect(fig).toContain(`<img src="${pathToFileURL(join(repo, 'test/fixtures/articles/pdf/figures/congress-1924.png')).href}" alt="Joseph Stalin at a rostrum, 1924">`);
    expect(fig).toContain('<figcaption><span class="figure-label">Fig.\u00A02.</span> Joseph Stalin. 1924. Speech at the <em>Sec'); // numbered as in the HTML and JATS
    expect(html).toContain('<figure class="figure placeholder" id="fig1">');
    expect(css(html)).toContain('break-inside: avoid;');
  });

  it('prints both reference lists with hanging indents and bookmarks', () => {
    expect(html).toContain('<h2 class="references-title" data-outline-title="Список литературы" data-outline-level="2">Список литературы</h2>');
    expect(html).toContain('<h2 class="references-title" data-outline-title="References" data-outline-level="2">References</h2>');
    expect(html).toContain('<p class="ref" id="ref-romanized-deutscher1949" lang="en">');
    expect(css(html)).toMatch(/\.ref \{[^}]*padding-left: 5mm;[^}]*text-indent: calc\(-1 \* 5mm\);/);
  });

  it('ends with the submission date in the profile\'s format', () => {
    expect(html).toMatch(/<p class="submitted" lang="en">Submitted on 17\.01\.2017<\/p>\s*<\/article>/);
  });

  it('applies print typography: hyphenated body, unhyphenated title and DOIs, Russian rules in Russian text', () => {
    const body = between(html, '<div class="body">', '<section class="references"');
    expect(body).toContain(`ap${SHY}pro${SHY}pri${SHY}ate`);
    expect(between(html, '<h1 class="title"', '<span class="footnote')).not.toContain(SHY);
    expect(html).toContain('10.4159/harvard.9780674183735');
    const ru = between(html, 'class="abstract" lang="ru"', '</section>');
    expect(ru).toContain(`В${NBSP}1917`);
    expect(ru).toContain('«осед');
    expect(ru).toContain(`${NARROW_NBSP}—\u2009и${NBSP}уста`);
    expect(between(html, 'id="ref-primary-lenin1966"', '</p>').replaceAll(SHY, '')).toContain(`Ленин${NBSP}В.${NBSP}И.`);
  });

  it('escapes markup typed into any field, in the HTML and in the CSS', () => {
    const out = renderPrintHtml(hostilePdfFixtureArticle(), ctx);
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('<b>bold');
    expect(out.match(/<\/style>/g)).toHaveLength(2);
    expect(out).toContain('Title &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;');
    expect(css(out)).toContain('content: "Short \\3c script\\3e alert(\\22 x\\22 )');
    expect(hostile).toContain('</style>');
  });

  it('reports a node it cannot lay out instead of dropping it silently', () => {
    const article: Article = pdfFixtureArticle();
    article.body.push({ type: 'hologram', rows: [] } as never);
    const { diagnostics } = renderPrintHtmlChecked(article, ctx);
    expect(diagnostics.map((d) => [d.rule, d.message])).toEqual([
      ['body-unsupported-node', 'Unexpected block node "hologram" in the print layout, expected one of paragraph, section, figure, blockquote, list, table, displayFormula, verse, box, definitionList, figureGroup, appendix'],
    ]);
  });
});
