// The issue exports the profile asks for (`exports: [elibrary, doaj, ojs]`):
// each rendered from the final articles, checked (its schema when the profile
// names one, eLIBRARY's own rules), and handed back as files for the issue's
// atomic write. The issue build calls `renderIssueExports` once.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { applySeverities, diagnostic, type Diagnostic } from '../checks/diagnostic.js';
import type { Article } from '../model/types.js';
import type { IssueSpec } from './types.js';
import type { RuleId } from '../checks/catalogue/index.js';
import { schemaDiagnostics, validateXsd } from '../checks/xml-schema.js';
import type { OutputFile } from '../pipeline/types.js';
import { validateRemembered } from '../pipeline/verdict-cache.js';
import { ojsSchemaDir, type ExportFormat } from '../profile/exports.js';
import type { Profile } from '../profile/types.js';
import { renderDoaj } from '../render/doaj/index.js';
import { renderElibrary } from '../render/elibrary/index.js';
import { checkElibraryRules } from '../render/elibrary/rules.js';
import type { IssueExportInput } from '../render/issue-export.js';
import { renderOjs } from '../render/ojs/index.js';

interface ExportFormatSpec {
  render(input: IssueExportInput): { xml?: string; diagnostics: Diagnostic[] };
  /** Checks the XSD cannot make (eLIBRARY's documented rules). */
  rules?(xml: string, outputName: string): Diagnostic[];
  rule: RuleId;
  schemaDir(profile: Profile): string | undefined;
  /** Main schema file inside the folder, and its catalog when it has one. */
  xsd: string;
  catalog?: string;
}

const formats: Record<ExportFormat, ExportFormatSpec> = {
  elibrary: { render: renderElibrary, rules: checkElibraryRules, rule: 'elibrary-schema', schemaDir: (p) => p.exports?.schemas.elibrary, xsd: 'journal.xsd' },
  doaj: { render: renderDoaj, rule: 'doaj-schema', schemaDir: (p) => p.exports?.schemas.doaj, xsd: 'doajArticles.xsd', catalog: 'catalog.xml' },
  ojs: { render: renderOjs, rule: 'ojs-schema', schemaDir: (p) => (p.exports ? ojsSchemaDir(p.exports) : undefined), xsd: 'plugins/importexport/native/native.xsd' },
};

export function exportFileName(issueId: string, format: ExportFormat): string {
  return `${issueId}.${format}.xml`;
}

export interface IssueExports {
  files: OutputFile[];
  diagnostics: Diagnostic[];
}

/** Every export the profile turns on, or none; `outputDir` is how positions name the files (dist/issues/<issue>). */
export function renderIssueExports(input: IssueExportInput, outputDir: string, only?: ExportFormat[]): IssueExports {
  const { profile } = input;
  const files: OutputFile[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const format of only ?? profile.exports?.formats ?? []) {
    const spec = formats[format];
    const name = exportFileName(input.issue.id, format);
    const outputName = `${outputDir}/${name}`;
    const rendered = spec.render(input);
    diagnostics.push(...rendered.diagnostics);
    if (rendered.xml === undefined) continue;
    const xml = rendered.xml;
    diagnostics.push(...validateExport(xml, profile, spec, format, outputName), ...(spec.rules?.(xml, outputName) ?? []));
    files.push({ path: name, data: xml });
  }
  return { files, diagnostics };
}

function validateExport(xml: string, profile: Profile, spec: ExportFormatSpec, format: ExportFormat, outputName: string): Diagnostic[] {
  const dir = spec.schemaDir(profile);
  if (!dir)
    return [diagnostic('export-schema-unset', `Unexpected ${format} export without a schema location, expected \`schemas.${format}\` in the profile (the file is written unvalidated)`, { file: profile.file, line: 1, column: 1 })];
  const xsdFile = join(dir, spec.xsd);
  if (!existsSync(xsdFile))
    return [diagnostic('schema-missing', `Unexpected missing ${format} schema (no ${xsdFile}), expected the folder set by \`schemas.${format}\` in ${profile.file}`, { file: profile.file, line: 1, column: 1 })];
  const catalogFile = spec.catalog ? join(dir, spec.catalog) : undefined;
  return validateRemembered(profile, `${format}-valid`, xml, [dir], () =>
    schemaDiagnostics(spec.rule, validateXsd(xml, { xsdFile, catalogFile: catalogFile && existsSync(catalogFile) ? catalogFile : undefined, fileName: outputName }), outputName),
  );
}

/** The issue's own values as every export reads them. */
export function exportIssueValues(issue: IssueSpec, firstPage: number, lastPage: number): IssueExportInput['issue'] {
  const { id, volume, number, year, published } = issue;
  return { id, volume, number, year, published, firstPage, lastPage, sections: issue.sections.map((s) => ({ title: s.title, articles: s.articles.map((a) => a.id) })) };
}

/** The exports of a built issue: its final articles, their folios and the galley files just rendered. */
export function exportsForIssue(issue: IssueSpec, profile: Profile, articles: Article[], rendered: { id: string; last: number; outputs: OutputFile[] }[], firstPage: number): IssueExports {
  if (!profile.exports?.formats.length) return { files: [], diagnostics: [] };
  const input: IssueExportInput = {
    profile,
    issue: exportIssueValues(issue, firstPage, rendered.length ? rendered[rendered.length - 1].last : firstPage - 1),
    articles,
    outputs: new Map(rendered.map((r) => [r.id, r.outputs])),
  };
  const result = renderIssueExports(input, `dist/issues/${issue.id}`);
  return { files: result.files, diagnostics: applySeverities(result.diagnostics, profile.rules) };
}

/** Exports that can hold one article on its own (DOAJ; eLIBRARY and OJS load whole issues): for `galley build`. */
export function renderArticleExports(article: Article, profile: Profile): IssueExports {
  if (!profile.exports?.formats.includes('doaj')) return { files: [], diagnostics: [] };
  const { meta } = article;
  const input: IssueExportInput = {
    profile,
    issue: {
      id: article.id,
      volume: meta.volume,
      // DOAJ (the one format here) reads the article's own issue, which may be absent.
      number: meta.issue ?? '',
      year: meta.year,
      published: meta.history.published ?? String(meta.year),
      firstPage: meta.pages.first ?? 0,
      lastPage: meta.pages.last ?? 0,
      sections: [{ title: meta.section ?? {}, articles: [article.id] }],
    },
    articles: [article],
  };
  const result = renderIssueExports(input, `dist/${article.id}`, ['doaj']);
  return { files: result.files, diagnostics: applySeverities(result.diagnostics, profile.rules) };
}
