// JSON Schema of journal.yaml, as data. The profile validator is not
// definition-driven (src/profile/load.ts reads keys one by one, print and
// exports have their own readers), so this module lists every key they accept
// and test/schema/journal-schema.test.ts fails when a reader and this list drift.
import { languageTag } from '../profile/languages.js';
import { templateLabelFields, templateStyleRoles } from '../profile/import-docx.js';
import { articleFieldSettings, optionalArticleFields } from '../profile/article-fields.js';

type JsonSchema = Record<string, unknown>;

const tag = languageTag.source;

const text: JsonSchema = { type: ['string', 'number'] };
const localized: JsonSchema = { type: 'object', propertyNames: { pattern: tag }, additionalProperties: { type: 'string' } };
const flag: JsonSchema = { type: 'boolean' };
const length: JsonSchema = { type: 'string', pattern: '^\\d+(\\.\\d+)?(mm|cm|in|pt|px)$', description: 'a CSS length such as 17mm or 10pt' };
const number: JsonSchema = { type: 'number', exclusiveMinimum: 0 };
const words = (...allowed: string[]): JsonSchema => ({ type: 'array', minItems: 1, items: { enum: allowed } });
const oneOf = (...allowed: string[]): JsonSchema => ({ enum: allowed });
const map = (properties: Record<string, JsonSchema>, required: string[] = []): JsonSchema => ({ type: 'object', properties, additionalProperties: false, ...(required.length && { required }) });
const perLanguage = (inner: JsonSchema): JsonSchema => ({ type: 'object', propertyNames: { pattern: tag }, additionalProperties: inner });
const wordOrWords: JsonSchema = { oneOf: [{ type: 'string', minLength: 1 }, { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } }] };
const font = map({ family: { type: 'string' }, package: { type: 'string' } });

export const journalProperties: Record<string, JsonSchema> = {
  id: { type: 'string', pattern: '^[a-z][a-z0-9]*$', description: 'short journal id' },
  languages: { type: 'array', minItems: 1, items: { type: 'string', pattern: tag } },
  'required-languages': map(Object.fromEntries(['title', 'abstract', 'keywords', 'section', 'name', 'institution'].map((field) => [field, { type: 'array', items: { type: 'string', pattern: tag } }]))),
  'article-fields': map(Object.fromEntries(optionalArticleFields.map((field) => [field, oneOf(...articleFieldSettings)]))),
  labels: perLanguage({ type: 'object', additionalProperties: { type: 'string' } }),
  title: localized,
  'abbrev-title': localized,
  issn: map({ print: text, electronic: text }),
  'publication-formats': words('print', 'electronic'),
  publisher: map({ name: localized, location: localized }, ['name']),
  doi: map({ prefix: { type: 'string', pattern: '^10\\.\\d{4,9}$' }, 'suffix-pattern': { type: 'string', description: '{year} {volume} {issue} {seq}' } }, ['prefix', 'suffix-pattern']),
  urls: map({ site: text, article: text, pdf: text, jats: text }, ['article']),
  license: map({ url: text, 'applies-to': words('vor', 'am', 'tdm'), 'open-access': flag, text: localized }, ['url', 'text']),
  'copyright-holder': localized,
  'copyright-statement': flag,
  'citation-block': perLanguage({ ...map({ label: text, format: text, style: text }, ['label']), oneOf: [{ required: ['format'] }, { required: ['style'] }] }),
  references: map(
    {
      lists: { type: 'array', minItems: 1, items: map({ kind: text, name: { type: 'string', pattern: '^[A-Za-z][\\w.-]*$' }, style: text, title: text }) },
      transliteration: oneOf('lc', 'bgn-pcgn', 'gost-7.79-b', 'none'),
      'archive-files': oneOf('once', 'as-cited'),
      'citation-style': text,
    },
    ['lists'],
  ),
  udc: map({ label: text, required: flag }),
  schemas: map({ 'jats-version': text, jats: text, crossref: text, elibrary: text, doaj: text, ojs: text }),
  crossref: map(
    {
      'schema-version': oneOf('5.4.0', '5.3.1'),
      depositor: map({ name: text, email: text }, ['name', 'email']),
      registrant: text,
      'citation-list': text,
      endpoints: map({ test: text, production: text }, ['test', 'production']),
      results: map({ test: text, production: text }, ['test', 'production']),
    },
    ['depositor', 'registrant', 'endpoints', 'results'],
  ),
  'crossref-deposit': map({
    'other-language-titles': oneOf('repeat', 'original-language-title'),
    log: text,
    retries: { type: 'integer', minimum: 0 },
    'timeout-seconds': number,
    'lost-after-hours': number,
  }),
  issue: map({ 'recto-start': flag }),
  record: text,
  templates: text,
  rules: { type: 'object', additionalProperties: oneOf('error', 'warning', 'info', 'off'), description: 'rule id → severity (`galley rules`)' },
  exports: words('elibrary', 'doaj', 'ojs'),
  elibrary: map({ titleid: { type: ['integer', 'string'] }, language: text }),
  ojs: map({ version: oneOf('3.4', '3.5'), galleys: oneOf('embed', 'remote') }),
  import: map({
    docx: map({
      labels: perLanguage(map(Object.fromEntries(templateLabelFields.map((f) => [f, wordOrWords])))),
      lists: { type: 'array', items: map({ title: wordOrWords, list: { type: 'string', description: 'the name or kind of one of references.lists' } }, ['title', 'list']) },
      styles: map(Object.fromEntries(templateStyleRoles.map((r) => [r, wordOrWords]))),
      'name-order': perLanguage(oneOf('given-first', 'surname-first')),
    }),
  }),
  print: map({
    page: map({ width: length, height: length }),
    margins: map({ top: length, bottom: length, inner: length, outer: length }),
    'font-size': length,
    leading: number,
    'small-font-size': length,
    'small-leading': number,
    indent: length,
    fonts: map({ body: font, heading: font }),
    'figure-fonts': { type: 'object', additionalProperties: { type: 'string' }, description: 'font family named in SVG figures → one of the print fonts' },
    hyphenation: perLanguage({ type: 'string' }),
    'first-page': map({ 'translated-title': flag }),
    'running-heads': map({ verso: oneOf('authors', 'title', 'short-title', 'journal', 'none'), recto: oneOf('authors', 'title', 'short-title', 'journal', 'none') }),
    labels: map({ keywords: localized, submitted: localized }),
    'date-format': text,
    'layout-timeout': number,
    chromium: text,
  }),
};

export function journalSchema(): JsonSchema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'galley-journal.schema.json',
    title: 'Galley journal profile (journal.yaml)',
    description: 'Generated from src/schema/journal.ts; `galley check` reports what a schema cannot (every journal language present, files that exist).',
    type: 'object',
    properties: journalProperties,
    required: ['id', 'languages', 'title', 'publisher', 'doi', 'urls', 'license', 'citation-block', 'references', 'crossref'],
    additionalProperties: false,
  };
}
