// What JATS4R and indexers read in the front matter beyond the core: link
// titles, running heads, counts, the licence type, the print date only for a
// printed journal, the electronic date from the source, ORCID authenticated only
// when the source says so, and a language attribute only where it is not the
// article's. Each variant stays valid against the JATS 1.3 DTD.
import { describe, expect, it } from 'vitest';
import { validateJats } from '../../../src/checks/xml-schema.js';
import type { Article } from '../../../src/model/types.js';
import type { Profile } from '../../../src/profile/types.js';
import { renderJats } from '../../../src/render/jats/index.js';
import { jatsFixtureArticle } from '../../fixtures/articles/jats.js';
import { testContext, testProfile } from './helpers.js';

function render(edit: (a: Article) => void = () => {}, profileEdit: (p: Profile) => Profile = (p) => p): string {
  const article = jatsFixtureArticle();
  edit(article);
  const ctx = testContext(profileEdit(testProfile()));
  const xml = renderJats(article, ctx);
  expect(validateJats(xml, { version: '1.3', fileName: 'record.jats.xml' })).toEqual([]);
  return xml;
}

describe('the JATS record', () => {
  it('says what each self-uri links to (JATS4R: link text or xlink:title)', () => {
    const xml = render();
    const uris = xml.match(/<self-uri [^>]*\/>/g) ?? [];
    expect(uris).toHaveLength(2);
    for (const uri of uris) expect(uri).toMatch(/ xlink:title="[^"]{5,}"/);
    expect(uris[1]).toContain('content-type="pdf" xlink:title="Article PDF (print version)"');
  });

  it('gives the short titles as running heads, one per language', () => {
    const xml = render((a) => (a.meta.shortTitle = { en: 'The Party Transformed', ru: 'Трансформация партии' }));
    expect(xml).toMatch(/<\/trans-title-group>\n<alt-title alt-title-type="running-head" xml:lang="en">The Party Transformed<\/alt-title>\n<alt-title alt-title-type="running-head" xml:lang="ru">Трансформация партии<\/alt-title>\n<\/title-group>/);
    expect(render((a) => delete a.meta.shortTitle)).not.toContain('<alt-title');
  });

  it('counts figures, works cited and pages', () => {
    const xml = render();
    const article = jatsFixtureArticle();
    const works = new Set(article.references.flatMap((l) => l.entries.map((e) => e.id))).size;
    const pages = article.meta.pages.last! - article.meta.pages.first! + 1;
    expect(xml).toContain(`<counts><fig-count count="1"/><ref-count count="${works}"/><page-count count="${pages}"/></counts>\n</article-meta>`);
    expect(render((a) => (a.meta.pages = { first: 693 }))).toMatch(/<counts><fig-count count="1"\/><ref-count count="\d+"\/><\/counts>/);
  });

  it('types an open-access licence, and no other', () => {
    expect(render()).toContain('<license license-type="open-access" xml:lang="en"');
    const closed = render(undefined, (p) => ({ ...p, license: { ...p.license, openAccess: false } }));
    expect(closed).not.toContain('license-type=');
  });

  it('writes the print date only for a printed journal, the electronic date from the source', () => {
    const printed = render((a) => (a.meta.history = { ...a.meta.history, published: '2017-09-30' }));
    expect(printed).toContain('<pub-date publication-format="print" date-type="pub"><year>2017</year></pub-date>');
    expect(printed).toContain('<pub-date publication-format="electronic" date-type="pub" iso-8601-date="2017-09-30"><day>30</day><month>09</month><year>2017</year></pub-date>');
    const online = render((a) => (a.meta.history = { ...a.meta.history, published: '2017-09-30' }), (p) => ({ ...p, publicationFormats: ['electronic'] }));
    expect(online).not.toContain('publication-format="print" date-type');
    expect(online).toContain('<pub-date publication-format="electronic"');
  });

  it('marks an ORCID iD authenticated only when the source says it came through OAuth', () => {
    expect(render()).toContain('<contrib-id contrib-id-type="orcid" authenticated="false">');
    expect(render((a) => (a.meta.authors[0].orcidAuthenticated = true))).toContain('<contrib-id contrib-id-type="orcid" authenticated="true">');
  });

  it('leaves the article’s own language to inheritance on keyword and subject groups (JATS4R)', () => {
    const xml = render();
    expect(xml).toContain('<kwd-group kwd-group-type="author">\n');
    expect(xml).toContain('<kwd-group kwd-group-type="author" xml:lang="ru">');
    expect(xml).toContain('<subj-group subj-group-type="heading"><subject>');
    expect(xml).toContain('<subj-group subj-group-type="heading" xml:lang="ru">');
  });
});
