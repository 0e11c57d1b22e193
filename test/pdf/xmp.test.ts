import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildXmp, documentUuid, xmpDate, type PdfMetadata } from '../../src/pdf/xmp.js';

const metadata: PdfMetadata = {
  titles: [
    { lang: 'en', text: 'The Bolshevik Party Transformed & <more>' },
    { lang: 'ru', text: 'Трансформация партии большевиков' },
  ],
  authors: ['James Harris'],
  subject: 'Harris, J. (2017). The Bolshevik Party Transformed.',
  keywords: ['Stalin', 'democracy', 'Сталин'],
  lang: 'en',
  languages: ['en', 'ru'],
  doi: '10.15826/qr.2017.3.245',
  url: 'https://qrjournal.org/articles/10.15826/qr.2017.3.245',
  issn: '2311-911X',
  eIssn: '2313-6871',
  journal: 'Quaestio Rossica',
  publisher: 'Ural Federal University',
  volume: '5',
  number: '3',
  startingPage: 693,
  endingPage: 707,
  coverDate: '2017-09-30',
  rights: 'CC BY 4.0',
  licenseUrl: 'https://creativecommons.org/licenses/by/4.0/',
  creatorTool: 'Galley',
  producer: 'Galley with pdf-lib',
  date: new Date('2017-09-30T00:00:00Z'),
};

describe('buildXmp', () => {
  const xmp = buildXmp(metadata);

  it('is a well-formed XMP packet', () => {
    expect(xmp.startsWith('<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>')).toBe(true);
    expect(xmp.endsWith('<?xpacket end="w"?>')).toBe(true);
    expect(XMLValidator.validate(xmp)).toBe(true);
  });

  it('carries the PRISM fields of a journal article', () => {
    for (const [name, value] of [
      ['prism:doi', '10.15826/qr.2017.3.245'],
      ['prism:issn', '2311-911X'],
      ['prism:eIssn', '2313-6871'],
      ['prism:volume', '5'],
      ['prism:number', '3'],
      ['prism:startingPage', '693'],
      ['prism:endingPage', '707'],
      ['prism:pageRange', '693-707'],
      ['prism:url', 'https://qrjournal.org/articles/10.15826/qr.2017.3.245'],
      ['dc:identifier', 'doi:10.15826/qr.2017.3.245'],
    ]) {
      expect(xmp).toContain(`<${name}>${value}</${name}>`);
    }
  });

  it('gives both titles with their language, the article language as default', () => {
    expect(xmp).toContain(
      '<dc:title><rdf:Alt><rdf:li xml:lang="x-default">The Bolshevik Party Transformed &amp; &lt;more&gt;</rdf:li>' +
        '<rdf:li xml:lang="en">The Bolshevik Party Transformed &amp; &lt;more&gt;</rdf:li>' +
        '<rdf:li xml:lang="ru">Трансформация партии большевиков</rdf:li></rdf:Alt></dc:title>',
    );
    expect(xmp).toContain('<dc:subject><rdf:Bag><rdf:li>Stalin</rdf:li><rdf:li>democracy</rdf:li><rdf:li>Сталин</rdf:li></rdf:Bag></dc:subject>');
  });

  it('dates the document by the injected clock and names it by its DOI, so two builds agree', () => {
    expect(xmp).toContain('<xmp:CreateDate>2017-09-30T00:00:00Z</xmp:CreateDate>');
    expect(buildXmp({ ...metadata })).toBe(xmp);
    expect(xmp).toContain(`<xmpMM:DocumentID>${documentUuid('10.15826/qr.2017.3.245')}</xmpMM:DocumentID>`);
    expect(documentUuid('a')).toMatch(/^uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(documentUuid('a')).not.toBe(documentUuid('b'));
    expect(xmpDate(new Date('2020-01-02T03:04:05.678Z'))).toBe('2020-01-02T03:04:05Z');
  });

  it('leaves out what is unknown instead of writing empty elements', () => {
    const bare = buildXmp({ ...metadata, doi: undefined, endingPage: undefined, url: undefined });
    expect(bare).not.toContain('prism:doi');
    expect(bare).not.toContain('prism:endingPage');
    expect(bare).not.toContain('prism:pageRange');
    expect(bare).toContain('<prism:startingPage>693</prism:startingPage>');
  });
});
