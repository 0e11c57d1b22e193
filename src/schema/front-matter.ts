// JSON Schema of the article front matter, generated from the field list the
// validator itself uses (`frontMatterShape`, src/model/meta/known-fields.ts):
// the keys cannot drift; the value rules below mirror src/model/meta/*.ts and a
// test checks each names a field of that list. Editors with YAML language
// support validate and complete the front matter with it.
import { optionalArticleFields } from '../profile/article-fields.js';
import { frontMatterShape } from '../model/meta/known-fields.js';

type JsonSchema = Record<string, unknown>;
type Shape = typeof frontMatterShape | 'any' | 'localized' | { fields: Record<string, unknown> } | { list: unknown } | { localizedOf: unknown };

const text: JsonSchema = { type: ['string', 'number'], minLength: 1, pattern: '\\S' };
const wholeNumber = (minimum: number): JsonSchema => ({ anyOf: [{ type: 'integer', minimum }, { type: 'string', pattern: '^\\s*\\d+\\s*$' }] });
const date: JsonSchema = { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$', description: 'YYYY-MM-DD' };
const flag: JsonSchema = { type: 'boolean' };
const pattern = (p: string, description: string): JsonSchema => ({ type: 'string', pattern: p, description });

/** Value rules by dotted path (`*` stands for a list item or a language). */
export const leafRules: Record<string, JsonSchema> = {
  lang: pattern('^[a-z]{2,3}$', 'language of the article text, such as en or ru'),
  doi: pattern('^10\\.\\d{4,9}/\\S+$', 'a bare DOI, never a URL'),
  edn: pattern('^\\s*[A-Z]{6}\\s*$', 'eLIBRARY Document Number: six capital Latin letters'),
  type: { type: 'string', enum: ['research-article', 'review-article', 'brief-report', 'editorial', 'book-review', 'letter', 'meeting-report', 'obituary', 'reprint', 'abstract', 'report', 'other'] },
  seq: wholeNumber(1),
  udc: text,
  volume: wholeNumber(1),
  issue: text,
  year: wholeNumber(1000),
  'pages.first': wholeNumber(1),
  'pages.last': wholeNumber(1),
  'history.received': date,
  'history.revised': date,
  'history.accepted': date,
  'history.published': date,
  'authors.*.id': text,
  'authors.*.name.*.given': text,
  'authors.*.name.*.surname': text,
  'authors.*.orcid': pattern('^(https?://orcid\\.org/)?\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]$', 'an ORCID iD such as 0000-0002-1825-0097'),
  'authors.*.orcid-authenticated': flag,
  'authors.*.spin': pattern('^\\d{4}-\\d{4}$', 'eLIBRARY SPIN code'),
  'authors.*.scopus-id': { type: ['string', 'integer'], pattern: '^\\d{6,14}$', minimum: 100000 },
  'authors.*.researcher-id': pattern('^[A-Z]{1,3}-\\d{4}-(19|20)\\d{2}$', 'Web of Science ResearcherID'),
  'authors.*.email': pattern('^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$', 'an e-mail address'),
  'authors.*.affiliations': { type: 'array', items: text },
  'authors.*.corresponding': flag,
  'affiliations.*.id': text,
  'affiliations.*.country-code': pattern('^[A-Z]{2}$', 'ISO 3166-1 alpha-2 code'),
  'affiliations.*.ror': text,
  'keywords.*': { type: 'array', minItems: 1, items: text },
  license: text,
  deposit: flag,
  bibliography: text,
  notes: { type: 'string' },
};

/** Fields that must be present, by the path of their map (`` for the top). */
const requiredFields: Record<string, string[]> = {
  '': ['lang', 'title', 'authors', 'abstract', 'keywords', 'volume', 'issue', 'year'],
  'authors.*': ['id', 'name'],
  'authors.*.name.*': ['surname'],
  'affiliations.*': ['id', 'institution'],
  'pages': ['first'],
};

/** Localized fields every journal language must fill (the others may leave some out). */
const everyLanguage = new Set(['title', 'abstract', 'keywords', 'section', 'authors.*.name', 'affiliations.*.institution']);

const listsNotEmpty = new Set(['authors']);

/**
 * The schema; with the journal's languages, bilingual fields require each of
 * them (the shipped schema is for any journal and requires none). `optional`:
 * the fields the journal's `article-fields` lets an article leave out; the
 * shipped schema leaves out all of them (some journal may).
 */
export function frontMatterSchema(languages: string[] = [], optional: readonly string[] = languages.length ? [] : optionalArticleFields): JsonSchema {
  const localized = (path: string, value: JsonSchema): JsonSchema => ({
    type: 'object',
    propertyNames: { pattern: '^[a-z]{2,3}$' },
    additionalProperties: value,
    minProperties: 1,
    ...(languages.length && everyLanguage.has(path) && { required: languages }),
  });
  const walk = (shape: Shape, path: string): JsonSchema => {
    if (shape === 'any') return leafRules[path] ?? {};
    if (shape === 'localized') return localized(path, leafRules[`${path}.*`] ?? text);
    if ('list' in shape) {
      const items = walk(shape.list as Shape, `${path}.*`);
      return { type: 'array', items, ...(listsNotEmpty.has(path) && { minItems: 1 }) };
    }
    if ('localizedOf' in shape) return localized(path, walk(shape.localizedOf as Shape, `${path}.*`));
    const properties = Object.fromEntries(Object.entries(shape.fields).map(([key, inner]) => [key, walk(inner as Shape, path ? `${path}.${key}` : key)]));
    return {
      type: 'object',
      properties,
      ...(requiredFields[path] && { required: requiredFields[path].filter((f) => path !== '' || !optional.includes(f)) }),
      // Unknown keys are a warning (meta-unknown-field): editors flag them too.
      additionalProperties: false,
    };
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'galley-front-matter.schema.json',
    title: 'Galley article front matter (article/<id>/article.md)',
    description: 'Generated from src/schema/front-matter.ts; docs/source-format.md describes each field.',
    ...walk(frontMatterShape as Shape, ''),
  };
}
