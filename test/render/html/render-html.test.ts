import { describe, expect, it } from 'vitest';
import type { Block, Citation } from '../../../src/model/types.js';
import { renderHtml, renderHtmlChecked } from '../../../src/render/html/index.js';
import { hostile, hostileFixtureArticle, htmlFixtureArticle } from '../../fixtures/articles/html.js';
import { testContext } from './helpers.js';

const ctx = testContext();
const html = renderHtml(htmlFixtureArticle(), ctx);

const metaValues = (page: string, key: string) =>
  [...page.matchAll(new RegExp(`<meta (?:name|property)="${key.replace(/\./g, '\\.')}" content="([^"]*)"`, 'g'))].map((m) => m[1]);
const jsonLd = (page: string) => JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)![1]);

describe('renderHtml: page structure', () => {
  it('is deterministic', () => {
    expect(renderHtml(htmlFixtureArticle(), ctx)).toBe(html);
  });

  it('marks the language of the page and of every bilingual part', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en"/);
    expect(html).toContain('<p class="article-title-translated" lang="ru">Трансформация партии большевиков');
    expect(html).toContain('<section id="abstract-ru" class="abstract" lang="ru"');
    expect(html).toContain('<span class="author-name" lang="ru">Джеймс Харрис</span>');
    expect(html).toContain('<section id="references-primary" class="references" lang="ru"');
    expect(html).toContain('<div class="citation-block" lang="ru">');
  });

  it('links ORCID, DOI, both galleys and the affiliation', () => {
    expect(html).toContain('<a class="orcid" href="https://orcid.org/0000-0002-1825-0097" aria-label="ORCID iD of James Harris">');
    expect(html).toContain('<a href="https://doi.org/10.15826/qr.2017.3.245">');
    expect(html).toContain('<a href="harris-2017.pdf" type="application/pdf">PDF</a>');
    expect(html).toContain('<a href="harris-2017.jats.xml" type="application/xml">JATS XML</a>');
    expect(html).toContain('<sup class="aff-ref"><a href="#aff-1">1</a></sup>');
    expect(html).toContain('<span class="udc">УДК 329.8+321.74+929Сталин+94(470)&quot;1917/1927&quot;</span>');
  });

  it('hides the copy buttons until the script shows them, and keeps the script out of the page', () => {
    expect(html).toContain('<button type="button" class="copy-button" data-copy-target="citation-en-text" hidden>Copy</button>');
    expect(html).toContain('<button type="button" class="copy-button" data-copy-target="citation-ru-text" hidden>Копировать</button>');
    const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]);
    expect(scripts).toEqual([' type="application/ld+json"', ' src="assets/galley.js" defer']);
  });
});

describe('renderHtml: citations, notes, figures', () => {
  it('links each cited work of a cluster to its entry in the list of the article language', () => {
    expect(html).toContain('[<a href="#ref-deutscher1949" class="cite">Deutscher</a>; <a href="#ref-schapiro1955" class="cite">Schapiro, 1955</a>]');
    expect(html).toContain('<li id="ref-deutscher1949">');
    expect(html).toContain('<li id="ref-primary-deutscher1949" lang="en">');
  });

  it('marks a citation of a Russian work as Russian', () => {
    expect(html).toContain('<a href="#ref-lenin1966" class="cite" lang="ru">Ленин, с.\u00A0306–307</a>'); // no-break space after the locator
  });

  it('falls back to the key and locator when the cluster is not rendered yet', () => {
    expect(html).toContain('[<a href="#ref-rgaspi" class="cite" lang="ru">rgaspi, Ф. 17. Оп. 69. Д. 140. Л. 30</a>]');
  });

  it('uses per-item renderings when the references stage gives them', () => {
    const article = htmlFixtureArticle();
    const para = article.body[0] as Extract<Block, { type: 'paragraph' }>;
    const cite = para.children[1] as Citation;
    cite.rendered = [{ type: 'text', value: 'one run that does not split' }];
    cite.items[0].rendered = [{ type: 'text', value: 'D.' }];
    cite.items[1].rendered = [{ type: 'emphasis', children: [{ type: 'text', value: 'S.' }] }];
    expect(renderHtml(article, ctx)).toContain('[<a href="#ref-deutscher1949" class="cite">D.</a>; <a href="#ref-schapiro1955" class="cite"><em>S.</em></a>]');
  });

  it('reports a citation whose work has no entry, and still prints it', () => {
    const article = htmlFixtureArticle();
    const para = article.body[0] as Extract<Block, { type: 'paragraph' }>;
    para.children.push({ type: 'citation', layout: { prefix: '[', suffix: ']', delimiter: '; ' }, id: 'cit-x', items: [{ key: 'nobody2000', position: { file: 'a.md', line: 9, column: 4 } }], rendered: [{ type: 'text', value: 'Nobody' }] });
    const result = renderHtmlChecked(article, ctx);
    expect(result.html).toContain('<span class="citation">[Nobody]</span>');
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ rule: 'html-citation-target', severity: 'warning', position: { file: 'a.md', line: 9, column: 4 }, message: expect.stringMatching(/^Unexpected citation of "nobody2000"/) }),
    ]);
  });

  it('links footnote calls and notes both ways, a second call included', () => {
    expect(html).toContain('<a id="fnref-1" href="#fn-1" role="doc-noteref" aria-label="Note 1">1</a>');
    expect(html).toContain('<a id="fnref-1-2" href="#fn-1" role="doc-noteref" aria-label="Note 1">1</a>');
    expect(html).toMatch(/<li id="fn-1" value="1">[\s\S]*?href="#fnref-1"[\s\S]*?href="#fnref-1-2"[\s\S]*?<\/li>/);
    expect(html).toMatch(/<li id="fn-2" value="2">[\s\S]*?<a href="#ref-schapiro1955" class="cite">Schapiro, 1955, p.\u00A03<\/a>[\s\S]*?href="#fnref-2"/);
  });

  it('renders figures with numbered captions, and marks a placeholder', () => {
    expect(html).toContain('<figure id="fig1" class="figure figure-placeholder">\n<img src="figures/stalin-1918.placeholder.svg" alt="" loading="lazy">');
    expect(html).toContain('<span class="placeholder-note">Placeholder: the original image is not available</span>');
    expect(html).toContain('<img src="figures/stalin-1924.svg" alt="Joseph Stalin at a rostrum, 1924" loading="lazy">');
    expect(html).toContain('<figcaption><span class="figure-label">Fig. 2.</span> Joseph Stalin. 1924. Speech at the <em>Second</em> Congress</figcaption>');
  });

  it('gives each reference its DOI link', () => {
    expect(html).toContain('397\u00A0p. <a class="ref-doi" href="https://doi.org/10.4159/harvard.9780674183735">https://doi.org/10.4159/harvard.9780674183735</a></li>');
  });
});

describe('renderHtml: refusals are diagnostics', () => {
  it('refuses script URLs in links, tabs and case included', () => {
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\nscript:alert(1)', 'data:text/html,<b>x</b>']) {
      const article = htmlFixtureArticle();
      article.body.push({ type: 'paragraph', children: [{ type: 'link', url, children: [{ type: 'text', value: 'bad' }], position: { file: 'a.md', line: 3, column: 1 } }] });
      const result = renderHtmlChecked(article, ctx);
      expect(result.html).toContain('<span class="unsafe-link">bad</span>');
      expect(result.diagnostics.map((d) => d.rule)).toEqual(['html-unsafe-link']);
    }
  });

  it('reports a node type it has no handler for instead of dropping it silently', () => {
    const article = htmlFixtureArticle();
    article.body.push({ type: 'hologram', position: { file: 'a.md', line: 40, column: 1 } } as unknown as Block);
    const result = renderHtmlChecked(article, ctx);
    expect(result.diagnostics).toEqual([expect.objectContaining({ rule: 'html-unknown-node', severity: 'error', position: { file: 'a.md', line: 40, column: 1 } })]);
    expect(result.diagnostics[0].message).toMatch(/^Unexpected block node "hologram", expected one of paragraph, section, figure, blockquote, list, table, displayFormula, verse, box, definitionList, figureGroup, appendix$/);
  });

  it('refuses a figure path that leaves the article folder', () => {
    const article = htmlFixtureArticle();
    const fig = article.body[1] as Extract<Block, { type: 'figure' }>;
    fig.src = '../../etc/passwd';
    const result = renderHtmlChecked(article, ctx);
    expect(result.html).not.toContain('passwd');
    expect(result.diagnostics.map((d) => d.rule)).toEqual(['html-figure-path']);
  });
});

describe('renderHtml: typed text never becomes markup', () => {
  const page = renderHtml(hostileFixtureArticle(), ctx);
  const escaped = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt; &#39;q&#39; &quot;dq&quot; a&lt;b';

  it('escapes titles, names, abstracts, keywords, affiliations, UDC and citation blocks in the body', () => {
    expect(page).toContain(`<h1 id="article-title" class="article-title" lang="en">Title ${escaped}</h1>`);
    expect(page).toContain(`<p class="article-title-translated" lang="ru">Заглавие ${escaped}</p>`);
    expect(page).toContain(`<span class="author-name" lang="en">Jim ${escaped} Harris &amp; Sons</span>`);
    expect(page).toContain(`<span class="author-name" lang="ru">Джеймс Харрис ${escaped}</span>`);
    // The abstract is running text: its straight double quotes are set as typographic ones (still text, never markup).
    expect(page).toContain(`<p>Abstract ${escaped.replace(/&quot;(\w+)&quot;/g, '“$1”')}</p>`);
    expect(page).toContain(`<span lang="en">Uni ${escaped}, Leeds, UK</span>`);
    expect(page).toContain(`<span class="citation-text" id="citation-en-text">Cite ${escaped}</span>`);
    expect(page).toContain(`<title>Title ${escaped} — Quaestio Rossica</title>`);
  });

  it('escapes them in meta attributes and keeps JSON-LD from closing its script', () => {
    expect(page).toContain(`<meta name="citation_title" content="Title ${escaped}" lang="en">`);
    expect(page).toContain(`<meta name="citation_author" content="Harris &amp; Sons, Jim ${escaped}">`);
    expect(page).toContain(`<meta name="citation_keywords" content="kw ${escaped}" lang="en">`);
    const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)![1];
    expect(script).not.toMatch(/[<>&]/);
    expect(JSON.parse(script).headline).toBe(`Title ${hostile}`);
  });

  it('has no element, attribute or script the text did not ask for', () => {
    expect(page.match(/<script/g)).toHaveLength(2);
    expect(page).not.toContain('<b>');
    expect(page).not.toMatch(/alert\("x"\)<\/script>/);
  });
});

describe('head metadata', () => {
  it('carries the full Google Scholar set', () => {
    const expected: Record<string, string[]> = {
      citation_title: ['The Bolshevik Party Transformed: Stalin’s Rise to Power (1917–1927)'],
      citation_author: ['Harris, James'],
      citation_author_institution: ['University of Leeds'],
      citation_author_orcid: ['https://orcid.org/0000-0002-1825-0097'],
      citation_publication_date: ['2017/09/30'],
      citation_journal_title: ['Quaestio Rossica'],
      citation_issn: ['2311-911X', '2313-6871'],
      citation_volume: ['5'],
      citation_issue: ['3'],
      citation_firstpage: ['693'],
      citation_lastpage: ['707'],
      citation_doi: ['10.15826/qr.2017.3.245'],
      citation_pdf_url: ['https://qrjournal.org/articles/10.15826/qr.2017.3.245/harris-2017.pdf'],
      citation_language: ['en'],
      citation_keywords: ['Stalin; democracy; dictatorship; bolshevism', 'Сталин; демократия; диктатура; большевизм'],
      citation_abstract_html_url: ['https://qrjournal.org/articles/10.15826/qr.2017.3.245'],
    };
    for (const [key, values] of Object.entries(expected)) expect(metaValues(html, key), key).toEqual(values);
    // author, then that author's institution and ORCID: Scholar pairs them by order
    expect(html.indexOf('citation_author"')).toBeLessThan(html.indexOf('citation_author_institution'));
  });

  it('has one citation_reference per work, tagged where the CSL item allows', () => {
    const refs = metaValues(html, 'citation_reference');
    expect(refs).toHaveLength(4);
    expect(refs[1]).toBe('citation_author=Schapiro, Leonard; citation_title=The Origin of the Communist Autocracy; citation_publication_date=1955; citation_doi=10.4159/harvard.9780674183735');
    expect(refs[2]).toContain('citation_firstpage=287; citation_lastpage=339');
  });

  it('has Dublin Core, Open Graph and the canonical URL from the profile pattern', () => {
    expect(html).toContain('<link rel="canonical" href="https://qrjournal.org/articles/10.15826/qr.2017.3.245">');
    expect(metaValues(html, 'DC.title')).toEqual(['The Bolshevik Party Transformed: Stalin’s Rise to Power (1917–1927)', 'Трансформация партии большевиков: приход Сталина к власти (1917–1927)']);
    expect(metaValues(html, 'DC.identifier')).toEqual(['doi:10.15826/qr.2017.3.245']);
    expect(metaValues(html, 'DC.creator')).toEqual(['Harris, James']);
    expect(metaValues(html, 'og:url')).toEqual(['https://qrjournal.org/articles/10.15826/qr.2017.3.245']);
    expect(metaValues(html, 'og:type')).toEqual(['article']);
    expect(metaValues(html, 'og:locale:alternate')).toEqual(['ru_RU']);
  });

  it('JSON-LD agrees with the meta tags', () => {
    const ld = jsonLd(html);
    expect(ld['@type']).toBe('ScholarlyArticle');
    expect(ld.identifier).toEqual({ '@type': 'PropertyValue', propertyID: 'DOI', value: metaValues(html, 'citation_doi')[0] });
    expect(ld.headline).toBe(metaValues(html, 'citation_title')[0]);
    expect(ld.pageStart).toBe(metaValues(html, 'citation_firstpage')[0]);
    expect(ld.pageEnd).toBe(metaValues(html, 'citation_lastpage')[0]);
    expect(ld.author.map((a: { familyName: string; givenName: string }) => `${a.familyName}, ${a.givenName}`)).toEqual(metaValues(html, 'citation_author'));
    expect(ld.author[0].sameAs).toBe(metaValues(html, 'citation_author_orcid')[0]);
    expect(ld.isPartOf.isPartOf.isPartOf.issn).toEqual(metaValues(html, 'citation_issn'));
    expect(ld.isPartOf.issueNumber).toBe('3');
    expect(ld.isPartOf.isPartOf.volumeNumber).toBe('5');
    expect(ld.url).toBe(metaValues(html, 'og:url')[0]);
    expect(ld.citation).toHaveLength(metaValues(html, 'citation_reference').length);
  });

  it('reports a URL pattern the article cannot fill and leaves the URL out', () => {
    const article = htmlFixtureArticle();
    delete article.meta.doi;
    const result = renderHtmlChecked(article, ctx);
    expect(result.diagnostics.map((d) => d.rule)).toEqual(['html-url-pattern', 'html-url-pattern', 'html-url-pattern']);
    expect(result.html).not.toContain('rel="canonical"');
    expect(metaValues(result.html, 'citation_doi')).toEqual([]);
  });
});
