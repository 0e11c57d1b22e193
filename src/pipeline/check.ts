// `galley check`: everything a build verifies — the print layout included,
// since only the layout knows whether an article fits its pages — without
// writing anything. One article's failure never stops the others.
import { validateJournalStyles } from '../references/validate-style.js';
import { applySeverities, diagnostic, type Diagnostic } from '../checks/diagnostic.js';
import { openPrinter, type PdfPrinter } from '../pdf/printer.js';
import type { Profile } from '../profile/types.js';
import type { JournalRecord } from '../record/journal-record.js';
import { renderFinalArticle } from './build.js';
import { journalRecordFor } from './prepare.js';
import { galleyNames, type GalleyName } from './types.js';

export interface CheckOptions {
  /** Galleys to render and check (default: all, the PDF included). */
  galleys?: readonly GalleyName[];
}

/** Diagnostics of every article, the record's own problems first. */
export async function checkArticles(dirs: string[], profile: Profile, options: CheckOptions = {}): Promise<Diagnostic[]> {
  const galleys = options.galleys ?? galleyNames;
  const journal = journalRecordFor(profile, dirs);
  const diagnostics = applySeverities([...journal.diagnostics, ...(await validateJournalStyles(profile))], profile.rules);
  let opened: PdfPrinter | undefined;
  const printer = () => (opened ??= openPrinter(profile));
  try {
    for (const dir of dirs) diagnostics.push(...(await checkOne(dir, profile, journal, galleys, printer)));
  } finally {
    if (opened) await opened.close();
  }
  return diagnostics;
}

/** One article as `galley check` sees it (the record loaded for it). */
export async function checkArticleDiagnostics(dir: string, profile: Profile, options: CheckOptions = {}): Promise<Diagnostic[]> {
  return checkArticles([dir], profile, options);
}

async function checkOne(dir: string, profile: Profile, journal: JournalRecord, galleys: readonly GalleyName[], printer: () => PdfPrinter): Promise<Diagnostic[]> {
  try {
    const rendered = await renderFinalArticle(dir, profile, journal, galleys, printer);
    return applySeverities(rendered.diagnostics, profile.rules);
  } catch (error) {
    // A stage that throws is a defect, but the run goes on and says where.
    return [diagnostic('build-failed', `Unexpected failure while checking: ${(error as Error).message}`, { file: `${dir}/article.md`, line: 1, column: 1 })];
  }
}
