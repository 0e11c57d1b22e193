// The front and back matter of the sample lindqvist-2017-railway-time, read into the model.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticleSource } from '../../../src/source/load-article.js';
import { creditRoles, nearestCreditTerm, normaliseCreditTerm } from '../../../src/model/meta/credit.js';
import { plainText } from '../../../src/model/plain-text.js';
import { journalProfile, repoRoot } from '../../source/helpers.js';
import { readStatements } from '../../../src/model/meta/matter.js';
import { MetaReader } from '../../../src/model/meta/reader.js';
import { parseYamlDoc } from '../../../src/util/yaml-doc.js';

const lindqvist = () => {
  const { source, diagnostics } = loadArticleSource(join(repoRoot, 'article/lindqvist-2017-railway-time'), journalProfile());
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return source!;
};

describe('front and back matter', () => {
  it('reads funding, statements, roles and the supplementary file of the sample', () => {
    const { meta } = lindqvist();
    expect(meta.funding).toEqual([
      expect.objectContaining({ funder: { en: 'Swedish Research Council', ru: 'Шведский совет по научным исследованиям' }, funderId: { type: 'doi', value: '10.13039/501100004359' }, awards: ['2016-01987'] }),
    ]);
    expect(meta.authors[0].roles?.map((r) => r.uri)).toContain('https://credit.niso.org/contributor-roles/writing-original-draft/');
    expect(meta.authors[0]).toMatchObject({ corresponding: true, email: 'i.lindqvist@example.org' });
    expect(plainText(meta.statements!.conflictOfInterest!.en.flatMap((b) => (b.type === 'paragraph' ? b.children : [])))).toBe('The author declares no conflict of interest.');
    // Given in English only: not demanded in Russian.
    expect(Object.keys(meta.statements!.dataAvailability!)).toEqual(['en']);
    expect(meta.supplementary).toEqual([expect.objectContaining({ id: 'supp1', src: 'supplementary/station-offsets.csv', mimeType: 'text/csv' })]);
    expect(meta.supplementary![0].file).toMatch(/station-offsets\.csv$/);
  });
});

describe('CRediT terms', () => {
  it.each([
    ['Writing – Original Draft', 'writing-original-draft'],
    ['writing_review_&_editing', 'writing-review-editing'],
    ['Formal analysis', 'formal-analysis'],
  ])('%s is the term %s', (written, key) => {
    expect(creditRoles.get(normaliseCreditTerm(written))?.term).toBe(key);
  });
  it('has the 14 terms of the taxonomy', () => expect(creditRoles.size).toBe(14));
  it.each([
    ['conceptualisation', 'conceptualization'],
    ['vizualization', 'visualization'],
    ['writing', 'writing-original-draft'],
    ['proofreading', undefined],
  ])('suggests for %s: %s', (key, near) => expect(nearestCreditTerm(key)).toBe(near));
});

describe('which languages a statement needs', () => {
  const read = (yaml: string, required?: (key: string) => string[]) => {
    const doc = parseYamlDoc(yaml, 'article.md');
    const problems: string[] = [];
    const r = new MetaReader(doc.value as Record<string, unknown>, doc, (rule, message, at) => problems.push(`${at?.line}:${at?.column} ${rule} ${message}`), ['en', 'ru']);
    const statements = readStatements({ r, lang: 'en', blocks: (text) => [{ type: 'paragraph', children: [{ type: 'text', value: text }] }], required });
    return { statements, problems };
  };

  it('takes a statement in one language, or as plain text in the article language, without demanding the others', () => {
    expect(read('acknowledgements:\n  ru: Спасибо.\n')).toMatchObject({ statements: { acknowledgements: { ru: [{ type: 'paragraph' }] } }, problems: [] });
    expect(read('conflict-of-interest: None declared.\n')).toMatchObject({ statements: { conflictOfInterest: { en: [{ type: 'paragraph' }] } }, problems: [] });
  });

  it('reports a language the journal requires, at the statement', () => {
    const { problems } = read('data-availability:\n  en: On request.\n', (key) => (key === 'data-availability' ? ['en', 'ru'] : []));
    expect(problems).toEqual(['2:3 meta-statement-language Unexpected missing `data-availability.ru`, expected the statement in en, ru as the journal requires']);
  });
});

describe('a book review and a correction, as written in the front matter', () => {
  const variant = (extra: string) => {
    const dir = join(mkdtempSync(join(tmpdir(), 'galley-matter-')), 'article');
    cpSync(join(repoRoot, 'article/lindqvist-2017-railway-time'), dir, { recursive: true });
    const file = join(dir, 'article.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('\ndeposit: false', `\n${extra}\ndeposit: false`));
    return loadArticleSource(dir, journalProfile());
  };

  it('reads the reviewed book', () => {
    const { source, diagnostics } = variant('type: book-review\nreviewed-book:\n  authors: [Figes O.]\n  title: A People’s Tragedy\n  place: London\n  publisher: Jonathan Cape\n  year: 1996\n  isbn: 978-0-224-04162-3');
    expect(diagnostics).toEqual([]);
    expect(source!.meta).toMatchObject({ articleType: 'book-review', reviewedBook: { authors: ['Figes O.'], title: 'A People’s Tragedy', place: 'London', publisher: 'Jonathan Cape', year: 1996, isbn: '978-0-224-04162-3' } });
  });

  it('reads the corrected article, a DOI written as a URL made bare', () => {
    const { source, diagnostics } = variant('type: correction\ncorrects: https://doi.org/10.15826/qr.2017.1.200');
    expect(diagnostics).toEqual([]);
    expect(source!.meta.related).toEqual([expect.objectContaining({ type: 'corrected-article', doi: '10.15826/qr.2017.1.200' })]);
  });

  it('refuses `corrects:` that is not a DOI, at its line', () => {
    const { diagnostics } = variant('type: correction\ncorrects: the March issue');
    expect(diagnostics.map((d) => `${d.rule} ${d.message}`)).toEqual(['meta-related-article Unexpected "the March issue" in `corrects`, expected a DOI such as 10.1234/journal.2017.1.200']);
    expect(diagnostics[0].position?.line).toBeGreaterThan(1);
  });
});
