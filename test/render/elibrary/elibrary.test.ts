// The sample issue's eLIBRARY file, rendered from the final articles (no PDF
// laid out), valid against eLIBRARY's journal.xsd in process and for xmllint,
// with its values checked against the article sources and the record.
import type { XmlElement } from 'libxml2-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderIssueExports } from '../../../src/issue/exports.js';
import { renderElibrary } from '../../../src/render/elibrary/index.js';
import { checkElibraryRules } from '../../../src/render/elibrary/rules.js';
import { frontMatter, texts, withXml, xmllintExport } from '../../helpers/export-xml.js';
import { exportProfile, sampleIssueInput } from '../../helpers/sample-issue.js';
import { plainText } from '../../../src/model/plain-text.js';
import type { IssueExportInput } from '../../../src/render/issue-export.js';

let input: IssueExportInput;
let xml: string;

beforeAll(() => {
  input = sampleIssueInput();
  const result = renderIssueExports(input, 'dist/issues/2017-5-3', ['elibrary']);
  expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  xml = String(result.files.find((f) => f.path === '2017-5-3.elibrary.xml')!.data);
});

const article = (doc: { get(x: string): unknown }, doi: string) => doc.get(`/journal/issue/articles/article[codes/doi="${doi}"]`) as XmlElement;

describe('eLIBRARY issue file of the sample issue', () => {
  it('is valid against journal.xsd in process (no diagnostics above) and for xmllint', () => {
    const lint = xmllintExport(xml, 'elibrary-rsci-journal', 'journal.xsd');
    expect(lint.output).toMatch(/validates$/m);
    expect(lint.status).toBe(0);
  });

  it('carries the journal and the issue as the profile and the record give them', () => {
    withXml(xml, (doc) => {
      expect(doc.get('/journal/titleid')!.content).toBe('99999');
      expect(doc.get('/journal/issn')!.content).toBe('2311-911X');
      expect(doc.get('/journal/eissn')!.content).toBe('2313-6871');
      expect(doc.get('/journal/issue/volume')!.content).toBe('5');
      expect(doc.get('/journal/issue/number')!.content).toBe('3');
      expect(doc.get('/journal/issue/pages')!.content).toBe('693-729');
      expect(doc.get('/journal/issue/dateUni')!.content).toBe('2017');
      // Sections precede their first article, in print order.
      const children = (doc.find('/journal/issue/articles/*') as XmlElement[]).map((n) => (n.name === 'section' ? `§${n.get('secTitle[@lang="RUS"]')!.content}` : n.get('codes/doi')!.content));
      expect(children).toEqual(['§Статьи', '10.15826/qr.2017.3.245', '10.15826/qr.2017.3.246', '§Региональная история', '10.15826/qr.2017.3.247', '10.15826/qr.2017.3.248']);
    });
  });

  it('harris-2017: UDC, pages, type, language, titles, authors in both languages, dates', () => {
    const source = frontMatter('harris-2017');
    withXml(xml, (doc) => {
      const a = article(doc, source.doi);
      expect(texts(a.find('codes/udk'))).toEqual([source.udc]);
      expect(a.get('pages')!.content).toBe(`${source.pages.first}-${source.pages.last}`);
      expect(a.get('artType')!.content).toBe('RAR');
      expect(a.get('langPubl')!.content).toBe('ENG');
      expect(a.get('artTitles/artTitle[@lang="RUS"]')!.content).toBe(source.title.ru);
      expect(a.get('artTitles/artTitle[@lang="ENG"]')!.content).toBe(source.title.en);
      const ru = a.get('authors/author[@num="1"]/individInfo[@lang="RUS"]') as XmlElement;
      expect(ru.get('surname')!.content).toBe(source.authors[0].name.ru.surname);
      expect(ru.get('surname')!.content).toBe('Харрис');
      expect(ru.get('initials')!.content).toBe('Джеймс');
      expect(ru.get('orgName')!.content).toBe('Лидсский университет');
      expect(a.get('authors/author[@num="1"]/individInfo[@lang="ENG"]/surname')!.content).toBe('Harris');
      expect(texts(a.find('keywords/kwdGroup[@lang="RUS"]/keyword'))).toEqual(source.keywords.ru);
      expect(texts(a.find('keywords/kwdGroup[@lang="ENG"]/keyword'))).toEqual(source.keywords.en);
      expect(a.get('abstracts/abstract[@lang="RUS"]')!.content).toMatch(/^В 1917 г\. большевики обещали/);
      expect(a.get('text[@lang="ENG"]')!.content).toMatch(/^As we approach the hundredth anniversary of the October Revolution/);
      expect(a.get('files/file[@desc="fullText"]')!.content).toBe('harris-2017/harris-2017.pdf');
      expect(a.get('files/furl[@desc="fullText"]')!.content).toBe('https://qrjournal.org/articles/10.15826/qr.2017.3.245/harris-2017.pdf');
      expect(a.get('dates/dateReceived')!.content).toBe('17.01.2017');
      expect(a.get('dates/datePublication')!.content).toBe('30.09.2017');
    });
  });

  it('harris-2017: its 50 references each appear once, with both renderings', () => {
    const harris = input.articles.find((a) => a.id === 'harris-2017')!;
    const [primary, romanized] = harris.references;
    withXml(xml, (doc) => {
      const refs = article(doc, '10.15826/qr.2017.3.245').find('references/reference') as XmlElement[];
      expect(refs).toHaveLength(50);
      expect(refs.map((r) => r.find('refInfo').map((i) => (i as XmlElement).get('@lang')!.content))).toEqual(refs.map(() => ['RUS', 'ENG']));
      const rus = refs.map((r) => r.get('refInfo[@lang="RUS"]/text')!.content);
      const eng = refs.map((r) => r.get('refInfo[@lang="ENG"]/text')!.content);
      expect(new Set(rus).size).toBe(50);
      expect(new Set(eng).size).toBe(50);
      expect(rus).toEqual(primary.entries.map((e) => plainText(e.text)));
      expect(new Set(eng)).toEqual(new Set(romanized.entries.map((e) => plainText(e.text))));
      expect(eng).toContain('Carr, E. H. (1979). The Russian Revolution from Lenin to Stalin. L., Macmillan. 200 p.');
      expect(rus.some((t) => t.startsWith('Ленин В. И. Удержат ли большевики государственную власть?'))).toBe(true);
    });
  });

  it('author codes and the EDN come from the source; an unmarked article is a research article', () => {
    const harris = input.articles.find((a) => a.id === 'harris-2017')!;
    const changed = {
      ...input,
      articles: [{ ...harris, meta: { ...harris.meta, edn: 'ABCDEF', articleType: 'review-article', authors: [{ ...harris.meta.authors[0], orcid: '0000-0002-1825-0097', spin: '1234-5678', scopusId: '57190000000', researcherId: 'A-1234-2017' }] } }],
    };
    const out = renderElibrary(changed).xml!;
    withXml(out, (doc) => {
      expect(doc.get('//article/codes/edn')!.content).toBe('ABCDEF');
      expect(doc.get('//article/artType')!.content).toBe('REV');
      expect(doc.get('//authorCodes/spin')!.content).toBe('1234-5678');
      expect(doc.get('//authorCodes/orcid')!.content).toBe('0000-0002-1825-0097');
      expect(doc.get('//authorCodes/scopusid')!.content).toBe('57190000000');
      expect(doc.get('//authorCodes/researcherid')!.content).toBe('A-1234-2017');
    });
    expect(xmllintExport(out, 'elibrary-rsci-journal', 'journal.xsd').status).toBe(0);
  });

  it('lindqvist-2017: its funder and award in each language the funder is named in', () => {
    withXml(xml, (doc) => {
      const fundings = (article(doc, '10.15826/qr.2017.3.246').find('fundings/funding') as XmlElement[]).map((f) => `${f.get('@lang')!.content}: ${f.content}`);
      expect(fundings).toEqual(['ENG: Swedish Research Council, grant 2016-01987', 'RUS: Шведский совет по научным исследованиям, грант 2016-01987']);
      // An article without funding has no element for it.
      expect(article(doc, '10.15826/qr.2017.3.245').get('fundings')).toBeNull();
    });
  });

  it('a reference with a DOI carries it as a parsed element of each rendering', () => {
    const harris = input.articles.find((a) => a.id === 'harris-2017')!;
    const withDoi = harris.references.map((list) => ({ ...list, entries: list.entries.map((e) => (e.id === 'carr1979' ? { ...e, doi: '10.1000/test.carr' } : e)) }));
    expect(withDoi[0].entries.some((e) => e.doi)).toBe(true);
    const out = renderElibrary({ ...input, articles: [{ ...harris, references: withDoi }] }).xml!;
    withXml(out, (doc) => expect(texts(doc.find('//reference/refInfo/elements/element[@field="DOI"]'))).toEqual(['10.1000/test.carr', '10.1000/test.carr']));
    expect(xmllintExport(out, 'elibrary-rsci-journal', 'journal.xsd').status).toBe(0);
  });

  it('is the same bytes every time', () => {
    expect(renderElibrary(input).xml).toBe(xml);
  });

  it('without `elibrary.titleid` nothing is written and the profile is named', () => {
    const base = exportProfile();
    const profile = { ...base, exports: { ...base.exports!, elibrary: {} } };
    const result = renderIssueExports({ ...input, profile }, 'dist/issues/2017-5-3', ['elibrary']);
    expect(result.files).toEqual([]);
    expect(result.diagnostics.map((d) => d.rule)).toEqual(['profile-invalid']);
  });
});

describe("eLIBRARY's documented rules the XSD leaves unchecked", () => {
  const firstArticle = (x: string) => x.indexOf('<article>');
  const cases: [string, (x: string) => string, string][] = [
    ['no <pages>', (x) => x.replace(/<pages>693-707<\/pages>/, ''), 'elibrary-article-required'],
    ['no <artTitles>', (x) => x.slice(0, firstArticle(x)) + x.slice(firstArticle(x)).replace(/<artTitles>[\s\S]*?<\/artTitles>/, ''), 'elibrary-article-required'],
    ['no <text>', (x) => x.replace(/<text lang="ENG">As we approach[\s\S]*?<\/text>/, ''), 'elibrary-article-required'],
    ['two <pages>', (x) => x.replace(/<pages>693-707<\/pages>/, '<pages>693-707</pages><pages>1-2</pages>'), 'elibrary-article-count'],
    ['four <individInfo>', (x) => x.replace(/(<individInfo lang="RUS">[\s\S]*?<\/individInfo>)/, '$1$1$1'), 'elibrary-author-info'],
    ['kwdGroup lang="ANY"', (x) => x.replace('<kwdGroup lang="RUS">', '<kwdGroup lang="ANY">'), 'elibrary-keyword-lang'],
  ];
  it.each(cases)('%s: valid for the XSD, refused by Galley', (_, mutate, rule) => {
    const bad = mutate(xml);
    expect(bad).not.toBe(xml);
    expect(xmllintExport(bad, 'elibrary-rsci-journal', 'journal.xsd').status).toBe(0);
    const found = checkElibraryRules(bad, 'dist/issues/2017-5-3/2017-5-3.elibrary.xml');
    expect(found.map((d) => d.rule)).toEqual([rule]);
    expect(found[0].severity).toBe('error');
    expect(found[0].position?.line).toBeGreaterThan(1);
  });
  it('the rendered file breaks none of them', () => {
    expect(checkElibraryRules(xml, 'x.xml')).toEqual([]);
  });
});

describe('in-process schema check of the eLIBRARY file', () => {
  it('a journal template that writes an artType eLIBRARY does not know is an elibrary-schema error at its line in the export (the issue build then writes nothing)', async () => {
    const { mkdtempSync, mkdirSync, readFileSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const own = mkdtempSync(join(tmpdir(), 'galley-templates-'));
    mkdirSync(join(own, 'elibrary'));
    const builtin = input.profile.templates[input.profile.templates.length - 1];
    writeFileSync(join(own, 'elibrary/article.hbs'), readFileSync(join(builtin, 'elibrary/article.hbs'), 'utf8').replace('<artType>{{artType}}</artType>', '<artType>XXX</artType>'));
    const profile = { ...input.profile, templates: [own, builtin] };
    const result = renderIssueExports({ ...input, profile }, 'dist/issues/2017-5-3', ['elibrary']);
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.length).toBe(4);
    expect(errors.every((d) => d.rule === 'elibrary-schema' && d.position?.file === 'dist/issues/2017-5-3/2017-5-3.elibrary.xml')).toBe(true);
    expect(errors[0].message).toMatch(/XXX/);
  });
});
