// The sample issue's OJS Native XML for OJS 3.4 and 3.5: four submissions with
// three galleys each, valid against the version's native.xsd in process and for
// xmllint, values from the sources and the record.
import type { XmlElement } from 'libxml2-wasm';
import { describe, expect, it } from 'vitest';
import { renderIssueExports } from '../../../src/issue/exports.js';
import { frontMatter, texts, withXml, xmllintExport } from '../../helpers/export-xml.js';
import { exportProfile, exportSettings, sampleIssueInput } from '../../helpers/sample-issue.js';

const ns = { pkp: 'http://pkp.sfu.ca' };
const ids = ['harris-2017', 'lindqvist-2017-railway-time', 'solonitsyna-2017-salt-ledgers', 'okafor-volkov-2017-postal-roads'];
const folders = { '3.4': 'ojs-native-3.4.0-10', '3.5': 'ojs-native-3.5.0-5' } as const;

function render(version: '3.4' | '3.5', galleys: 'remote' | 'embed', outputs?: Map<string, { path: string; data: string | Uint8Array }[]>) {
  const profile = exportProfile(exportSettings.replace('version: "3.4"', `version: "${version}", galleys: ${galleys}`));
  const result = renderIssueExports({ ...sampleIssueInput(profile), outputs }, 'dist/issues/2017-5-3', ['ojs']);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return { xml: String(result.files.find((f) => f.path === '2017-5-3.ojs.xml')!.data), diagnostics: result.diagnostics };
}

describe.each(['3.4', '3.5'] as const)('OJS %s Native XML of the sample issue', (version) => {
  const { xml, diagnostics } = render(version, 'remote');

  it('is valid against native.xsd in process (no errors above) and for xmllint', () => {
    const lint = xmllintExport(xml, folders[version], 'plugins/importexport/native/native.xsd');
    expect(lint.output).toMatch(/validates$/m);
    expect(lint.status).toBe(0);
  });

  it('holds the issue with its two sections and four submissions of three galleys each', () => {
    withXml(xml, (doc) => {
      expect(doc.get('/pkp:issues/pkp:issue/pkp:issue_identification/pkp:volume', ns)!.content).toBe('5');
      expect(doc.get('/pkp:issues/pkp:issue/pkp:issue_identification/pkp:number', ns)!.content).toBe('3');
      expect(doc.get('/pkp:issues/pkp:issue/pkp:date_published', ns)!.content).toBe('2017-09-30');
      expect(texts(doc.find('//pkp:sections/pkp:section/pkp:title[@locale="ru"]', ns))).toEqual(['Статьи', 'Региональная история']);
      const articles = doc.find('//pkp:articles/pkp:article', ns) as XmlElement[];
      expect(articles).toHaveLength(4);
      for (const a of articles) expect(texts(a.find('pkp:publication/pkp:article_galley/pkp:name', ns))).toEqual(['PDF', 'HTML', 'JATS XML']);
      expect(articles.map((a) => a.get('pkp:publication/pkp:id[@type="doi"]', ns)!.content)).toEqual(['245', '246', '247', '248'].map((n) => `10.15826/qr.2017.3.${n}`));
      expect(articles.map((a) => a.get('pkp:publication/pkp:pages', ns)!.content)).toEqual(['693-707', '708-714', '715-721', '722-729']);
      expect(articles.map((a) => a.get('pkp:publication/@section_ref', ns)!.content)).toEqual(['ART', 'ART', 'RH', 'RH']);
      expect(articles[0].get('pkp:publication/pkp:article_galley[pkp:name="PDF"]/pkp:remote/@src', ns)!.content).toBe('https://qrjournal.org/articles/10.15826/qr.2017.3.245/harris-2017.pdf');
    });
  });

  it("both locales' titles, keywords and author names, as the sources write them", () => {
    withXml(xml, (doc) => {
      const articles = doc.find('//pkp:articles/pkp:article', ns) as XmlElement[];
      articles.forEach((a, i) => {
        const source = frontMatter(ids[i]);
        const pub = a.get('pkp:publication', ns) as XmlElement;
        expect(pub.get('pkp:title[@locale="en"]', ns)!.content).toBe(source.title.en);
        expect(pub.get('pkp:title[@locale="ru"]', ns)!.content).toBe(source.title.ru);
        const keyword = version === '3.5' ? 'pkp:keyword/pkp:name' : 'pkp:keyword';
        expect(texts(pub.find(`pkp:keywords[@locale="ru"]/${keyword}`, ns))).toEqual(source.keywords.ru);
        expect(texts(pub.find('pkp:authors/pkp:author/pkp:familyname[@locale="ru"]', ns))).toEqual(source.authors.map((au: any) => au.name.ru.surname));
        expect(texts(pub.find('pkp:authors/pkp:author/pkp:givenname[@locale="en"]', ns))).toEqual(source.authors.map((au: any) => au.name.en.given));
        expect(pub.get('pkp:abstract[@locale="en"]', ns)!.content.startsWith(`<p>${source.abstract.en.trim().slice(0, 30)}`)).toBe(true);
        expect(a.get('@locale')!.content).toBe(source.lang);
        expect(pub.get('pkp:licenseUrl', ns)!.content).toBe('https://creativecommons.org/licenses/by/4.0/');
      });
      // harris-2017's affiliation has its ROR id in the source: on 3.5 it is a ROR affiliation.
      const affiliation = version === '3.5' ? 'pkp:rorAffiliation/pkp:name[@locale="ru"]' : 'pkp:affiliation[@locale="ru"]';
      expect(doc.get(`//pkp:article[1]//pkp:author/${affiliation}`, ns)!.content).toBe('Лидсский университет');
      if (version === '3.5') expect(doc.get('//pkp:article[1]//pkp:author/pkp:rorAffiliation/pkp:ror', ns)!.content).toBe('https://ror.org/024mrxd33');
    });
  });

  it('says once which authors lack the e-mail OJS requires', () => {
    expect(diagnostics.filter((d) => d.rule === 'ojs-author-email')).toHaveLength(1);
  });
});

describe('OJS galleys embedded from the issue build’s files', () => {
  const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a]);
  const outputs = new Map(ids.map((id) => [id, [
    { path: `${id}.pdf`, data: pdf },
    { path: 'index.html', data: `<!doctype html><title>${id}</title>` },
    { path: `${id}.jats.xml`, data: `<article>${id}</article>` },
    { path: 'assets/galley.css', data: 'body{}' },
  ]]));
  const { xml } = render('3.4', 'embed', outputs);

  it('carries each file once, base64, referenced by its galley; the HTML assets as dependent files', () => {
    withXml(xml, (doc) => {
      const harris = doc.get('//pkp:articles/pkp:article[1]', ns) as XmlElement;
      const files = harris.find('pkp:submission_file', ns) as XmlElement[];
      expect(files.map((f) => f.get('pkp:name', ns)!.content)).toEqual(['harris-2017.pdf', 'index.html', 'harris-2017.jats.xml', 'assets/galley.css']);
      expect(files.map((f) => f.get('@stage')!.content)).toEqual(['proof', 'proof', 'proof', 'dependent']);
      expect(Buffer.from(files[0].get('pkp:file/pkp:embed', ns)!.content, 'base64')).toEqual(Buffer.from(pdf));
      expect(files[0].get('pkp:file/@filesize', ns)!.content).toBe(String(pdf.byteLength));
      const refs = texts(harris.find('pkp:publication/pkp:article_galley/pkp:submission_file_ref/@id', ns));
      expect(refs).toEqual(files.slice(0, 3).map((f) => f.get('@id')!.content));
    });
    expect(xmllintExport(xml, folders['3.4'], 'plugins/importexport/native/native.xsd').status).toBe(0);
  });
});

describe('affiliations with a ROR id', () => {
  const withRor = (version: '3.4' | '3.5') => {
    const profile = exportProfile(exportSettings.replace('version: "3.4"', `version: "${version}", galleys: remote`));
    const input = sampleIssueInput(profile);
    const harris = input.articles[0];
    // A test value in ROR's form, not checked against the registry.
    const leeds = { ...harris.meta.affiliations[0], ror: 'https://ror.org/024mrxd33' };
    const articles = [{ ...harris, meta: { ...harris.meta, affiliations: [leeds], positions: { ...harris.meta.positions, 'affiliations.0.ror': { file: harris.file, line: 30, column: 5 } } } }, ...input.articles.slice(1)];
    return renderIssueExports({ ...input, articles }, 'dist/issues/2017-5-3', ['ojs']);
  };

  it('3.5 writes <rorAffiliation> with the ROR and the names per locale', () => {
    const result = withRor('3.5');
    const xml = String(result.files[0].data);
    withXml(xml, (doc) => {
      const ror = doc.get('//pkp:article[1]//pkp:author/pkp:rorAffiliation', ns) as XmlElement;
      expect(ror.get('pkp:ror', ns)!.content).toBe('https://ror.org/024mrxd33');
      expect(ror.get('pkp:name[@locale="en"]', ns)!.content).toBe('University of Leeds');
      expect(ror.get('pkp:name[@locale="ru"]', ns)!.content).toBe('Лидсский университет');
    });
    expect(xmllintExport(xml, folders['3.5'], 'plugins/importexport/native/native.xsd').status).toBe(0);
    expect(result.diagnostics.some((d) => d.message.includes('`affiliations.ror`'))).toBe(false);
  });

  it('3.4 has no place for it and says so once, at the field', () => {
    const result = withRor('3.4');
    const notes = result.diagnostics.filter((d) => d.rule === 'export-field-dropped' && d.message.includes('`affiliations.ror`'));
    expect(notes).toHaveLength(1);
    expect(notes[0].position).toMatchObject({ line: 30, column: 5 });
    expect(String(result.files[0].data)).not.toContain('ror.org');
  });
});
