// Hand-made metadata and profile for the journal-rule tests: small, stable and
// independent of the loaders being written alongside.
import type { ArticleMeta, Position } from '../../src/model/types.js';
import type { Profile } from '../../src/profile/types.js';
import { seedNumbers } from '../fixtures/articles/common.js';

export const file = '/articles/harris-2017/article.md';
export const at = (line: number, column: number): Position => ({ file, line, column });

export function makeMeta(overrides: Partial<ArticleMeta> = {}): ArticleMeta {
  return {
    lang: 'en',
    title: { en: [{ type: 'text', value: 'The Bolshevik Party Transformed: Stalin’s Rise to Power (1917–1927)' }], ru: [] },
    titleText: {
      en: 'The Bolshevik Party Transformed: Stalin’s Rise to Power (1917–1927)',
      ru: 'Трансформация большевистской партии: путь Сталина к власти (1917–1927)',
    },
    authors: [
      { id: 'harris', name: { en: { given: 'James', surname: 'Harris' }, ru: { given: 'Джеймс', surname: 'Харрис' } }, affiliations: ['leeds'] },
    ],
    affiliations: [],
    abstract: { en: [], ru: [] },
    keywords: { en: [], ru: [] },
    ...seedNumbers(),
    history: {},
    positions: { doi: at(3, 6), udc: at(5, 6), 'citation-block.en': at(40, 7), 'citation-block.ru': at(41, 7) },
    ...overrides,
  };
}

export function makeProfile(overrides: Partial<Profile> = {}): Profile {
  return {
    file: '/journal.yaml',
    root: '/',
    id: 'qr',
    languages: ['en', 'ru'],
    title: { en: 'Quaestio Rossica', ru: 'Quaestio Rossica' },
    abbrevTitle: {},
    issn: {},
    publisher: { name: { en: 'Ural Federal University', ru: 'Уральский федеральный университет' } },
    doi: { prefix: '10.15826', suffixPattern: 'qr.{year}.{issue}.{seq}' },
    urls: { article: 'https://qrjournal.org/articles/{doi}' },
    license: { url: 'https://creativecommons.org/licenses/by/4.0/', text: {} },
    citationBlock: {
      en: { label: 'Citation', format: '{{authors-apa}} ({{year}}). {{title}}. In *{{journal}}*, Vol. {{volume}}, № {{issue}}, p. {{pages}}. DOI {{doi}}.' },
      ru: { label: 'Цитирование', format: '{{authors-gost}} {{title}} // *{{journal}}*. Vol. {{volume}}. {{year}}. № {{issue}}. P. {{pages}}. DOI {{doi}}.' },
    },
    references: { lists: [], transliteration: 'lc', archiveFiles: 'once' },
    udc: { label: 'УДК', required: true },
    schemas: { jatsVersion: '1.3' },
    crossref: {
      schemaVersion: '5.4.0',
      depositor: { name: '', email: '' },
      registrant: '',
      endpoints: { test: '', production: '' },
      results: { test: '', production: '' },
    },
    record: '/record',
    templates: [],
    rules: {},
    raw: { udc: { label: 'УДК', required: true } },
    ...overrides,
  };
}

/** `rule @line:column message` lines: compact to compare in tables. */
export function summarize(diagnostics: { rule: string; message: string; position?: Position }[]): string[] {
  return diagnostics.map((d) => `${d.rule} @${d.position ? `${d.position.line}:${d.position.column}` : '-'} ${d.message}`);
}
