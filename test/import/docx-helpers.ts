// Shared by the Word import tests: the corpus, a scratch journal whose profile
// is the repository's (templates and schemas pointing back at it, UDC and the
// second-language fields not required, as for a manuscript outside the
// journal's template), and the editor's additions a manuscript cannot carry.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';

export const repoRoot = resolve(import.meta.dirname, '../..');
/** `shared/corpus/docx` beside the repository or a folder above it (worktrees). */
export const corpus = ((): string => {
  for (let dir = dirname(repoRoot); dir !== dirname(dir); dir = dirname(dir)) if (existsSync(join(dir, 'shared/corpus/docx'))) return join(dir, 'shared/corpus/docx');
  return join(repoRoot, '../shared/corpus/docx');
})();
export const corpusFile = (name: string) => join(corpus, `${name}.docx`);

/** Files with pending tracked changes or comments: the import stops on these until told. */
export const pendingFiles = ['en-docx4j-sample-docx', 'en-pandoc-comments', 'en-pandoc-track_changes_move', 'en-pandoc-track_changes_scrubbed_metadata', 'ru-fapm2025-borovkova-annotatsiya-tracked'];

export function scratchJournal(): string {
  const dir = mkdtempSync(join(tmpdir(), 'galley-docx-'));
  const profile = readFileSync(join(repoRoot, 'journal.yaml'), 'utf8')
    .replace(/^templates: .*$/m, `templates: ${join(repoRoot, 'templates')}`)
    .replace(/^ {2}crossref: vendor\/crossref-\{version\}$/m, `  crossref: ${join(repoRoot, 'vendor')}/crossref-{version}`)
    .replace(/^(udc:\n(?: .*\n)*? {2}required:) true/m, '$1 false')
    .replace(/^languages: .*$/m, (l) => `${l}\nrequired-languages: { title: [], abstract: [], keywords: [] }`);
  writeFileSync(join(dir, 'journal.yaml'), profile);
  return dir;
}

/**
 * What the editor adds to an imported manuscript that is not in the journal's
 * template (people, abstract, the issue it goes into, the DOI): only fields the
 * import left out, so a field the import wrote is never overwritten.
 */
export function addEditorFields(articleDir: string, n: number): string[] {
  const file = join(articleDir, 'article.md');
  const text = readFileSync(file, 'utf8');
  const [, yaml, body] = /^---\n([\s\S]*?)---\n([\s\S]*)$/.exec(text)!;
  const front = parseYaml(yaml) as Record<string, unknown>;
  const lang = String(front.lang);
  const extra: Record<string, string> = {
    authors: 'authors:\n  - id: editor\n    name: { given: A., surname: Editor }\n    affiliations: [aff]\n',
    affiliations: 'affiliations:\n  - id: aff\n    institution: Editorial office\n    city: Ekaterinburg\n    country: Russia\n    country-code: RU\n',
    abstract: `abstract:\n  ${lang}: Supplied by the editor.\n`,
    keywords: `keywords:\n  ${lang}: [editor]\n`,
    volume: 'volume: 1\n',
    issue: 'issue: 1\n',
    year: 'year: 2026\n',
    doi: `doi: 10.15826/qr.2026.1.${900 + n}\n`,
  };
  const added = Object.keys(extra).filter((k) => !(k in front));
  writeFileSync(file, `---\n${yaml}${added.map((k) => extra[k]).join('')}---\n${body}`);
  return added;
}
