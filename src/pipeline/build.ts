// The build: profile → each article prepared, rendered, checked, written whole.
import { validateJournalStyles } from '../references/validate-style.js';
import { basename, join, resolve } from 'node:path';
import { applySeverities, diagnostic, type Diagnostic } from '../checks/diagnostic.js';
import { loadProfile } from '../profile/load.js';
import type { Article } from '../model/types.js';
import type { Profile } from '../profile/types.js';
import { openPrinter, startPrintWorker, type PdfPrinter } from '../pdf/printer.js';
import { sourceClock } from './clock.js';
import { loadPdfRenderer, preloadValidation, renderGalleys, startValidation } from './galleys.js';
import { renderArticleExports } from '../issue/exports.js';
import type { JournalRecord } from '../record/journal-record.js';
import { journalRecordFor, prepareArticle } from './prepare.js';
import { galleyNames, type ArticleBuildResult, type BuildOptions, type GalleyName, type OutputFile } from './types.js';
import { writeOutputsAtomically } from './write.js';

export interface BuildRun {
  profile?: Profile;
  /** Diagnostics about the profile itself (no article was built when it has errors). */
  diagnostics: Diagnostic[];
  articles: ArticleBuildResult[];
}

// Errors as the profile rates them (`rules:` may raise, lower or turn off a rule).
const hasErrors = (list: Diagnostic[], profile: Profile) => applySeverities(list, profile.rules).some((d) => d.severity === 'error');

/** Build several articles with one browser shared by all of them. */
export async function buildArticles(dirs: string[], options: BuildOptions): Promise<BuildRun> {
  const galleys = options.only ?? galleyNames;
  const wantsPdf = galleys.includes('pdf') || options.proof === true;
  // The validation worker and the print worker start up while the profile is read.
  startValidation(options.profileFile, galleys);
  if (wantsPdf) {
    startPrintWorker();
    void loadPdfRenderer();
  }
  const loaded = loadProfile(options.profileFile);
  const profile = loaded.profile;
  if (!profile) return { diagnostics: loaded.diagnostics.items, articles: [] };
  let opened: PdfPrinter | undefined;
  const printer = () => (opened ??= openPrinter(profile));
  // Launch Chromium now: it starts while the sources load and resolve.
  if (wantsPdf) printer();
  // And the schemas load on the validation worker.
  preloadValidation(profile, galleys);
  // The record is read once for every article of the run; its own problems are reported once.
  const journal = journalRecordFor(profile, dirs);
  const journalDiagnostics = applySeverities(journal.diagnostics, profile.rules);
  // The journal's own CSL styles against the CSL schema, once per run (a clean verdict is
  // remembered), on a worker while the articles are prepared; nothing is written before it answers.
  const styles = validateJournalStyles(profile).then((found) => applySeverities(found, profile.rules));
  const stylesValid = styles.then((found) => !hasErrors(found, profile));
  stylesValid.catch(() => undefined); // awaited below
  try {
    if (hasErrors(journalDiagnostics, profile)) return { profile, diagnostics: [...loaded.diagnostics.items, ...journalDiagnostics], articles: [] };
    // Preparing an article is synchronous; Chromium is driven from the print worker,
    // so it lays out the first articles while this thread prepares the next ones.
    // Between articles this thread yields, to take in finished PDFs and schema verdicts.
    // The PDF modules are in first: an article waiting for them would let the next
    // one be prepared before its own print job goes out.
    if (wantsPdf) await loadPdfRenderer().catch(() => undefined);
    const pending: Promise<ArticleBuildResult>[] = [];
    for (const dir of dirs) {
      const one = buildOne(resolve(dir), profile, journal, options, galleys, printer, stylesValid);
      one.catch(() => undefined); // awaited below; not an unhandled rejection meanwhile
      pending.push(one);
      if (pending.length === dirs.length) break;
      await new Promise((next) => setImmediate(next));
    }
    const built = await Promise.all(pending);
    journalDiagnostics.push(...(await styles));
    if (hasErrors(journalDiagnostics, profile)) return { profile, diagnostics: [...loaded.diagnostics.items, ...journalDiagnostics], articles: [] };
    const articles = built.map((a) => ({ ...a, diagnostics: applySeverities(a.diagnostics, profile.rules) }));
    return { profile, diagnostics: [...loaded.diagnostics.items, ...journalDiagnostics], articles };
  } finally {
    // A browser that never started was reported as a diagnostic already.
    if (opened) await opened.close();
  }
}

export async function buildArticle(dir: string, options: BuildOptions): Promise<ArticleBuildResult> {
  const run = await buildArticles([dir], options);
  const article = run.articles[0];
  if (!article) return { id: basename(dir), dir, outputs: [], diagnostics: run.diagnostics, ok: false };
  return { ...article, diagnostics: [...run.diagnostics, ...article.diagnostics] };
}

async function buildOne(
  dir: string,
  profile: Profile,
  journal: JournalRecord,
  options: BuildOptions,
  galleys: readonly GalleyName[],
  printer: () => PdfPrinter,
  stylesValid: Promise<boolean>,
): Promise<ArticleBuildResult> {
  const id = basename(dir);
  const result = await renderFinalArticle(dir, profile, journal, galleys, printer, options.clock);
  if (!result.ok) return { id, dir, outputs: [], diagnostics: result.diagnostics, ok: false };
  // Only a partial build (`--only`, `--skip`) keeps the previous folder's other galleys.
  if (options.proof && result.article) {
    // The author proof: the final layout with line numbers and this build's diagnostics (src/pdf/proof.ts).
    const { renderProof } = await import('../pdf/proof.js');
    const article = result.article;
    const proof = await renderProof(article, { profile, clock: options.clock ?? sourceClock(article.meta) }, printer(), applySeverities(result.diagnostics, profile.rules));
    // A browser that cannot start is reported once, by the PDF galley or else by the proof.
    result.diagnostics.push(...proof.diagnostics.filter((d) => !result.diagnostics.some((x) => x.rule === d.rule && x.message === d.message)));
    if (proof.pdf.length) result.outputs.push({ path: `${id}.proof.pdf`, data: proof.pdf });
    if (hasErrors(result.diagnostics, profile)) return { id, dir, outputs: [], diagnostics: result.diagnostics, ok: false };
  }
  // A journal style that fails its schema fails the whole build (reported once, by the caller).
  if (!(await stylesValid)) return { id, dir, outputs: [], diagnostics: result.diagnostics, ok: false };
  writeOutputsAtomically(join(resolve(options.distDir), id), result.outputs, galleys.length < galleyNames.length);
  return { id, dir, outputs: result.outputs, diagnostics: result.diagnostics, ok: true };
}

export interface RenderedFinal {
  ok: boolean;
  /** The final article the galleys were rendered from (when it got that far). */
  article?: Article;
  outputs: OutputFile[];
  diagnostics: Diagnostic[];
}

/**
 * One article's final galleys and every check on them, nothing written: the
 * common part of `build` and `check`.
 */
export async function renderFinalArticle(
  dir: string,
  profile: Profile,
  journal: JournalRecord,
  galleys: readonly GalleyName[],
  printer: () => PdfPrinter,
  clock?: BuildOptions['clock'],
): Promise<RenderedFinal> {
  const prepared = prepareArticle(dir, profile, journal);
  const diagnostics = [...prepared.diagnostics];
  const article = prepared.article;
  if (!article || hasErrors(diagnostics, profile)) return { ok: false, outputs: [], diagnostics };
  if (!article.meta.doi) {
    diagnostics.push(diagnostic('doi-missing', 'Unexpected article without a DOI, expected `doi:` in its front matter, a reservation (`galley doi reserve`) or an issue build (`galley issue build`) that assigns one', article.meta.positions['doi'] ?? { file: article.file, line: 1, column: 1 }));
    return { ok: false, outputs: [], diagnostics };
  }
  const ctx = { profile, clock: clock ?? sourceClock(article.meta) };
  try {
    const rendered = await renderGalleys(article, ctx, galleys, printer);
    // Exports that hold one article (DOAJ) go with the metadata galleys: docs/exports.md.
    const exported = galleys.includes('crossref') ? renderArticleExports(rendered.article, profile) : { files: [], diagnostics: [] };
    diagnostics.push(...rendered.diagnostics, ...foliosOfIssue(journal, article.id, rendered.pageCount), ...exported.diagnostics);
    return { ok: !hasErrors(diagnostics, profile), article: rendered.article, outputs: [...rendered.outputs, ...exported.files], diagnostics };
  } catch (error) {
    diagnostics.push(diagnostic('build-failed', `Unexpected failure while rendering: ${(error as Error).message}`, { file: join(dir, 'article.md'), line: 1, column: 1 }));
    return { ok: false, outputs: [], diagnostics };
  }
}

/**
 * An article published in an issue keeps the folios the record gives it: a
 * page count that no longer fits is `issue-page-overflow` (beside the plain
 * page-count rule), naming the pages, the issue and what to do.
 */
function foliosOfIssue(journal: JournalRecord, id: string, pageCount: number | undefined): Diagnostic[] {
  const record = journal.articles.get(id);
  if (!record?.issue || !record.pages || pageCount === undefined || pageCount === 0) return [];
  const { first, last } = record.pages;
  if (pageCount === last - first + 1) return [];
  return [
    diagnostic('issue-page-overflow', `Unexpected ${pageCount} pages (${first}–${first + pageCount - 1}), expected ${last - first + 1} (pp. ${first}–${last} in issue ${record.issue}); shorten the correction to fit, or rebuild the issue to re-foliate the articles after it`, record.positions.pages ?? { file: record.file, line: 1, column: 1 }),
  ];
}
