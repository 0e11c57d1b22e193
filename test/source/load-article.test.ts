import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadArticleSource, maxReportsPerRule } from '../../src/source/load-article.js';
import { maxBlockLines } from '../../src/source/body-limits.js';
import type { Block, Citation, Figure, Section } from '../../src/model/types.js';
import { fixtures, journalProfile } from './helpers.js';

const minimal = join(fixtures, 'source/minimal');

describe('loadArticleSource on a well-formed article', () => {
  const { source, diagnostics } = loadArticleSource(minimal, journalProfile());

  it('loads with only the placeholder warning', () => {
    expect(diagnostics.map((d) => [d.rule, d.severity, d.position?.line, d.position?.column])).toEqual([['figure-placeholder', 'warning', 50, 1]]);
    expect(source?.id).toBe('minimal');
  });

  it('reads the metadata into typed fields', () => {
    const meta = source!.meta;
    expect(meta.lang).toBe('en');
    expect(meta.titleText).toEqual({
      en: 'The Bolshevik Party Transformed: Stalin’s Rise to Power (1917–1927)',
      ru: 'Трансформация партии большевиков: восхождение Сталина к власти (1917–1927)',
    });
    expect(meta.title.en[1]).toMatchObject({ type: 'emphasis', children: [{ type: 'text', value: 'Stalin’s' }] });
    expect(meta).toMatchObject({ volume: 5, issue: '3', year: 2017, seq: 245, pages: { first: 693, last: 707 }, doi: '10.15826/qr.2017.3.245' });
    expect(meta.udc).toBe('329.8+321.74+929Сталин+94(470)"1917/1927"');
    expect(meta.history).toEqual({ received: '2017-01-17', accepted: '2017-03-01' });
    expect(meta.authors[0]).toMatchObject({ id: 'harris', orcid: '0000-0002-1825-0097', affiliations: ['leeds'], corresponding: true });
    expect(meta.authors[0].name.ru).toEqual({ given: 'Джеймс', surname: 'Харрис' });
    expect(meta.affiliations[0]).toMatchObject({ id: 'leeds', countryCode: 'GB', institution: { ru: 'Лидсский университет' } });
    expect(meta.keywords.ru).toEqual(['Сталин', 'демократия']);
  });

  it('records where each field was written', () => {
    const p = source!.meta.positions;
    expect([p.doi.line, p.doi.column]).toEqual([4, 6]);
    expect([p.udc.line, p.udc.column]).toEqual([6, 6]);
    expect([p['authors.0.orcid'].line, p['authors.0.orcid'].column]).toEqual([22, 12]);
    expect(p.doi.file).toBe(join(minimal, 'article.md'));
  });

  it('parses abstracts as blocks positioned in the article file', () => {
    const en = source!.meta.abstract.en;
    expect(en.map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
    expect([en[1].position?.line, en[1].position?.column]).toEqual([36, 5]);
  });

  it('nests ## and ### headings into sections with ids from their text', () => {
    const sections = source!.body.filter((b): b is Section => b.type === 'section');
    expect(sections.map((s) => [s.id, s.depth])).toEqual([['sec-the-party-in-1917', 2], ['sec-conclusion', 2]]);
    const inner = sections[0].children.find((b): b is Section => b.type === 'section');
    expect(inner?.id).toBe('sec-a-subsection');
    expect(inner?.children[0].type).toBe('list');
  });

  it('turns an image-only paragraph into a placeholder figure', () => {
    const figure = sections(source!.body).flatMap((s) => s.children).find((b): b is Figure => b.type === 'figure');
    expect(figure).toMatchObject({ id: 'fig1', number: 1, src: 'figures/stalin-1918.placeholder.svg', alt: 'Joseph Stalin. 1918', placeholder: true });
    expect(figure?.file).toBe(join(minimal, 'figures/stalin-1918.placeholder.svg'));
  });

  it('numbers footnotes by first call and keeps their blocks', () => {
    expect(source!.footnotes.map((f) => [f.id, f.number])).toEqual([['fn1', 1], ['fn2', 2]]);
    expect(JSON.stringify(source!.footnotes[1].children)).toContain('Another note.');
  });

  it('parses citations with normalised locators, in reading order', () => {
    const cits = allCitations(source!.body);
    expect(cits.map((c) => c.id)).toEqual(['cit-1', 'cit-2', 'cit-3', 'cit-4']);
    expect(cits[0].items.map(({ position: _, ...i }) => i)).toEqual([{ key: 'schapiro1955', label: 'page', locator: '3' }, { key: 'deutscher1949' }]);
    expect(cits[1].items[0]).toMatchObject({ key: 'rgaspi', label: 'archival', locator: 'Ф. 17. Оп. 69. Д. 140. Л. 30' });
    expect(cits[3].items[0]).toMatchObject({ key: 'rgaspi', label: 'archival', locator: 'Ф. 558. Оп. 1. Д. 2569. Л. 71', suffix: '(Сталин)' });
    expect([cits[0].position?.line, cits[0].position?.column, cits[0].items[1].position?.column]).toEqual([44, 24, 46]);
  });

  it('keeps CSL items as written, with their positions', () => {
    expect(source!.bibliography.map((i) => i.id)).toEqual(['schapiro1955', 'deutscher1949', 'rgaspi']);
    expect(source!.bibliography[2].custom).toEqual({ abbreviation: 'РГАСПИ' });
    expect(source!.bibliographyPositions.deutscher1949.line).toBe(11);
  });
});

function sections(blocks: Block[]): Section[] {
  return blocks.filter((b): b is Section => b.type === 'section');
}

function allCitations(blocks: Block[]): Citation[] {
  const found: Citation[] = [];
  JSON.stringify(blocks, (_k, v) => {
    if (v && v.type === 'citation') found.push(v);
    return v;
  });
  return found;
}

describe('loadArticleSource on broken input', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'galley-load-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const head = readFileSync(join(minimal, 'article.md'), 'utf8').split('\n---\n')[0] + '\n---\n';

  it('lists a repeated problem at most 100 times, then counts the rest', () => {
    writeFileSync(join(scratch, 'article.md'), head + '\nText.[^x]\n'.repeat(150));
    const rules = loadArticleSource(scratch, journalProfile()).diagnostics.filter((d) => d.rule === 'footnote-undefined');
    expect(rules).toHaveLength(maxReportsPerRule + 1);
    expect(rules[maxReportsPerRule].message).toBe('Unexpected 50 more problems of this kind (not listed), expected none');
  });

  it('refuses a body beyond the parsing limits before parsing it', () => {
    // The last `word` line starts the over-long paragraph.
    writeFileSync(join(scratch, 'article.md'), head + '\nword\n'.repeat(3) + 'x\n'.repeat(maxBlockLines + 1));
    const { source, diagnostics } = loadArticleSource(scratch, journalProfile());
    expect(source).toBeUndefined();
    expect(diagnostics.map((d) => [d.rule, d.position?.line])).toEqual([['source-unreadable', head.split('\n').length + 5]]);
  });
});
