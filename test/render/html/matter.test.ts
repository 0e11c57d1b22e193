// Front and back matter on the article page of lindqvist-2017: contributions,
// funding, acknowledgements, COI, data availability, the supplementary file,
// the corresponding author; valid HTML; the article type of a correction.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/model/types.js';
import { prepareArticle } from '../../../src/pipeline/prepare.js';
import { renderHtml } from '../../../src/render/html/index.js';
import { repoRoot, testContext } from './helpers.js';

const ctx = testContext();
const lindqvist = (): Article => {
  const { article, diagnostics } = prepareArticle(join(repoRoot, 'article/lindqvist-2017-railway-time'), ctx.profile);
  if (!article) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  return article;
};
const section = (html: string, id: string) => {
  const start = html.indexOf(`<section id="${id}"`);
  if (start < 0) throw new Error(`no section ${id}`);
  return html.slice(start, html.indexOf('</section>', start));
};
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();

describe('HTML front and back matter of lindqvist-2017', () => {
  const html = renderHtml(lindqvist(), ctx);

  it('is valid HTML', async () => {
    const validator = new HtmlValidate(JSON.parse(readFileSync(join(repoRoot, '.htmlvalidate.json'), 'utf8')));
    const report = await validator.validateString(html);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message} (${m.line}:${m.column})`))).toEqual([]);
  });

  it('has a section for each statement, in the order readers expect', () => {
    const order = ['contributions', 'funding', 'acknowledgements', 'conflict-of-interest', 'data-availability', 'supplementary'].map((id) => html.indexOf(`<section id="${id}"`));
    expect(order.every((at, i) => at > html.indexOf('id="article-text"') && (i === 0 || at > order[i - 1]))).toBe(true);
    expect(text(section(html, 'funding'))).toBe('Funding Swedish Research Council, grant 2016-01987');
    expect(section(html, 'funding')).toContain('<a href="https://doi.org/10.13039/501100004359">Swedish Research Council</a>');
    expect(text(section(html, 'conflict-of-interest'))).toBe('Conflict of interest The author declares no conflict of interest. Автор заявляет об отсутствии конфликта интересов.');
    expect(section(html, 'conflict-of-interest')).toContain('<div lang="ru"><p>Автор заявляет');
    expect(text(section(html, 'contributions'))).toBe('Author contributions (CRediT) Ingrid Lindqvist: Conceptualization, Investigation, Formal Analysis, Visualization, Writing – original draft');
  });

  it('gives the award and its funder in the schema.org JSON-LD', () => {
    const json = JSON.parse(html.slice(html.indexOf('<script type="application/ld+json">') + 35, html.indexOf('</script>', html.indexOf('application/ld+json'))));
    expect(json.funding).toEqual([{ '@type': 'Grant', identifier: '2016-01987', funder: { '@type': 'Organization', name: 'Swedish Research Council', sameAs: 'https://doi.org/10.13039/501100004359' } }]);
    expect(json['@id']).toBe('https://doi.org/10.15826/qr.2017.3.246');
  });

  it('links the supplementary file under its path in dist/<id>/', () => {
    expect(section(html, 'supplementary')).toContain('<a href="supplementary/station-offsets.csv" type="text/csv" id="supp1">Supplementary file 1</a>: Railway time minus local mean time');
  });

  it('names the corresponding author with her address, for readers and for Google Scholar', () => {
    expect(html).toContain('<p class="corresp">Corresponding author: Ingrid Lindqvist, <a href="mailto:i.lindqvist@example.org">i.lindqvist@example.org</a></p>');
    const author = html.indexOf('<meta name="citation_author" content="Lindqvist, Ingrid"');
    const email = html.indexOf('<meta name="citation_author_email" content="i.lindqvist@example.org"');
    expect(author).toBeGreaterThan(0);
    expect(email).toBeGreaterThan(author);
  });

  it('shows the type of a correction and the article it corrects', () => {
    const article = lindqvist();
    article.meta.articleType = 'correction';
    article.meta.related = [{ type: 'corrected-article', doi: '10.15826/qr.2017.1.200' }];
    const page = renderHtml(article, ctx);
    expect(page).toContain('<span class="article-type">Correction</span>');
    expect(page).toContain('<p class="related-article">This notice corrects: <a href="https://doi.org/10.15826/qr.2017.1.200">10.15826/qr.2017.1.200</a></p>');
  });
});

describe('labels of the article types', () => {
  it('every type a source may name has its word in each language of the label table', async () => {
    const { articleTypes } = await import('../../../src/model/meta/identifiers.js');
    const { loadLabels } = await import('../../../src/render/html/labels.js');
    const labels = loadLabels(ctx.profile.templates);
    for (const lang of ['en', 'ru']) for (const type of articleTypes) expect(labels.get(lang, `type-${type}`), `${lang} type-${type}`).not.toBe(`type-${type}`);
  });
});
