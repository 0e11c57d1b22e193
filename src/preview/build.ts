// One preview build: the HTML galley through the real build (into the
// preview's own folder, never dist/), and the print HTML that paged.js lays
// out in the browser beside it. The print HTML is made when the print view
// asks for it, so the reload is announced as soon as the HTML galley is ready.
import { basename, join } from 'node:path';
import type { Diagnostic } from '../checks/diagnostic.js';
import { buildArticle } from '../pipeline/build.js';
import { sourceClock } from '../pipeline/clock.js';
import { prepareArticle } from '../pipeline/prepare.js';
import { loadProfile } from '../profile/load.js';
import { clearLabelCache } from '../render/html/labels.js';
import { renderPrintHtmlChecked } from '../render/print/index.js';
import { clearTemplateCache } from '../render/templates.js';

export interface PreviewBuildOptions {
  articleDir: string;
  profileFile: string;
  /** The preview's output root; the galley goes to `<outDir>/<id>/`. */
  outDir: string;
  /** Forget compiled templates and labels first (they changed on disk). */
  freshTemplates?: boolean;
}

export interface PrintView {
  /** The print HTML (file:// URLs inside), or why there is none. */
  html?: string;
  diagnostics: Diagnostic[];
  firstPage: number;
  /** The last page the source or the record gives, to measure the layout against. */
  lastPage?: number;
}

export interface PreviewBuild {
  /** Counts up from 1 with every build. */
  version: number;
  ok: boolean;
  ms: number;
  diagnostics: Diagnostic[];
  /** This build or an earlier one succeeded: there is a last good output to show. */
  everGood: boolean;
  /** Folder of the last good HTML galley (kept when a build fails). */
  htmlDir: string;
  /** The print view of this build's source, made on first call and kept. */
  print(): PrintView;
}

export async function runPreviewBuild(options: PreviewBuildOptions, version: number, previous?: PreviewBuild): Promise<PreviewBuild> {
  const started = performance.now();
  const htmlDir = join(options.outDir, basename(options.articleDir));
  if (options.freshTemplates) {
    clearTemplateCache();
    clearLabelCache();
  }
  let diagnostics: Diagnostic[];
  let ok: boolean;
  try {
    const html = await buildArticle(options.articleDir, { profileFile: options.profileFile, distDir: options.outDir, only: ['html'] });
    diagnostics = html.diagnostics;
    ok = html.ok;
  } catch (error) {
    // The preview must survive anything a half-saved source can do; the page shows what happened.
    diagnostics = [failure('the preview build', error, join(options.articleDir, 'article.md'))];
    ok = false;
  }
  let print: PrintView | undefined;
  return {
    version,
    ok,
    everGood: ok || (previous?.everGood ?? false),
    ms: Math.round(performance.now() - started),
    diagnostics,
    htmlDir,
    print: () => (print ??= ok ? printView(options) : { diagnostics: [], firstPage: 1 }),
  };
}

function printView(options: PreviewBuildOptions): PrintView {
  const { profile, diagnostics } = loadProfile(options.profileFile);
  if (!profile) return { diagnostics: diagnostics.items, firstPage: 1 };
  // The source's own diagnostics were reported by the HTML build; only the print renderer's are new here.
  const { article } = prepareArticle(options.articleDir, profile);
  if (!article) return { diagnostics: [], firstPage: 1 };
  const firstPage = article.meta.pages.first ?? 1;
  const lastPage = article.meta.pages.last;
  try {
    const rendered = renderPrintHtmlChecked(article, { profile, clock: sourceClock(article.meta) });
    return { html: rendered.html, diagnostics: rendered.diagnostics, firstPage, ...(lastPage !== undefined && { lastPage }) };
  } catch (error) {
    return { diagnostics: [failure('the print view', error, profile.file)], firstPage };
  }
}

function failure(what: string, error: unknown, file: string): Diagnostic {
  return { rule: 'build-failed', severity: 'error', message: `Unexpected failure of ${what}: ${(error as Error).message}`, position: { file, line: 1, column: 1 } };
}
