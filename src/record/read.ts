// Record files → typed records. A record is written by Galley, but people can
// edit it (or a merge can break it): every problem is `record-invalid` with
// its position, and a broken record stops the commands that would rely on it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { diagnostic, type Diagnostic } from '../checks/diagnostic.js';
import type { Position } from '../model/types.js';
import { parseYamlDoc, type YamlDoc } from '../util/yaml-doc.js';
import type { ArticleRecord, Correction, DoiOrigin, IssueRecord } from './types.js';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const origins: readonly DoiOrigin[] = ['source', 'reserved', 'assigned'];

interface Fields {
  doc: YamlDoc;
  raw: Record<string, unknown>;
  file: string;
  diagnostics: Diagnostic[];
  positions: Record<string, Position>;
}

function parse(file: string, diagnostics: Diagnostic[]): Fields | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    diagnostics.push(diagnostic('record-invalid', `Unexpected unreadable record file (${(error as NodeJS.ErrnoException).code ?? 'error'}), expected a readable YAML file`, { file, line: 1, column: 1 }));
    return undefined;
  }
  const doc = parseYamlDoc(text, file);
  for (const e of doc.errors) diagnostics.push(diagnostic('record-invalid', `Unexpected YAML syntax: ${e.message}`, e.position));
  if (doc.errors.length) return undefined;
  if (doc.value === null || typeof doc.value !== 'object' || Array.isArray(doc.value)) {
    diagnostics.push(diagnostic('record-invalid', 'Unexpected record that is not a mapping, expected `key: value` lines', { file, line: 1, column: 1 }));
    return undefined;
  }
  return { doc, raw: doc.value as Record<string, unknown>, file, diagnostics, positions: {} };
}

function field<T>(f: Fields, path: string, check: (v: unknown) => T | undefined, expected: string): T | undefined {
  const v = path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), f.raw);
  if (v === undefined || v === null) return undefined;
  const position = f.doc.positionOf(path);
  f.positions[path] = position;
  const value = check(v);
  if (value === undefined) f.diagnostics.push(diagnostic('record-invalid', `Unexpected ${JSON.stringify(v)} for \`${path}\`, expected ${expected}`, position));
  return value;
}

const positiveInt = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : undefined);
const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : undefined);
// YAML reads an unquoted 2017-09-30 as a date.
const date = (v: unknown) => {
  const s = v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'string' ? v : undefined;
  return s && isoDate.test(s) && !Number.isNaN(Date.parse(s)) ? s : undefined;
};

export function readArticleRecord(file: string, diagnostics: Diagnostic[]): ArticleRecord | undefined {
  const before = diagnostics.length;
  const f = parse(file, diagnostics);
  if (!f) return undefined;
  const id = basename(file, '.yaml');
  const first = field(f, 'pages.first', positiveInt, 'a page number');
  const last = field(f, 'pages.last', positiveInt, 'a page number');
  if ((first === undefined) !== (last === undefined) || (first !== undefined && last !== undefined && last < first))
    diagnostics.push(diagnostic('record-invalid', `Unexpected pages ${first ?? '?'}–${last ?? '?'}, expected \`pages: { first: N, last: M }\` with M ≥ N`, f.doc.positionOf('pages')));
  const corrections: Correction[] = [];
  const listed = f.raw.corrections;
  if (listed !== undefined && !Array.isArray(listed)) diagnostics.push(diagnostic('record-invalid', 'Unexpected `corrections` that is not a list, expected `- { date: YYYY-MM-DD, note: … }` items', f.doc.positionOf('corrections')));
  (Array.isArray(listed) ? listed : []).forEach((_, i) => {
    const when = field(f, `corrections.${i}.date`, date, 'a date YYYY-MM-DD');
    const note = field(f, `corrections.${i}.note`, text, 'a note saying what changed');
    if (when && note) corrections.push({ date: when, note });
    else if (!when || !note) diagnostics.push(diagnostic('record-invalid', `Unexpected correction without ${when ? 'a note' : 'a date'}, expected both date and note`, f.doc.positionOf(`corrections.${i}`)));
  });
  const record: ArticleRecord = {
    id,
    file,
    doi: field(f, 'doi', text, 'a DOI such as 10.1234/abc'),
    seq: field(f, 'seq', positiveInt, 'a positive running number'),
    doiOrigin: field(f, 'doi-origin', (v) => (origins.includes(v as DoiOrigin) ? (v as DoiOrigin) : undefined), origins.join(', ')),
    issue: field(f, 'issue', text, 'an issue id such as 2017-5-3'),
    volume: field(f, 'volume', positiveInt, 'a volume number'),
    number: field(f, 'number', text, 'an issue number'),
    year: field(f, 'year', positiveInt, 'a year'),
    pages: first !== undefined && last !== undefined ? { first, last } : undefined,
    blankBefore: field(f, 'blank-before', (v) => (typeof v === 'boolean' ? v : undefined), 'true or false'),
    published: {
      online: field(f, 'published.online', date, 'a date YYYY-MM-DD'),
      print: field(f, 'published.print', date, 'a date YYYY-MM-DD'),
    },
    corrections,
    positions: f.positions,
  };
  if (!record.published?.online && !record.published?.print) record.published = undefined;
  return diagnostics.length > before ? undefined : record;
}

export function readIssueRecord(file: string, diagnostics: Diagnostic[]): IssueRecord | undefined {
  const before = diagnostics.length;
  const f = parse(file, diagnostics);
  if (!f) return undefined;
  const need = <T>(path: string, check: (v: unknown) => T | undefined, expected: string): T => {
    const v = field(f, path, check, expected);
    if (v === undefined && f.raw[path] === undefined) diagnostics.push(diagnostic('record-invalid', `Unexpected missing \`${path}\`, expected ${expected}`, { file, line: 1, column: 1 }));
    return v as T;
  };
  const articles = Array.isArray(f.raw.articles) ? f.raw.articles.map(String) : undefined;
  if (!articles) diagnostics.push(diagnostic('record-invalid', 'Unexpected missing `articles`, expected the article ids in print order', f.doc.positionOf('articles')));
  const record: IssueRecord = {
    id: basename(file, '.yaml'),
    file,
    volume: need('volume', positiveInt, 'a volume number'),
    number: need('number', text, 'an issue number'),
    year: need('year', positiveInt, 'a year'),
    published: need('published', date, 'a date YYYY-MM-DD'),
    firstPage: need('first-page', positiveInt, 'a page number'),
    lastPage: need('last-page', positiveInt, 'a page number'),
    articles: articles ?? [],
    positions: f.positions,
  };
  return diagnostics.length > before ? undefined : record;
}

/** Every `*.yaml` of a record folder, sorted by name. */
export function recordFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.yaml') && !n.startsWith('.'))
    .sort()
    .map((n) => join(dir, n));
}
