// A scratch copy of the journal repository: the article sources (and, when
// asked, the committed record and issue files), with a profile pointing at the
// repository's templates and vendored schemas.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');

export function journalCopy(parts: { record?: boolean; issues?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'galley-journal-'));
  cpSync(join(repoRoot, 'article'), join(dir, 'article'), { recursive: true });
  if (parts.record) cpSync(join(repoRoot, 'record'), join(dir, 'record'), { recursive: true });
  if (parts.issues) cpSync(join(repoRoot, 'issues'), join(dir, 'issues'), { recursive: true });
  writeFileSync(
    join(dir, 'journal.yaml'),
    readFileSync(join(repoRoot, 'journal.yaml'), 'utf8')
      .replace(/^templates: .*$/m, `templates: ${join(repoRoot, 'templates')}`)
      .replace(/^  crossref: vendor\/crossref-\{version\}$/m, `  crossref: ${join(repoRoot, 'vendor')}/crossref-{version}`),
  );
  return dir;
}
