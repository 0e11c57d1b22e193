// The sample issue's DOAJ file: one record per article, valid against
// doajArticles.xsd 1.3 in process and for xmllint, values from the sources.
import type { XmlElement } from 'libxml2-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderIssueExports } from '../../../src/issue/exports.js';
import { frontMatter, texts, withXml, xmllintExport } from '../../helpers/export-xml.js';
import { sampleIssueInput } from '../../helpers/sample-issue.js';

let xml: string;
let notes: string[];

beforeAll(() => {
  const result = renderIssueExports(sampleIssueInput(), 'dist/issues/2017-5-3', ['doaj']);
  expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  notes = result.diagnostics.map((d) => d.message);
  xml = String(result.files.find((f) => f.path === '2017-5-3.doaj.xml')!.data);
});

const ids = ['harris-2017', 'lindqvist-2017-railway-time', 'solonitsyna-2017-salt-ledgers', 'okafor-volkov-2017-postal-roads'];

describe('DOAJ article file of the sample issue', () => {
  it('is valid against doajArticles.xsd 1.3 in process (no diagnostics above) and for xmllint with the catalog', () => {
    const lint = xmllintExport(xml, 'doaj-articles-1.3', 'doajArticles.xsd');
    expect(lint.output).toMatch(/validates$/m);
    expect(lint.status).toBe(0);
  });

  it('has four records, in print order, with the DOIs, pages and ISSNs', () => {
    withXml(xml, (doc) => {
      const records = doc.find('/records/record') as XmlElement[];
      expect(records).toHaveLength(4);
      expect(records.map((r) => r.get('publisherRecordId')!.content)).toEqual(ids);
      expect(records.map((r) => r.get('doi')!.content)).toEqual(['245', '246', '247', '248'].map((n) => `10.15826/qr.2017.3.${n}`));
      expect(records.map((r) => `${r.get('startPage')!.content}-${r.get('endPage')!.content}`)).toEqual(['693-707', '708-714', '715-721', '722-729']);
      for (const r of records) {
        expect(r.get('issn')!.content).toBe('2311-911X');
        expect(r.get('eissn')!.content).toBe('2313-6871');
        expect(r.get('volume')!.content).toBe('5');
        expect(r.get('issue')!.content).toBe('3');
        expect(r.get('publicationDate')!.content).toBe('2017-09-30');
      }
    });
  });

  it('each record has both titles, both abstracts and both keyword lists of its source', () => {
    withXml(xml, (doc) => {
      for (const id of ids) {
        const source = frontMatter(id);
        const r = doc.get(`/records/record[publisherRecordId="${id}"]`) as XmlElement;
        expect(r.get('language')!.content).toBe(source.lang === 'ru' ? 'rus' : 'eng');
        expect(r.get('title[@language="eng"]')!.content).toBe(source.title.en);
        expect(r.get('title[@language="rus"]')!.content).toBe(source.title.ru);
        expect(r.get('abstract[@language="eng"]')!.content.slice(0, 40)).toBe(source.abstract.en.trim().slice(0, 40));
        expect(r.get('abstract[@language="rus"]')!.content.slice(0, 40)).toBe(source.abstract.ru.trim().slice(0, 40));
        expect(texts(r.find('keywords[@language="eng"]/keyword'))).toEqual(source.keywords.en);
        expect(texts(r.find('keywords[@language="rus"]/keyword'))).toEqual(source.keywords.ru);
        expect(r.find('authors/author')).toHaveLength(source.authors.length);
        expect(r.get('fullTextUrl[@format="pdf"]')!.content).toBe(`https://qrjournal.org/articles/${r.get('doi')!.content}/${id}.pdf`);
      }
    });
  });

  it('authors by their names in the article language, with affiliations', () => {
    withXml(xml, (doc) => {
      const harris = doc.get('/records/record[publisherRecordId="harris-2017"]') as XmlElement;
      expect(harris.get('authors/author/name')!.content).toBe('James Harris');
      expect(harris.get('authors/author/affiliationId')!.content).toBe('leeds');
      expect(harris.get('affiliationsList/affiliationName[@affiliationId="leeds"]')!.content).toBe('University of Leeds, Leeds, UK');
      const solonitsyna = frontMatter('solonitsyna-2017-salt-ledgers');
      const first = solonitsyna.authors[0].name.ru;
      expect(doc.get('/records/record[publisherRecordId="solonitsyna-2017-salt-ledgers"]/authors/author/name')!.content).toBe(`${first.given} ${first.surname}`);
    });
  });

  it('names once, for the issue, each source field DOAJ cannot carry', () => {
    expect(notes.filter((m) => m.includes('`udc`'))).toHaveLength(1);
    expect(notes.some((m) => m.includes('`bibliography`') && m.includes('4 articles'))).toBe(true);
  });
});
