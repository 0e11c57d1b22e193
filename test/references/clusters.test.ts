import { describe, expect, it } from 'vitest';
import { resolveReferences } from '../../src/references/resolve.js';
import { plainText } from '../../src/references/html-inlines.js';
import type { CitationItem } from '../../src/model/types.js';
import { cite, citation, journalProfile, sourceWith, works } from './fixtures.js';

const arch = (key: string, locator: string, more: Omit<CitationItem, 'key'> = {}) => cite(key, { label: 'archival', locator, ...more });

// [what it shows, the cited items, the cluster as printed (without brackets)]
const cases: [string, CitationItem[], string][] = [
  ['author only', [cite('deutscher1949')], 'Deutscher'],
  ['the year where one author has two works', [cite('schapiro1955')], 'Schapiro, 1955'],
  ['several works in one bracket', [cite('deutscher1949'), cite('schapiro1984')], 'Deutscher; Schapiro, 1984'],
  ['the year for two authors of one surname', [cite('smith1998'), cite('smith1983')], 'Smith, 1998; Smith, 1983'],
  ['p. for an English work, also for a range', [cite('kowalski1991', { label: 'page', locator: '115–116' })], 'Kowalski, p. 115–116'],
  ['с. for a Russian work', [cite('lenin1966', { label: 'page', locator: '306–307' })], 'Ленин, с. 306–307'],
  ['ch. for a chapter', [cite('kowalski1991', { label: 'chapter', locator: '4' })], 'Kowalski, ch. 4'],
  ['two authors', [cite('davies2014', { label: 'chapter', locator: '1' })], 'Davies, Harris, ch. 1'],
  ['an edited book by its short title', [cite('fox2012')], 'Justifying War…'],
  ['a work without author by its short title', [cite('kpss1986')], 'КПСС в резолюциях…'],
  ['a year and a locator together', [cite('schapiro1955', { label: 'page', locator: '3' })], 'Schapiro, 1955, p. 3'],
  ['a prefix', [cite('deutscher1949', { prefix: 'see' })], 'see Deutscher'],
  ['an archival file with its sheet', [arch('rgaspi', 'Ф. 17. Оп. 69. Д. 140. Л. 30')], 'РГАСПИ. Ф. 17. Оп. 69. Д. 140. Л. 30'],
  ['the same fond and opis collapsed', [arch('rgaspi', 'Ф. 17. Оп. 3. Д. 337'), arch('rgaspi', 'Ф. 17. Оп. 3. Д. 339. Л. 4, 342')], 'РГАСПИ. Ф. 17. Оп. 3. Д. 337; Д. 339. Л. 4, 342'],
  ['another opis of the same fond in full', [arch('rgaspi', 'Ф. 17. Оп. 84. Д. 470'), arch('rgaspi', 'Ф. 17. Оп. 171. Д. 26. Л. 56–62')], 'РГАСПИ. Ф. 17. Оп. 84. Д. 470; Ф. 17. Оп. 171. Д. 26. Л. 56–62'],
  [
    'a work, then archival files with remarks',
    [cite('lenin1966', { label: 'page', locator: '1' }), arch('rgaspi', 'Ф. 558. Оп. 1. Д. 2569. Л. 71', { suffix: '(Сталин)' }), arch('rgaspi', 'Ф. 17. Оп. 84. Д. 476. Л. 9–10', { suffix: '(Бухарин)' })],
    'Ленин, с. 1; РГАСПИ. Ф. 558. Оп. 1. Д. 2569. Л. 71 (Сталин); Ф. 17. Оп. 84. Д. 476. Л. 9–10 (Бухарин)',
  ],
  [
    'two archives, each named once',
    [arch('davo', 'Ф. 1. Оп. 1. Д. 5. Л. 19'), arch('davo', 'Ф. 1. Оп. 1. Д. 47. Л. 54'), arch('tsdooso', 'Ф. 4. Оп. 2. Д. 45. Л. 9'), arch('tsdooso', 'Ф. 8. Оп. 1. Д. 42. Л. 1–2')],
    'ДАВО. Ф. 1. Оп. 1. Д. 5. Л. 19; Д. 47. Л. 54; ЦДООСО. Ф. 4. Оп. 2. Д. 45. Л. 9; Ф. 8. Оп. 1. Д. 42. Л. 1–2',
  ],
  ['the archive named again after another work', [arch('rgaspi', 'Ф. 1. Оп. 1. Д. 1'), cite('deutscher1949'), arch('rgaspi', 'Ф. 1. Оп. 1. Д. 2')], 'РГАСПИ. Ф. 1. Оп. 1. Д. 1; Deutscher; РГАСПИ. Ф. 1. Оп. 1. Д. 2'],
  ['verso sheets keep "об."', [arch('tsdooso', 'Ф. 1494. Оп. 1. Д. 190. Л. 42–42 об.')], 'ЦДООСО. Ф. 1494. Оп. 1. Д. 190. Л. 42–42 об.'],
  ['a verso sheet at the end keeps its period', [arch('tsdooso', 'Ф. 1494. Оп. 1. Д. 190. Л. 3 об.')], 'ЦДООСО. Ф. 1494. Оп. 1. Д. 190. Л. 3 об.'],
  ['a value ending in "об." before the next level: one period', [arch('tsdooso', 'Ф. 1. Оп. 1. Д. 5 об. Л. 3')], 'ЦДООСО. Ф. 1. Оп. 1. Д. 5 об. Л. 3'],
  ['a verso sheet before a remark', [arch('tsdooso', 'Ф. 1. Оп. 1. Д. 5. Л. 3 об.', { suffix: '(копия)' })], 'ЦДООСО. Ф. 1. Оп. 1. Д. 5. Л. 3 об. (копия)'],
  ['romanized level labels read as the same levels', [arch('rgaspi', 'F. 17. Op. 3. D. 5. L. 2')], 'РГАСПИ. Ф. 17. Оп. 3. Д. 5. Л. 2'],
];

describe('citation clusters', () => {
  const profile = journalProfile();

  it.each(cases)('%s', (_, items, expected) => {
    const c = citation('cit-1', items);
    const { citations, diagnostics } = resolveReferences(sourceWith([c]), profile);
    expect(plainText(citations.get('cit-1')!)).toBe(expected);
    expect(diagnostics.filter((d) => d.rule === 'reference-archival-locator')).toEqual([]);
  });

  it('adds the year when the bibliography holds a second, uncited work of the author', () => {
    const second = { ...works[0], id: 'deutscher1963', title: 'The Prophet Outcast', issued: { 'date-parts': [[1963]] } };
    const { citations } = resolveReferences(sourceWith([citation('c', [cite('deutscher1949')])], [...works, second]), profile);
    expect(plainText(citations.get('c')!)).toBe('Deutscher, 1949');
  });

  it('renders each cluster on its own, whatever was rendered before (no stale engine state)', () => {
    const a = resolveReferences(sourceWith([citation('c', [cite('schapiro1955')])]), profile);
    const b = resolveReferences(sourceWith([citation('c', [cite('schapiro1955')])], works.filter((w) => w.id !== 'schapiro1984')), profile);
    expect(plainText(a.citations.get('c')!)).toBe('Schapiro, 1955');
    expect(plainText(b.citations.get('c')!)).toBe('Schapiro');
  });

  it('reports an archival locator it cannot read, and prints it as written', () => {
    const c = citation('c', [arch('rgaspi', 'Ф. 17. 69/140', { position: { file: 'article.md', line: 12, column: 40 } })]);
    const { citations, diagnostics } = resolveReferences(sourceWith([c]), profile);
    expect(plainText(citations.get('c')!)).toBe('РГАСПИ. Ф. 17. 69/140');
    expect(diagnostics).toContainEqual(expect.objectContaining({ rule: 'reference-archival-locator', severity: 'error', position: { file: 'article.md', line: 12, column: 40 } }));
  });
});
