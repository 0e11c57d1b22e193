// Writes an imported article folder whole: article.md, references.yaml, its
// files and the import report go into a temporary sibling first, which then
// takes the folder's place, so a failed import leaves nothing half-written and
// an existing article is replaced only when asked (--force).
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { reportJson, reportText } from './report.js';
import type { ImportedArticle } from './types.js';

export type WriteOutcome = 'written' | 'replaced' | 'kept';

/** article.md: front matter between `---` lines, then the body. */
export function articleMarkdown(article: Pick<ImportedArticle, 'frontMatter' | 'body'>): string {
  const yaml = stringify(article.frontMatter, { lineWidth: 0, aliasDuplicateObjects: false });
  const body = article.body.replace(/\s+$/, '');
  return `---\n${yaml}---\n${body ? `\n${body}\n` : ''}`;
}

export function referencesYaml(article: Pick<ImportedArticle, 'references'>): string {
  return stringify(article.references, { lineWidth: 0, aliasDuplicateObjects: false });
}

/** Write `article` into `<into>/<id>/`; an existing folder is kept unless `force`. */
export function writeImportedArticle(into: string, article: ImportedArticle, opts: { force: boolean }): WriteOutcome {
  const folder = join(into, article.id);
  const exists = existsSync(folder);
  if (exists && !opts.force) return 'kept';
  const stamp = `${process.pid}-${process.hrtime.bigint().toString(36)}`;
  const temp = join(into, `.${article.id}.import-${stamp}`);
  mkdirSync(temp, { recursive: true });
  try {
    writeFileSync(join(temp, 'article.md'), articleMarkdown(article));
    writeFileSync(join(temp, 'references.yaml'), referencesYaml(article));
    for (const f of article.files) {
      mkdirSync(dirname(join(temp, f.path)), { recursive: true });
      writeFileSync(join(temp, f.path), f.bytes);
    }
    writeFileSync(join(temp, 'import-report.json'), reportJson(article.report));
    writeFileSync(join(temp, 'import-report.txt'), reportText(article.report));
  } catch (e) {
    rmSync(temp, { recursive: true, force: true });
    throw e;
  }
  if (exists) {
    const old = join(into, `.${article.id}.replaced-${stamp}`);
    renameSync(folder, old);
    renameSync(temp, folder);
    rmSync(old, { recursive: true, force: true });
    return 'replaced';
  }
  renameSync(temp, folder);
  return 'written';
}
