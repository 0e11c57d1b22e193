// The JATS renderer on a hand-built article that has every node type.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateJats } from '../../../src/checks/xml-schema.js';
import type { Article, Inline } from '../../../src/model/types.js';
import { renderJats } from '../../../src/render/jats/index.js';
import { jatsFixtureArticle } from '../../fixtures/articles/jats.js';
import { testContext, testProfile, xmllintDtd } from './helpers.js';

const ctx = testContext();
const render = (article: Article = jatsFixtureArticle()) => renderJats(article, ctx);
const xml = render();

/** The text of the first element with this opening tag (attributes included). */
function element(doc: string, open: string): string {
  const start = doc.indexOf(open);
  if (start < 0) throw new Error(`no ${open} in output`);
  const name = open.slice(1).split(/[\s>]/)[0];
  return doc.slice(start, doc.indexOf(`</${name}>`, start) + name.length + 3);
}

describe('renderJats: the document', () => {
  it('is valid JATS 1.3 Publishing, in-process and for xmllint', () => {
    expect(validateJats(xml, { version: '1.3', fileName: 'article.jats.xml' })).toEqual([]);
    expect(xmllintDtd(xml)).toEqual({ ok: true, stderr: '' });
  });

  it('declares the JATS 1.3 Publishing (MathML 3) DOCTYPE and the article attributes', () => {
    expect(xml.split('\n').slice(0, 3)).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Publishing DTD with MathML3 v1.3 20210610//EN" "https://jats.nlm.nih.gov/publishing/1.3/JATS-journalpublishing1-3-mathml3.dtd">',
      '<article xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:ali="http://www.niso.org/schemas/ali/1.0/" article-type="research-article" dtd-version="1.3" xml:lang="en">',
    ]);
  });

  it('is the same bytes every time', () => {
    expect(render()).toBe(xml);
  });

  it('follows the profile\'s JATS version (1.4): DOCTYPE, dtd-version, still valid', () => {
    const profile = testProfile();
    const v14 = renderJats(jatsFixtureArticle(), testContext({ ...profile, schemas: { ...profile.schemas, jatsVersion: '1.4' } }));
    expect(v14).toContain('Journal Publishing DTD with MathML3 v1.4 20241031//EN');
    expect(v14).toContain('dtd-version="1.4"');
    expect(validateJats(v14, { version: '1.4', fileName: 'a.xml' })).toEqual([]);
    expect(xmllintDtd(v14, '1.4').ok).toBe(true);
  });
});

describe('renderJats: escaping', () => {
  it('escapes markup characters and drops characters illegal in XML 1.0', () => {
    expect(element(xml, '<article-title>')).toBe(
      '<article-title>The Bolshevik Party Transformed: Stalin’s Rise &amp; &lt;Fall&gt; &quot;1917&quot; <italic>(1917–1927)</italic></article-title>',
    );
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(xml).toContain('xlink:href="https://example.org/archive?a=1&amp;b=2"');
    expect(xml).toContain('<monospace>Ф. 17 &lt;x&gt;</monospace>');
  });
});

describe('renderJats: metadata', () => {
  it('writes journal-meta from the profile', () => {
    expect(element(xml, '<journal-title-group>')).toBe(
      '<journal-title-group>\n<journal-title xml:lang="en">Quaestio Rossica</journal-title>\n' +
        '<trans-title-group xml:lang="ru"><trans-title>Quaestio Rossica</trans-title></trans-title-group>\n' +
        '<abbrev-journal-title abbrev-type="publisher">Quaestio Rossica</abbrev-journal-title>\n</journal-title-group>',
    );
    expect(xml).toContain('<issn publication-format="print">2311-911X</issn>\n<issn publication-format="electronic">2313-6871</issn>');
  });

  it('writes DOI, section and UDC, both titles', () => {
    expect(xml).toContain('<article-id pub-id-type="doi">10.15826/qr.2017.3.245</article-id>');
    expect(xml).toContain('<subj-group subj-group-type="heading" xml:lang="ru"><subject>Статьи</subject></subj-group>');
    expect(xml).toContain('<subj-group subj-group-type="udc"><subject>329.8+321.74+929Сталин+94(470)&quot;1917/1927&quot;</subject></subj-group>');
    expect(xml).toContain('<trans-title-group xml:lang="ru"><trans-title>Трансформация партии большевиков: приход Сталина к власти (1917–1927)</trans-title></trans-title-group>');
  });

  it('writes the author with both names, ORCID, email and affiliation link', () => {
    expect(element(xml, '<contrib ')).toBe(
      [
        '<contrib contrib-type="author" corresp="yes">',
        '<contrib-id contrib-id-type="orcid" authenticated="false">https://orcid.org/0000-0002-1825-0097</contrib-id>',
        '<name-alternatives>',
        '<name name-style="western" xml:lang="en"><surname>Harris</surname><given-names>James</given-names></name>',
        '<name name-style="western" xml:lang="ru"><surname>Харрис</surname><given-names>Джеймс</given-names></name>',
        '</name-alternatives>',
        '<email>j.harris@example.org</email>',
        '<xref ref-type="aff" rid="aff-leeds"/>',
        '<xref ref-type="corresp" rid="cor1"/>',
        '</contrib>',
      ].join('\n'),
    );
    expect(element(xml, '<author-notes>')).toContain('<corresp id="cor1">Corresponding author: James Harris, <email>j.harris@example.org</email></corresp>');
    expect(element(xml, '<aff-alternatives ')).toContain(
      '<aff xml:lang="ru"><institution>Лидсский университет</institution>, <city>Лидс</city>, <country country="GB">Великобритания</country></aff>',
    );
  });

  it('writes dates, volume, issue, pages, history and permissions', () => {
    expect(xml).toContain('<pub-date publication-format="print" date-type="pub"><year>2017</year></pub-date>');
    expect(xml).toContain('<volume>5</volume>\n<issue>3</issue>\n<fpage>693</fpage>\n<lpage>707</lpage>');
    expect(xml).toContain('<date date-type="received" iso-8601-date="2017-01-17"><day>17</day><month>01</month><year>2017</year></date>');
    expect(xml).toContain('<license license-type="open-access" xml:lang="ru" xlink:href="https://creativecommons.org/licenses/by/4.0/">\n<ali:license_ref>https://creativecommons.org/licenses/by/4.0/</ali:license_ref>');
  });

  it('writes abstracts and keywords per language', () => {
    expect(xml).toContain('<abstract xml:lang="en">\n<p>In 1917, the Bolsheviks promised the liberation of the working masses.</p>\n<p>Second paragraph.</p>\n</abstract>');
    expect(xml).toContain('<trans-abstract xml:lang="ru">\n<p>В 1917 г. большевики обещали освобождение трудящихся масс.</p>\n</trans-abstract>');
    expect(element(xml, '<kwd-group kwd-group-type="author" xml:lang="ru">')).toBe(
      '<kwd-group kwd-group-type="author" xml:lang="ru">\n<kwd>Сталин</kwd>\n<kwd>демократия</kwd>\n</kwd-group>',
    );
  });

  it('holds the citation blocks in front-matter notes', () => {
    expect(element(xml, '<notes ')).toContain('<sec xml:lang="ru">\n<title>Цитирование</title>\n<p>Harris J. The Bolshevik Party Transformed // <italic>Quaestio Rossica</italic>.');
  });
});

describe('renderJats: body', () => {
  it('renders sections, lists, quotes, links and footnote calls', () => {
    expect(xml).toContain('<sec id="sec-1">\n<title>The standard <bold>explanation</bold></title>');
    expect(xml).toContain('<list list-type="order">\n<list-item>\n<p>first</p>');
    expect(xml).toContain('<disp-quote>\n<p>“Soviet” government showed an impulse.</p>\n</disp-quote>');
    expect(xml).toContain('Only a minority voted.<xref ref-type="fn" rid="fn1">2</xref></p>');
    expect(xml).toContain('<fn id="fn1">\n<label>2</label>\n<p>Cf. [<xref ref-type="bibr" rid="schapiro1955">Schapiro, 1955, p. 3</xref>]</p>\n</fn>');
  });

  it('puts a footnote\'s list and quote inside paragraphs, as <fn> allows only <p>', () => {
    const article = jatsFixtureArticle();
    article.footnotes[1].children.push(
      { type: 'list', ordered: true, items: [[{ type: 'paragraph', children: [{ type: 'text', value: 'item' }] }]] },
      { type: 'blockquote', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'quoted' }] }] },
    );
    const out = render(article);
    expect(out).toContain('</p>\n<p><list list-type="order">\n<list-item>\n<p>item</p>\n</list-item>\n</list></p>\n<p><disp-quote>\n<p>quoted</p>\n</disp-quote></p>\n</fn>');
    expect(validateJats(out, { version: '1.3', fileName: 'a.xml' })).toEqual([]);
  });

  it('renders a figure with label, caption, graphic, alt text and the placeholder mark', () => {
    expect(element(xml, '<fig ')).toBe(
      '<fig id="fig1">\n<label>Fig. 1</label>\n<caption><p>Joseph Stalin. 1918</p></caption>\n' +
        '<graphic xlink:href="figures/stalin-1918.placeholder.svg" specific-use="placeholder"><alt-text>Joseph Stalin, 1918</alt-text></graphic>\n</fig>',
    );
  });

  it('labels figures in the article\'s language through the figure-label template', () => {
    const article = jatsFixtureArticle();
    article.meta.lang = 'ru';
    expect(render(article)).toContain('<label>Рис. 1</label>');
  });

  it('links each cited work, falls back to keys, and leaves unlisted works unlinked', () => {
    expect(xml).toContain('[<xref ref-type="bibr" rid="deutscher1949">Deutscher</xref>; <xref ref-type="bibr" rid="schapiro1955">Schapiro, 1955</xref>]');
    expect(xml).toContain('[<xref ref-type="bibr" rid="rgaspi">rgaspi, Ф. 17. Оп. 69. Д. 140. Л. 30</xref>]');
    expect(xml).toContain(' [Unlisted, 2000].');
  });

  it('links an unsplittable cluster to all its works at once', () => {
    const article = jatsFixtureArticle();
    const cluster: Inline = { type: 'citation', layout: { prefix: '[', suffix: ']', delimiter: '; ' }, id: 'cit-9', items: [{ key: 'deutscher1949' }, { key: 'schapiro1955' }], rendered: [{ type: 'text', value: 'Deutscher' }, { type: 'emphasis', children: [{ type: 'text', value: ' and Schapiro' }] }] };
    article.body = [{ type: 'paragraph', children: [cluster] }];
    const out = render(article);
    expect(out).toContain('<p>[<xref ref-type="bibr" rid="deutscher1949 schapiro1955">Deutscher<italic> and Schapiro</italic></xref>]</p>');
    expect(validateJats(out, { version: '1.3', fileName: 'a.xml' })).toEqual([]);
  });

  it('renders a field outside a reference as its text only', () => {
    expect(xml).toContain('<p>Text with a plain field.</p>');
  });
});

describe('renderJats: references', () => {
  it('writes one ref per work with both renderings as alternatives', () => {
    const ref = element(xml, '<ref id="deutscher1949">');
    expect(ref).toBe(
      [
        '<ref id="deutscher1949">',
        '<citation-alternatives>',
        '<mixed-citation publication-type="book" xml:lang="en" specific-use="primary"><person-group person-group-type="author">Deutscher I.</person-group> <source>Stalin: A Political Biography</source>. <publisher-loc>L.</publisher-loc> : <publisher-name>Oxford University Press</publisher-name>, <year>1949</year>. <size units="pages">600 p.</size></mixed-citation>',
        // italic around a field is moved inside it: <source> may not sit in <italic>
        '<mixed-citation publication-type="book" xml:lang="en" specific-use="romanized"><person-group person-group-type="author">Deutscher, I.</person-group> (<year>1949</year>). <source><italic>Stalin: A Political Biography</italic></source>. L., Oxford University Press. 600 p.</mixed-citation>',
        '</citation-alternatives>',
        '</ref>',
      ].join('\n'),
    );
    expect(xml.match(/<ref id=/g)).toHaveLength(4);
    expect(element(xml, '<ref-list>')).toMatch(/^<ref-list>\n<title>References<\/title>\n<ref id="deutscher1949">/);
  });

  it('maps role suffixes to attributes and unknown roles to plain text', () => {
    const ref = element(xml, '<ref id="lenin1966">');
    expect(ref).toContain('<mixed-citation publication-type="book" xml:lang="ru" specific-use="primary">');
    expect(ref).toContain('<person-group person-group-type="editor">Ed. by N. N.</person-group> kept as text</mixed-citation>');
    expect(ref).toContain('<trans-title>[Can the Bolsheviks Retain State Power?]</trans-title>');
    expect(ref).not.toContain('not-a-jats-element');
    expect(xml).toContain('<pub-id pub-id-type="doi">10.4159/harvard.9780674183735</pub-id>');
    expect(element(xml, '<ref id="rgaspi">')).toContain('publication-type="archive"');
  });

  it('drops formatting inside elements that take only text, keeps it where allowed', () => {
    const article = jatsFixtureArticle();
    const it = (value: string): Inline => ({ type: 'emphasis', children: [{ type: 'text', value }] });
    article.references[0].entries[0].text = [
      { type: 'field', role: 'person-group:author', children: [it('Deutscher I.')] },
      { type: 'text', value: ' ' },
      { type: 'field', role: 'source', children: [it('Stalin')] },
      { type: 'text', value: ', ' },
      { type: 'emphasis', children: [{ type: 'field', role: 'year', children: [{ type: 'text', value: '1949' }] }] },
      { type: 'text', value: ' ' },
      { type: 'field', role: 'name', children: [{ type: 'text', value: 'unstructured name' }] },
    ];
    const out = render(article);
    expect(out).toContain('<person-group person-group-type="author">Deutscher I.</person-group> <source><italic>Stalin</italic></source>, <year>1949</year> unstructured name</mixed-citation>');
    expect(validateJats(out, { version: '1.3', fileName: 'a.xml' })).toEqual([]);
  });

  it('takes the publication type the references stage gives over the CSL type', () => {
    const article = jatsFixtureArticle();
    article.references[1].entries[0].publicationType = 'journal';
    const ref = element(render(article), '<ref id="deutscher1949">');
    expect(ref).toContain('<mixed-citation publication-type="book" xml:lang="en" specific-use="primary">');
    expect(ref).toContain('<mixed-citation publication-type="journal" xml:lang="en" specific-use="romanized">');
  });

  it('makes CSL ids valid, unique XML ids and links citations to them', () => {
    const article = jatsFixtureArticle();
    const rename = (from: string, to: string) => {
      for (const list of article.references) for (const entry of list.entries) if (entry.id === from) entry.id = to;
      const walk = (nodes: Inline[]) => nodes.forEach((n) => n.type === 'citation' && n.items.forEach((i) => i.key === from && (i.key = to)));
      article.body.forEach((b) => b.type === 'paragraph' && walk(b.children));
    };
    rename('deutscher1949', '1949-дойчер');
    rename('schapiro1955', 'fn1'); // collides with the footnote id
    const out = render(article);
    expect(out).toContain('<ref id="ref-1949-_434_43e_439_447_435_440">');
    expect(out).toContain('<ref id="fn1-ref">');
    expect(out).toContain('[<xref ref-type="bibr" rid="ref-1949-_434_43e_439_447_435_440">Deutscher</xref>; <xref ref-type="bibr" rid="fn1-ref">Schapiro, 1955</xref>]');
    expect(validateJats(out, { version: '1.3', fileName: 'a.xml' })).toEqual([]);
  });

  it('still validates before references are resolved: no ref-list, citations show their keys', () => {
    const article = jatsFixtureArticle();
    article.references = [];
    const clear = (nodes: Inline[]) => nodes.forEach((n) => n.type === 'citation' && (n.rendered = []));
    article.body.forEach((b) => b.type === 'paragraph' && clear(b.children));
    const out = render(article);
    expect(out).not.toContain('<ref-list>');
    expect(out).not.toContain('ref-type="bibr"');
    expect(out).toContain('[deutscher1949; schapiro1955]');
    expect(validateJats(out, { version: '1.3', fileName: 'a.xml' })).toEqual([]);
  });
});

describe('renderJats: templates', () => {
  it('takes a journal\'s own template before Galley\'s', () => {
    const own = mkdtempSync(join(tmpdir(), 'galley-templates-'));
    mkdirSync(join(own, 'jats'));
    writeFileSync(join(own, 'jats', 'figure-label.hbs'), 'Figure {{number}}');
    const profile = testProfile();
    const out = renderJats(jatsFixtureArticle(), testContext({ ...profile, templates: [own, ...profile.templates] }));
    expect(out).toContain('<label>Figure 1</label>');
  });
});
