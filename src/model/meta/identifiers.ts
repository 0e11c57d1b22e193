// Identifiers the export formats carry: author codes (SPIN, Scopus, ResearcherID),
// the article's EDN and its type. Formats are checked here, once, for every format.
import type { ArticleMeta, Author } from '../types.js';
import type { MetaReader } from './reader.js';

/** JATS article-type values a source may name (`type:`); every export maps them as data. */
export const articleTypes = [
  'research-article',
  'review-article',
  'brief-report',
  'editorial',
  'book-review',
  'correction',
  'retraction',
  'letter',
  'meeting-report',
  'obituary',
  'reprint',
  'abstract',
  'report',
  'other',
] as const;
export type ArticleType = (typeof articleTypes)[number];

const authorCodes: { key: string; field: 'spin' | 'scopusId' | 'researcherId'; pattern: RegExp; expected: string }[] = [
  { key: 'spin', field: 'spin', pattern: /^\d{4}-\d{4}$/, expected: 'an eLIBRARY SPIN code of two groups of four digits such as 1234-5678' },
  { key: 'scopus-id', field: 'scopusId', pattern: /^\d{6,14}$/, expected: 'a Scopus Author ID of digits such as 57190000000' },
  { key: 'researcher-id', field: 'researcherId', pattern: /^[A-Z]{1,3}-\d{4}-(?:19|20)\d{2}$/, expected: 'a Web of Science ResearcherID such as A-1234-2017' },
];

export function readAuthorCodes(r: MetaReader, path: string, author: Author): void {
  for (const code of authorCodes) {
    const value = r.string(`${path}.${code.key}`);
    if (value === undefined) continue;
    if (!code.pattern.test(value)) r.wrongType(`${path}.${code.key}`, code.expected);
    else author[code.field] = value;
  }
}

export function readArticleCodes(r: MetaReader, meta: ArticleMeta): void {
  const edn = r.string('edn');
  if (edn !== undefined && !/^[A-Z]{6}$/.test(edn.trim())) r.wrongType('edn', 'an EDN of six capital Latin letters such as ABCDEF');
  else if (edn) meta.edn = edn.trim();
  const type = r.string('type');
  if (type !== undefined && !(articleTypes as readonly string[]).includes(type)) r.wrongType('type', `one of ${articleTypes.join(', ')}`);
  else if (type) meta.articleType = type;
}
