import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/render/context.js';
import { batchIdFor, buildHead, renderCrossref } from '../../../src/render/crossref/index.js';
import { validateCrossrefXml } from '../../../src/render/crossref/validate.js';
import { crossrefFixtureArticle } from '../../fixtures/articles/crossref.js';
import { expectGolden } from './golden.js';
import { journalProfile } from './profile.js';
import { xmllint } from './xmllint.js';

const clock = fixedClock(new Date('2017-09-30T10:20:30.456Z'));
const head = { batchId: 'qr.2017.3.245-20170930102030', timestamp: '20170930102030456' };
const render = (version: string, raw: Record<string, unknown> = {}) => {
  const profile = journalProfile(version, raw);
  return { profile, xml: renderCrossref([crossrefFixtureArticle()], { profile, clock }, head) };
};

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: false, isArray: (_name: string, _path: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute, trimValues: true, parseTagValue: false });
const parse = (xml: string): any => parser.parse(xml);
const article = (xml: string): any => parse(xml).doi_batch[0].body[0].journal[0].journal_article[0];

describe.each(['5.4.0', '5.3.1'])('renderCrossref, schema %s', (version) => {
  it('matches the golden file and is valid against the XSD in process and with xmllint', () => {
    const { profile, xml } = render(version);
    expectGolden(`fixture.crossref-${version}.xml`, xml);
    expect(validateCrossrefXml(xml, profile, 'fixture.crossref.xml')).toEqual([]);
    const lint = xmllint(xml, version);
    expect(lint.output).toMatch(/validates$/m);
    expect(lint.status).toBe(0);
  });

  it('declares the version and namespace it was asked for', () => {
    const { xml } = render(version);
    expect(xml).toContain(`<doi_batch version="${version}" xmlns="http://www.crossref.org/schema/${version}"`);
  });

  it('writes both titles, the article language first, with markup-hostile text escaped', () => {
    const { xml } = render(version);
    const titles = article(xml).titles;
    expect(titles).toHaveLength(2);
    expect(xml).toContain('<title>The Bolshevik Party Transformed: <i>Stalin’s</i> Rise to Power (1917–1927) &lt;script&gt;&amp;&lt;&quot;</title>');
    expect(titles[0].title[0].i).toEqual(['Stalin’s']);
    expect(titles[1].title[0]).toBe('Трансформация партии большевиков: приход Сталина к власти (1917–1927)');
  });

  it('writes the other-script name where the schema has a place for it', () => {
    const person = article(render(version).xml).contributors[0].person_name[0];
    expect(person['@sequence']).toBe('first');
    expect(person.given_name[0]).toBe('James');
    expect(person.surname[0]).toBe('Harris');
    expect(person.ORCID[0]).toBe('https://orcid.org/0000-0002-1825-0097');
    expect(person.affiliations[0].institution[0].institution_name[0]).toBe('University of Leeds');
    if (version === '5.3.1') {
      expect(person['alt-name'][0].name[0]).toMatchObject({ '@language': 'ru', surname: ['Харрис'], given_name: ['Джеймс'] });
      expect(person.name).toBeUndefined();
    } else {
      expect(person.name).toEqual(['Джеймс Харрис']);
      expect(person['alt-name']).toBeUndefined();
    }
    const second = article(render(version).xml).contributors[0].person_name[1];
    expect(second['@sequence']).toBe('additional');
    expect(second.affiliations[0].institution.map((i: { institution_name: string[] }) => i.institution_name[0])).toEqual(['Ural Federal University', 'University of Leeds']);
  });

  it('writes both abstracts as jats:abstract with xml:lang', () => {
    const abstracts = article(render(version).xml)['jats:abstract'];
    expect(abstracts.map((a: Record<string, string>) => a['@xml:lang'])).toEqual(['en', 'ru']);
    expect(abstracts[0]['jats:p']).toHaveLength(2);
    expect(abstracts[0]['jats:p'][1]).toBe('Second paragraph with <markup> & “quotes”.');
    expect(abstracts[1]['jats:p'][0]).toMatch(/^В 1917 г\. большевики/);
  });

  it('writes dates, pages, licence, DOI and the resource URL from the profile pattern', () => {
    const a = article(render(version).xml);
    expect(a.publication_date.map((d: Record<string, string>) => d['@media_type'])).toEqual(['online', 'print']);
    expect(a.publication_date[0]).toMatchObject({ month: ['09'], day: ['30'], year: ['2017'] });
    expect(a.pages[0]).toEqual({ first_page: ['693'], last_page: ['707'] });
    expect(a['ai:program'][0]['ai:license_ref'][0]['#text']).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(a.doi_data[0]).toMatchObject({ doi: ['10.15826/qr.2017.3.245'], resource: ['https://qrjournal.org/articles/10.15826/qr.2017.3.245'] });
  });

  it('lists one citation per work of the romanized list, with the DOI where known', () => {
    const citations = article(render(version).xml).citation_list[0].citation;
    expect(citations.map((c: Record<string, string>) => c['@key'])).toEqual(['carr1979', 'harris2007', 'lenin1966', 'rgaspi']);
    expect(citations[1].doi).toEqual(['10.1080/01402390701343482']);
    expect(citations[0].doi).toBeUndefined();
    expect(citations[2].unstructured_citation[0]).toMatch(/^Lenin, V\. I\. \(1966\)\. Uderzhat li bolsheviki/);
    expect(citations[3].unstructured_citation[0]).toContain('Dos. 140 & <“quoted”>.');
  });

  it('deposits the list the profile names, else the first: a one-list journal deposits its references too', () => {
    const profile = journalProfile(version);
    const keys = (p: typeof profile, lists = crossrefFixtureArticle().references) => {
      const xml = renderCrossref([{ ...crossrefFixtureArticle(), references: lists }], { profile: p, clock }, head);
      expect(validateCrossrefXml(xml, p, 'fixture.crossref.xml')).toEqual([]);
      return article(xml).citation_list?.[0].citation.map((c: Record<string, string[]>) => c.unstructured_citation[0].slice(0, 12));
    };
    expect(keys(profile)).toEqual(keys(profile, crossrefFixtureArticle().references.slice(1))); // `citation-list: references` → the romanized list
    const first = { ...profile, crossref: { ...profile.crossref, citationList: undefined } };
    const primary = keys(first);
    expect(primary).toHaveLength(4);
    expect(primary).not.toEqual(keys(profile));
    const oneList = crossrefFixtureArticle().references.slice(0, 1);
    expect(keys({ ...first, references: { ...first.references, lists: first.references.lists.slice(0, 1) } }, oneList)).toEqual(primary);
  });

  it('can state the other title’s language with original_language_title, still valid', () => {
    const { profile, xml } = render(version, { 'crossref-deposit': { 'other-language-titles': 'original-language-title' } });
    const titles = article(xml).titles;
    expect(titles).toHaveLength(1);
    expect(titles[0].original_language_title[0]['@language']).toBe('ru');
    expect(xml).toContain('<original_language_title language="ru">Трансформация партии большевиков: приход Сталина к власти (1917–1927)</original_language_title>');
    expect(validateCrossrefXml(xml, profile, 'fixture.crossref.xml')).toEqual([]);
  });
});

describe('renderCrossref across articles and runs', () => {
  it('gives the same bytes for the same input', () => {
    expect(render('5.4.0').xml).toBe(render('5.4.0').xml);
  });

  it('groups a batch by issue: one journal per issue, articles in the order given', () => {
    const profile = journalProfile();
    const a = crossrefFixtureArticle();
    const b = crossrefFixtureArticle();
    b.meta = { ...b.meta, doi: '10.15826/qr.2017.3.246', seq: 246 };
    const c = crossrefFixtureArticle();
    c.meta = { ...c.meta, doi: '10.15826/qr.2017.4.260', seq: 260, issue: '4' };
    const xml = renderCrossref([a, b, c], { profile, clock }, head);
    const journals = parse(xml).doi_batch[0].body[0].journal;
    expect(journals.map((j: { journal_issue: { issue: string[] }[] }) => j.journal_issue[0].issue[0])).toEqual(['3', '4']);
    expect(journals[0].journal_article.map((x: { doi_data: { doi: string[] }[] }) => x.doi_data[0].doi[0])).toEqual(['10.15826/qr.2017.3.245', '10.15826/qr.2017.3.246']);
    expect(validateCrossrefXml(xml, profile, 'batch.xml')).toEqual([]);
  });

  it('reports an invalid deposit with its position in the output', () => {
    const { profile, xml } = render('5.4.0');
    const broken = xml.replace('<doi>10.15826/qr.2017.3.245</doi>', '<doi>https://doi.org/10.15826/qr.2017.3.245</doi>');
    const diagnostics = validateCrossrefXml(broken, profile, 'dist/harris-2017/harris-2017.crossref.xml');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ rule: 'crossref-schema', severity: 'error', position: { file: 'dist/harris-2017/harris-2017.crossref.xml' } });
    expect(diagnostics[0].position?.line).toBe(broken.split('\n').findIndex((l) => l.includes('https://doi.org/')) + 1);
  });

  it('names the setting when the Crossref schema folder is missing', () => {
    const profile = journalProfile();
    const missing = { ...profile, schemas: { ...profile.schemas, crossref: '/nonexistent/crossref-{version}' } };
    const diagnostics = validateCrossrefXml(render('5.4.0').xml, missing, 'x.xml');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0].rule).toBe('schema-missing');
    expect(diagnostics[0].message).toContain('/nonexistent/crossref-5.4.0/crossref5.4.0.xsd');
    expect(diagnostics[0].message).toContain('`schemas.crossref`');
    expect(diagnostics[0].message).toContain('GALLEY_CROSSREF_SCHEMAS');
  });
});

describe('buildHead', () => {
  it('derives the batch id from the DOI suffix and the timestamp from the clock', () => {
    expect(buildHead([crossrefFixtureArticle()], clock)).toEqual({ batchId: 'qr.2017.3.245-20170930102030', timestamp: '20170930102030456' });
  });

  it('marks a many-article batch and stays within 100 characters', () => {
    expect(batchIdFor(['qr.2017.3.245', 'qr.2017.3.246'], '20170930102030')).toBe('qr.2017.3.245-n2-20170930102030');
    const long = batchIdFor(['x'.repeat(200)], '20170930102030456');
    expect(long).toHaveLength(100);
    expect(long.endsWith('-20170930102030456')).toBe(true);
  });
});
