// The batch an import command runs, the same for every importer (JATS now,
// Word next): the files one by one with a progress line each, an article
// folder per file (an existing one kept unless forced), a journal profile
// written when the folder has none and the importer can make one, and a
// summary. The importer does the reading; this module does the writing.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { diagnostic, type Diagnostic } from '../checks/diagnostic.js';
import type { Profile } from '../profile/types.js';
import { profileGaps } from './profile-gaps.js';
import type { ImportedArticle, ImportedProfile } from './types.js';
import { writeImportedArticle, type WriteOutcome } from './write-article.js';

export interface ImporterRun {
  article: ImportedArticle;
  /** A journal profile made from the input, for a folder without one. */
  profile?(journalRoot: string): ImportedProfile & { seq?: number; decisions?: ImportedArticle['report']['decisions'] };
}

export interface Importer {
  /** `jats`, `docx`: the word after `galley import`. */
  name: string;
  /** File name endings a folder argument is searched for (`.xml`). */
  extensions: string[];
  /** `diagnostics`, when given, say why the file failed (else one import-unreadable is made from `failed`). */
  importFile(path: string, opts: { into: string; profile?: Profile; source: string }): ImporterRun | { failed: string; diagnostics?: Diagnostic[] };
}

export interface ImportOptions {
  /** Where the article folders go (absolute). */
  into: string;
  /** A path as the user reads it (relative to the working folder). */
  show(path: string): string;
  force: boolean;
  /** The journal the articles go into (--profile, or journal.yaml beside the folder). */
  profile?: Profile;
  /** Loads the profile written for the first article, for the rest of the batch. */
  reload(file: string): Profile | undefined;
  progress(line: string): void;
}

export interface ImportOutcome {
  file: string;
  id?: string;
  outcome: WriteOutcome | 'failed';
  references: number;
  notKept: number;
  diagnostics: Diagnostic[];
  /** The journal.yaml written for this article, if any. */
  profileWritten?: string;
  message?: string;
}

export function runImport(importer: Importer, paths: string[], opts: ImportOptions): ImportOutcome[] {
  const outcomes: ImportOutcome[] = [];
  let profile = opts.profile;
  const journalRoot = dirname(opts.into);
  paths.forEach((path, i) => {
    const file = opts.show(path);
    const files = paths;
    const started = performance.now();
    const result = importer.importFile(path, { into: opts.show(opts.into), profile, source: file });
    const ms = Math.round(performance.now() - started);
    if ('failed' in result) {
      const d = diagnostic('import-unreadable', `Unexpected input that cannot be imported: ${result.failed}`, { file, line: 1, column: 1 });
      outcomes.push({ file, outcome: 'failed', references: 0, notKept: 0, diagnostics: result.diagnostics ?? [d], message: result.failed });
      opts.progress(`[${i + 1}/${files.length}] ${file}: failed (${result.failed.split('\n')[0]})`);
      return;
    }
    const { article } = result;
    let profileWritten: string | undefined;
    const profileFile = join(journalRoot, 'journal.yaml');
    if (!profile && result.profile && !existsSync(profileFile)) {
      const made = result.profile(journalRoot);
      mkdirSync(journalRoot, { recursive: true });
      writeFileSync(profileFile, made.text);
      for (const f of made.files) {
        mkdirSync(dirname(join(journalRoot, f.path)), { recursive: true });
        writeFileSync(join(journalRoot, f.path), f.bytes);
      }
      profileWritten = opts.show(profileFile);
      if (made.seq !== undefined && article.frontMatter.seq === undefined) article.frontMatter = withSeq(article.frontMatter, made.seq);
      article.report.decisions.push(...(made.decisions ?? []));
      article.report.diagnostics.push(diagnostic('import-profile-written', `Unexpected folder without a journal profile, expected one: ${opts.show(profileFile)} written from the article's journal-meta (check its TODO values)`, { file: profileFile, line: 1, column: 1 }));
      profile = opts.reload(profileFile);
    }
    if (profile) article.report.diagnostics.push(...profileGaps(article.frontMatter, profile, { file, line: 1, column: 1 }));
    mkdirSync(opts.into, { recursive: true });
    const outcome = writeImportedArticle(opts.into, article, { force: opts.force });
    const references = article.report.counts['references mapped'] ?? article.references.length;
    outcomes.push({ file, id: article.id, outcome, references, notKept: article.report.notKept.length, diagnostics: outcome === 'kept' ? [] : article.report.diagnostics, ...(profileWritten && { profileWritten }) });
    const folder = opts.show(join(opts.into, article.id));
    const what = outcome === 'kept' ? `kept ${folder} (exists; --force replaces it)` : `${outcome} ${folder}: ${references} references, ${article.report.notKept.length} elements not kept (${ms} ms)`;
    opts.progress(`[${i + 1}/${files.length}] ${file}: ${what}`);
  });
  return outcomes;
}

/** `seq` goes right after `doi`, where the source format lists it. */
function withSeq(fm: Record<string, unknown>, seq: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fm)) {
    out[k] = v;
    if (k === 'doi') out.seq = seq;
  }
  if (!('seq' in out)) out.seq = seq;
  return out;
}
