// What indexers read in the deposit beyond the bibliographic core: full-text
// collections, licences per version with dates, free to read, the journal's
// language, dated issues, print dates only for printed journals, structured
// citations from the CSL items, ORCID authenticated only when the source says so.
// Every variant is validated against the XSD of its version.
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Article, CslItem } from '../../../src/model/types.js';
import type { Profile } from '../../../src/profile/types.js';
import { fixedClock } from '../../../src/render/context.js';
import { renderCrossref } from '../../../src/render/crossref/index.js';
import { validateCrossrefXml } from '../../../src/render/crossref/validate.js';
import { crossrefFixtureArticle } from '../../fixtures/articles/crossref.js';
import { journalProfile } from './profile.js';

const clock = fixedClock(new Date('2017-09-30T10:20:30.456Z'));
const head = { batchId: 'qr.2017.3.245-20170930102030', timestamp: '20170930102030456' };
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (_n: string, _p: unknown, _l: boolean, attr: boolean) => !attr, trimValues: true, parseTagValue: false });

/** CSL items of the fixture's romanized list, as a references.yaml would hold them. */
const bibliography: CslItem[] = [
  { id: 'carr1979', type: 'book', title: 'The Russian Revolution from Lenin to Stalin', author: [{ family: 'Carr', given: 'Edward Hallett' }], publisher: 'Macmillan', issued: { 'date-parts': [[1979]] }, ISBN: '978-0-333-26200-8' },
  {
    id: 'harris2007',
    type: 'article-journal',
    title: 'Encircled by Enemies: Stalin’s Perceptions of the Capitalist World, 1918–1941',
    'container-title': 'Journal of Strategic Studies',
    author: [{ family: 'Harris', given: 'James' }],
    volume: '30',
    issue: '3',
    page: '513–545',
    issued: { 'date-parts': [[2007]] },
    ISSN: '0140-2390',
    DOI: '10.1080/01402390701343482',
  },
  {
    id: 'lenin1966',
    type: 'chapter',
    language: 'ru',
    title: 'Удержат ли большевики государственную власть?',
    'container-title': 'Полное собрание сочинений',
    author: [{ family: 'Ленин', given: 'Владимир Ильич' }],
    volume: '34',
    edition: '4-е',
    page: '306–307',
    issued: { 'date-parts': [[1966]] },
  },
  { id: 'rgaspi', type: 'collection', language: 'ru', archive: 'РГАСПИ', title: 'Российский государственный архив социально-политической истории' },
];

function render(version: string, edit: (a: Article) => void = () => {}, profileEdit: (p: Profile) => Profile = (p) => p) {
  const profile = profileEdit(journalProfile(version));
  const article = crossrefFixtureArticle();
  article.bibliography = bibliography;
  edit(article);
  const xml = renderCrossref([article], { profile, clock }, head);
  const journal = parser.parse(xml).doi_batch[0].body[0].journal[0];
  return { xml, journal, article: journal.journal_article[0], diagnostics: validateCrossrefXml(xml, profile, 'record.xml') };
}

describe.each(['5.4.0', '5.3.1'])('the Crossref record, schema %s', (version) => {
  it('lists the full text for Similarity Check and for text mining, with MIME types', () => {
    const { article, diagnostics } = render(version);
    expect(diagnostics).toEqual([]);
    const [crawler, mining] = article.doi_data[0].collection;
    expect(crawler['@property']).toBe('crawler-based');
    expect(crawler.item).toEqual([{ '@crawler': 'iParadigms', resource: ['https://qrjournal.org/articles/10.15826/qr.2017.3.245/harris-2017.pdf'] }]);
    expect(mining['@property']).toBe('text-mining');
    expect(mining.item.map((i: { resource: { '@mime_type': string; '#text': string }[] }) => [i.resource[0]['@mime_type'], i.resource[0]['#text']])).toEqual([
      ['application/pdf', 'https://qrjournal.org/articles/10.15826/qr.2017.3.245/harris-2017.pdf'],
      ['application/xml', 'https://qrjournal.org/articles/10.15826/qr.2017.3.245/harris-2017.jats.xml'],
    ]);
  });

  it('gives the Similarity Check crawler the landing page, and no text-mining collection, when the profile has no full-text URLs', () => {
    const { article, diagnostics } = render(version, undefined, (p) => ({ ...p, urls: { article: p.urls.article } }));
    expect(diagnostics).toEqual([]);
    expect(article.doi_data[0].collection).toHaveLength(1);
    expect(article.doi_data[0].collection[0].item[0].resource).toEqual(['https://qrjournal.org/articles/10.15826/qr.2017.3.245']);
  });

  it('declares the licence for the version of record, the accepted manuscript and text mining, dated from publication, and free to read', () => {
    const { article, diagnostics } = render(version);
    expect(diagnostics).toEqual([]);
    const program = article['ai:program'][0];
    expect(program['ai:free_to_read']).toEqual([{ '@start_date': '2017-09-30' }]);
    expect(program['ai:license_ref'].map((l: Record<string, string>) => [l['@applies_to'], l['@start_date'], l['#text']])).toEqual([
      ['vor', '2017-09-30', 'https://creativecommons.org/licenses/by/4.0/'],
      ['am', '2017-09-30', 'https://creativecommons.org/licenses/by/4.0/'],
      ['tdm', '2017-09-30', 'https://creativecommons.org/licenses/by/4.0/'],
    ]);
  });

  it('invents no start date when the article has no publication date, and no free_to_read for a journal that is not open access', () => {
    const { article, xml, diagnostics } = render(
      version,
      (a) => (a.meta.history = { received: '2017-01-17' }),
      (p) => ({ ...p, license: { ...p.license, openAccess: false, appliesTo: ['vor'] } }),
    );
    expect(diagnostics).toEqual([]);
    expect(article['ai:program'][0]['ai:free_to_read']).toBeUndefined();
    expect(article['ai:program'][0]['ai:license_ref']).toEqual([{ '@applies_to': 'vor', '#text': 'https://creativecommons.org/licenses/by/4.0/' }]);
    expect(xml).not.toContain('start_date');
  });

  it('states the journal language and dates the issue and the article with month and day', () => {
    const { journal, article, diagnostics } = render(version);
    expect(diagnostics).toEqual([]);
    expect(journal.journal_metadata[0]['@language']).toBe('en');
    const dates = (list: Record<string, unknown>[]) => list.map((d) => [d['@media_type'], (d.month as string[] | undefined)?.[0], (d.day as string[] | undefined)?.[0], (d.year as string[])[0]]);
    expect(dates(journal.journal_issue[0].publication_date)).toEqual([['online', '09', '30', '2017'], ['print', undefined, undefined, '2017']]);
    expect(dates(article.publication_date)).toEqual([['online', '09', '30', '2017'], ['print', undefined, undefined, '2017']]);
  });

  it('writes no print date for an online-only journal', () => {
    const { journal, article, xml, diagnostics } = render(version, undefined, (p) => ({ ...p, publicationFormats: ['electronic'] }));
    expect(diagnostics).toEqual([]);
    expect(xml).not.toMatch(/<publication_date media_type="print"/);
    expect(journal.journal_issue[0].publication_date).toHaveLength(1);
    expect(article.publication_date[0]['@media_type']).toBe('online');
  });

  it('structures each citation from its CSL item, beside the rendered text', () => {
    const { article, diagnostics } = render(version);
    expect(diagnostics).toEqual([]);
    const byKey = Object.fromEntries(article.citation_list[0].citation.map((c: Record<string, unknown>) => [c['@key'], c]));
    const typed = version === '5.4.0';
    expect(byKey.harris2007).toMatchObject({
      journal_title: ['Journal of Strategic Studies'],
      author: ['Harris'],
      volume: ['30'],
      issue: ['3'],
      first_page: ['513'],
      cYear: ['2007'],
      issn: ['0140-2390'],
      doi: ['10.1080/01402390701343482'],
      article_title: ['Encircled by Enemies: Stalin’s Perceptions of the Capitalist World, 1918–1941'],
    });
    expect(byKey.harris2007.unstructured_citation[0]).toMatch(/^Harris, J\. \(2007\)\. Encircled by Enemies/);
    expect(byKey.lenin1966).toMatchObject({ author: ['Ленин'], volume_title: ['Полное собрание сочинений'], article_title: ['Удержат ли большевики государственную власть?'], volume: ['34'], edition_number: ['4'], first_page: ['306'], cYear: ['1966'] });
    expect(byKey.carr1979).toMatchObject({ author: ['Carr'], volume_title: ['The Russian Revolution from Lenin to Stalin'], cYear: ['1979'], isbn: ['978-0-333-26200-8'] });
    expect(byKey.carr1979.article_title).toBeUndefined();
    // An archive has nothing Crossref's model can hold: its text only.
    expect(Object.keys(byKey.rgaspi).filter((k) => !k.startsWith('@'))).toEqual(['unstructured_citation']);
    expect([byKey.harris2007['@type'], byKey.lenin1966['@type'], byKey.carr1979['@type'], byKey.rgaspi['@type']]).toEqual(
      typed ? ['journal_article', 'book_chapter', 'book', 'other'] : [undefined, undefined, undefined, undefined],
    );
  });

  it('leaves out a value the schema would refuse instead of cutting it', () => {
    const { article, diagnostics } = render(version, (a) => {
      a.bibliography = bibliography.map((i) => (i.id === 'harris2007' ? { ...i, volume: 'x'.repeat(40), ISSN: 'not an issn' } : i));
    });
    expect(diagnostics).toEqual([]);
    const harris = article.citation_list[0].citation.find((c: Record<string, string>) => c['@key'] === 'harris2007');
    expect(harris.volume).toBeUndefined();
    expect(harris.issn).toBeUndefined();
  });

  it('marks an ORCID iD authenticated only when the source says it came through OAuth', () => {
    const plain = render(version);
    expect(plain.xml).toContain('<ORCID>https://orcid.org/0000-0002-1825-0097</ORCID>');
    const oauth = render(version, (a) => (a.meta.authors[0].orcidAuthenticated = true));
    expect(oauth.diagnostics).toEqual([]);
    expect(oauth.xml).toContain('<ORCID authenticated="true">https://orcid.org/0000-0002-1825-0097</ORCID>');
  });

  it('carries the ROR id of an affiliation', () => {
    const { article } = render(version);
    expect(article.contributors[0].person_name[0].affiliations[0].institution[0].institution_id).toEqual([{ '@type': 'ror', '#text': 'https://ror.org/024mrxd33' }]);
  });
});
