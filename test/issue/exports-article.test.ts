// `galley build` of one article writes the exports that can hold one article
// (DOAJ) beside its metadata galleys; eLIBRARY and OJS wait for the issue.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderFinalArticle } from '../../src/pipeline/build.js';
import { journalRecordFor } from '../../src/pipeline/prepare.js';
import { withXml, xmllintExport } from '../helpers/export-xml.js';
import { exportProfile, repoRoot } from '../helpers/sample-issue.js';

const dir = join(repoRoot, 'article/harris-2017');
const noBrowser = () => ({ print: () => Promise.reject(new Error('no browser in this test')), close: async () => undefined });

describe('DOAJ file of one article', () => {
  it('is written with the Crossref galley, valid, one record at the folios the record gives', async () => {
    const profile = exportProfile();
    const result = await renderFinalArticle(dir, profile, journalRecordFor(profile, [dir]), ['crossref'], noBrowser);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.outputs.map((o) => o.path)).toEqual(['harris-2017.crossref.xml', 'harris-2017.doaj.xml']);
    const xml = String(result.outputs[1].data);
    expect(xmllintExport(xml, 'doaj-articles-1.3', 'doajArticles.xsd').status).toBe(0);
    withXml(xml, (doc) => {
      expect(doc.find('/records/record')).toHaveLength(1);
      expect(doc.get('//doi')!.content).toBe('10.15826/qr.2017.3.245');
      expect(`${doc.get('//startPage')!.content}-${doc.get('//endPage')!.content}`).toBe('693-707');
      expect(doc.get('//publicationDate')!.content).toBe('2017-09-30');
    });
  });

  it('is not written by a PDF-only build, nor when the profile does not ask for it', async () => {
    const profile = exportProfile();
    const journal = journalRecordFor(profile, [dir]);
    const jatsOnly = await renderFinalArticle(dir, profile, journal, ['jats'], noBrowser);
    expect(jatsOnly.outputs.map((o) => o.path)).toEqual(['harris-2017.jats.xml']);
    const off = exportProfile('exports: [elibrary]\nelibrary: { titleid: 99999 }\n');
    const crossrefOnly = await renderFinalArticle(dir, off, journalRecordFor(off, [dir]), ['crossref'], noBrowser);
    expect(crossrefOnly.outputs.map((o) => o.path)).toEqual(['harris-2017.crossref.xml']);
  });
});
