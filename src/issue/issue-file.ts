// issues/<issue>.yaml → IssueSpec, every problem a diagnostic with its position.
import { readFileSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import { DiagnosticBag } from '../checks/diagnostic.js';
import type { Localized } from '../model/types.js';
import { parseYamlDoc, yamlErrorMessage } from '../util/yaml-doc.js';
import type { IssueSection, IssueSpec } from './types.js';

export function loadIssueFile(file: string, languages: string[]): { issue?: IssueSpec; diagnostics: DiagnosticBag } {
  const bag = new DiagnosticBag();
  const path = resolve(file);
  const at = { file: path, line: 1, column: 1 };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    bag.report('issue-file', `Unexpected missing issue file, expected a readable YAML file at ${path}`, at);
    return { diagnostics: bag };
  }
  const doc = parseYamlDoc(text, path);
  for (const e of doc.errors) bag.report('issue-file', yamlErrorMessage(e), e.position);
  if (doc.errors.length) return { diagnostics: bag };
  const raw = (doc.value ?? {}) as Record<string, unknown>;

  const positiveInt = (key: string): number => {
    const v = raw[key];
    if (typeof v === 'number' && Number.isInteger(v) && v > 0) return v;
    bag.report('issue-file', `Unexpected ${v === undefined ? 'missing' : JSON.stringify(v)} \`${key}\`, expected a positive whole number`, doc.positionOf(key));
    return 0;
  };
  const volume = positiveInt('volume');
  const year = positiveInt('year');
  const number = raw.number === undefined ? '' : String(raw.number);
  if (!number) bag.report('issue-file', 'Unexpected missing `number`, expected the issue number', doc.positionOf('number'));
  const published = raw.published instanceof Date ? raw.published.toISOString().slice(0, 10) : String(raw.published ?? '');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(published) || Number.isNaN(Date.parse(published)))
    bag.report('issue-file', `Unexpected publication date ${JSON.stringify(raw.published ?? null)}, expected \`published: YYYY-MM-DD\``, doc.positionOf('published'));

  let firstPage: IssueSpec['firstPage'] = 'continue';
  if (raw['first-page'] !== 'continue') {
    const v = raw['first-page'];
    if (typeof v === 'number' && Number.isInteger(v) && v > 0) firstPage = v;
    else bag.report('issue-first-page', `Unexpected ${v === undefined ? 'missing' : JSON.stringify(v)} \`first-page\`, expected a page number or \`continue\``, doc.positionOf('first-page'));
  }

  const sections: IssueSection[] = [];
  const seen = new Map<string, string>();
  const rawSections = Array.isArray(raw.sections) ? raw.sections : [];
  if (!rawSections.length) bag.report('issue-file', 'Unexpected missing `sections`, expected a list of sections with their articles', doc.positionOf('sections'));
  rawSections.forEach((s: Record<string, unknown>, i: number) => {
    const title: Localized = {};
    for (const lang of languages) {
      const t = (s?.title as Record<string, unknown> | undefined)?.[lang];
      if (typeof t === 'string' && t.trim()) title[lang] = t.trim();
      else bag.report('issue-file', `Unexpected missing section title in ${lang}, expected \`sections.${i}.title.${lang}\``, doc.positionOf(`sections.${i}.title`));
    }
    const list = Array.isArray(s?.articles) ? s.articles : [];
    if (!list.length) bag.report('issue-file', `Unexpected empty section ${i + 1}, expected \`articles:\` with at least one article folder name`, doc.positionOf(`sections.${i}`));
    const articles = list.map((a: unknown, j: number) => {
      const position = doc.positionOf(`sections.${i}.articles.${j}`);
      const id = String(a);
      const before = seen.get(id);
      if (before) bag.report('issue-article-duplicate', `Unexpected second listing of ${id}, expected each article once (first listed at ${before})`, position);
      seen.set(id, `line ${position.line}`);
      return { id, position };
    });
    sections.push({ title, articles });
  });

  const issue: IssueSpec = {
    file: path,
    id: basename(path, extname(path)),
    volume,
    number,
    year,
    published,
    firstPage,
    rectoStart: typeof raw['recto-start'] === 'boolean' ? raw['recto-start'] : undefined,
    articlesDir: resolve(dirname(path), typeof raw['articles-dir'] === 'string' ? raw['articles-dir'] : '../article'),
    sections,
  };
  return { issue: bag.hasErrors ? undefined : issue, diagnostics: bag };
}
