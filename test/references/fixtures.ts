// Hand-built sources for the references tests: a few works and citations, without
// going through the article loader.
import { resolve } from 'node:path';
import { loadProfile } from '../../src/profile/load.js';
import type { Profile } from '../../src/profile/types.js';
import type { ArticleMeta, ArticleSource, Citation, CitationItem, CslItem } from '../../src/model/types.js';

export const root = resolve(import.meta.dirname, '../..');

export function journalProfile(changes: Partial<Profile['references']> = {}): Profile {
  const { profile } = loadProfile(resolve(root, 'journal.yaml'));
  return { ...profile!, references: { ...profile!.references, ...changes } };
}

export const works: CslItem[] = [
  { id: 'deutscher1949', type: 'book', language: 'en', author: [{ family: 'Deutscher', given: 'Isaac' }], title: 'Stalin: A Political Biography', publisher: 'Oxford Univ. Press', 'publisher-place': 'London', issued: { 'date-parts': [[1949]] }, 'number-of-pages': 600 },
  { id: 'schapiro1955', type: 'book', language: 'en', author: [{ family: 'Schapiro', given: 'Leonard' }], title: 'The Origin of the Communist Autocracy', publisher: 'G. Bell and Sons', 'publisher-place': 'London', issued: { 'date-parts': [[1955]] }, 'number-of-pages': 397 },
  { id: 'schapiro1984', type: 'book', language: 'en', author: [{ family: 'Schapiro', given: 'Leonard' }], title: '1917: The Russian Revolutions', publisher: 'Maurice Temple Smith', 'publisher-place': 'Hounslow', issued: { 'date-parts': [[1984]] }, 'number-of-pages': 239 },
  { id: 'smith1983', type: 'book', language: 'en', author: [{ family: 'Smith', given: 'S. A.' }], title: 'Red Petrograd', publisher: 'Cambridge Univ. Press', 'publisher-place': 'Cambridge', issued: { 'date-parts': [[1983]] }, 'number-of-pages': 347 },
  { id: 'smith1998', type: 'article-journal', language: 'en', author: [{ family: 'Smith', given: 'Jeremy' }], title: 'The Georgian Affair of 1922', 'container-title': 'Europe-Asia Studies', issue: 3, issued: { 'date-parts': [[1998]] }, page: '519–544' },
  { id: 'kowalski1991', type: 'book', language: 'en', author: [{ family: 'Kowalski', given: 'Ronald' }], title: 'The Bolshevik Party in Conflict', publisher: 'Macmillan', 'publisher-place': 'Basingstoke', issued: { 'date-parts': [[1991]] }, 'number-of-pages': 244 },
  { id: 'davies2014', type: 'book', language: 'en', author: [{ family: 'Davies', given: 'Sarah' }, { family: 'Harris', given: 'James' }], title: 'Stalin’s World', publisher: 'Yale Univ. Press', 'publisher-place': 'New Haven', issued: { 'date-parts': [[2014]] }, 'number-of-pages': 340 },
  { id: 'fox2012', type: 'book', language: 'en', editor: [{ family: 'Fox', given: 'Jo' }, { family: 'Welch', given: 'David' }], title: 'Justifying War: Propaganda, Politics and the Modern Age', 'title-short': 'Justifying War', publisher: 'Macmillan', 'publisher-place': 'Basingstoke', issued: { 'date-parts': [[2012]] }, 'number-of-pages': 414 },
  { id: 'lenin1966', type: 'chapter', language: 'ru', author: [{ family: 'Ленин', given: 'Владимир Ильич' }], title: 'Удержат ли большевики государственную власть?', 'container-title': 'Полное собрание сочинений', volume: 34, publisher: 'Издательство политической литературы', 'publisher-place': 'Москва', issued: { 'date-parts': [[1966]] }, page: '306–307', custom: { 'title-en': 'Can the Bolsheviks Retain State Power?' } },
  { id: 'kpss1986', type: 'book', language: 'ru', title: 'КПСС в резолюциях и решениях съездов', 'title-short': 'КПСС в резолюциях', publisher: 'Политиздат', 'publisher-place': 'Москва', issued: { 'date-parts': [[1986]] }, 'number-of-pages': 494, custom: { 'title-en': 'The CPSU in resolutions and decisions of congresses' } },
  { id: 'rgaspi', type: 'collection', language: 'ru', archive: 'РГАСПИ', title: 'Российский государственный архив социально-политической истории', custom: { 'title-en': 'Russian State Archive of Socio-Political History' } },
  { id: 'davo', type: 'collection', language: 'ru', archive: 'ДАВО', title: 'Государственный архив Винницкой области', custom: { 'title-en': 'State Archive of the Vinnytsia Region' } },
  { id: 'tsdooso', type: 'collection', language: 'ru', archive: 'ЦДООСО', title: 'Центр документации общественных организаций Свердловской области', custom: { 'title-en': 'Center for Documentation of Social Organizations of Sverdlovsk Region' } },
];

/** `@key, locator` strings as the loader would parse them (labels already CSL terms). */
export function cite(key: string, more: Omit<CitationItem, 'key'> = {}): CitationItem {
  return { key, ...more };
}

export function citation(id: string, items: CitationItem[]): Citation {
  return { type: 'citation', id, items, rendered: [] };
}

export function sourceWith(citations: Citation[], bibliography: CslItem[] = works): ArticleSource {
  return {
    id: 'fixture',
    dir: root,
    file: resolve(root, 'fixture.md'),
    meta: { lang: 'en', positions: {} } as unknown as ArticleMeta,
    body: citations.map((c) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, value: 'As argued ' }, c] })),
    footnotes: [],
    bibliography,
    bibliographyPositions: Object.fromEntries(bibliography.map((b, i) => [b.id, { file: 'references.yaml', line: i * 10 + 1, column: 3 }])),
  };
}
