// Front and back matter in the JATS galley: the sample lindqvist-2017 (funding,
// CRediT roles, corresponding author, author notes, COI, ack, data availability,
// a supplementary file), and a correction and a book review made from it; each
// document valid against the JATS 1.3 Publishing DTD (in-process and xmllint).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateJats } from '../../../src/checks/xml-schema.js';
import type { Article } from '../../../src/model/types.js';
import { prepareArticle } from '../../../src/pipeline/prepare.js';
import { renderJats } from '../../../src/render/jats/index.js';
import { repoRoot, testContext, testProfile, xmllintDtd } from './helpers.js';

const profile = testProfile();
const lindqvist = (): Article => {
  const { article, diagnostics } = prepareArticle(join(repoRoot, 'article/lindqvist-2017-railway-time'), profile);
  if (!article) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  return article;
};
const render = (article: Article) => renderJats(article, testContext(profile));
const expectValid = (xml: string) => {
  expect(validateJats(xml, { version: '1.3', fileName: 'matter.jats.xml' })).toEqual([]);
  expect(xmllintDtd(xml).stderr).toBe('');
};
const element = (doc: string, open: string) => {
  const start = doc.indexOf(`<${open}`);
  if (start < 0) throw new Error(`no <${open}> in output`);
  const name = open.trim();
  return doc.slice(start, doc.indexOf(`</${name}>`, start) + name.length + 3);
};

describe('JATS front and back matter of lindqvist-2017', () => {
  const xml = render(lindqvist());

  it('is valid against the JATS 1.3 DTD', () => expectValid(xml));

  it('is valid against the JATS 1.4 DTD when the profile asks for 1.4', () => {
    const v14 = renderJats(lindqvist(), testContext({ ...profile, schemas: { ...profile.schemas, jatsVersion: '1.4' } }));
    expect(validateJats(v14, { version: '1.4', fileName: 'matter-1.4.jats.xml' })).toEqual([]);
  });

  it('has one funding-group with the Funder Registry id and the award', () => {
    expect(xml.match(/<funding-group>/g)).toHaveLength(1);
    expect(element(xml, 'funding-group')).toBe(
      [
        '<funding-group>',
        '<award-group id="award1">',
        '<funding-source><institution-wrap><institution-id institution-id-type="doi" vocab="open-funder-registry" vocab-identifier="10.13039/open_funder_registry">10.13039/501100004359</institution-id><institution>Swedish Research Council</institution></institution-wrap></funding-source>',
        '<award-id>2016-01987</award-id>',
        '</award-group>',
        '</funding-group>',
      ].join('\n'),
    );
  });

  it('marks the corresponding author and her CRediT roles', () => {
    const contrib = element(xml, 'contrib ');
    expect(contrib).toContain('<contrib contrib-type="author" corresp="yes">');
    expect(contrib).toContain('<role vocab="credit" vocab-identifier="https://credit.niso.org/" vocab-term="Writing – original draft" vocab-term-identifier="https://credit.niso.org/contributor-roles/writing-original-draft/">Writing – original draft</role>');
    expect(contrib).toContain('<xref ref-type="corresp" rid="cor1"/>');
    expect(element(xml, 'author-notes')).toContain('<corresp id="cor1">Corresponding author: Ingrid Lindqvist, <email>i.lindqvist@example.org</email></corresp>');
  });

  it('puts the COI statement in author-notes and the data statement in a back sec (JATS4R)', () => {
    expect(element(xml, 'author-notes')).toContain('<fn fn-type="coi-statement">\n<p>The author declares no conflict of interest.</p>\n</fn>');
    expect(element(xml, 'author-notes')).toContain('<fn fn-type="coi-statement" xml:lang="ru">\n<p>Автор заявляет об отсутствии конфликта интересов.</p>\n</fn>');
    const back = element(xml, 'back');
    expect(back).toContain('<sec sec-type="data-availability">\n<title>Data availability</title>\n<p>The offsets drawn in Fig. 1');
    expect(back).not.toContain('<sec sec-type="data-availability" xml:lang="ru">');
    expect(back).toContain('<ack>\n<title>Acknowledgements</title>\n<p>The author thanks');
    expect(back).toContain('<ack xml:lang="ru">\n<title>Благодарности</title>');
  });

  it('lists the supplementary file with its link, media type and captions', () => {
    const supp = element(xml, 'supplementary-material');
    expect(supp).toContain('<supplementary-material id="supp1" xlink:href="supplementary/station-offsets.csv" mimetype="text" mime-subtype="csv">');
    expect(supp).toContain('<label>Supplementary file 1</label>');
    expect(supp).toContain('<caption xml:lang="ru"><p>Разница железнодорожного');
  });
});

describe('article types with a related work', () => {
  it('a correction carries its type and the corrected article', () => {
    const article = lindqvist();
    article.meta.articleType = 'correction';
    article.meta.related = [{ type: 'corrected-article', doi: '10.15826/qr.2017.1.200' }];
    const xml = render(article);
    expect(xml).toContain('article-type="correction"');
    expect(xml).toContain('<related-article id="ra1" related-article-type="corrected-article" ext-link-type="doi" xlink:href="10.15826/qr.2017.1.200"/>');
    expectValid(xml);
  });

  it('a book review carries the reviewed book as product', () => {
    const article = lindqvist();
    article.meta.articleType = 'book-review';
    article.meta.reviewedBook = { authors: ['Figes O.'], title: 'A People’s Tragedy', place: 'London', publisher: 'Jonathan Cape', year: 1996, isbn: '978-0-224-04162-3' };
    const xml = render(article);
    expect(xml).toContain('article-type="book-review"');
    expect(xml).toContain('<product product-type="book"><person-group person-group-type="author"><string-name>Figes O.</string-name></person-group> <source>A People’s Tragedy</source> <publisher-loc>London</publisher-loc> <publisher-name>Jonathan Cape</publisher-name> <year>1996</year> <isbn>978-0-224-04162-3</isbn></product>');
    expectValid(xml);
  });
});
