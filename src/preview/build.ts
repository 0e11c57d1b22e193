// One preview build: the HTML galley through the real build (into the
// preview's own folder, never dist/) and the print HTML that paged.js lays
// out in the browser beside it.
import { basename, join } from 'node:path';
import type { Diagnostic } from '../checks/diagnostic.js';
import { buildArticle } from '../pipeline/build.js';
import { prepareArticle } from '../pipeline/prepare.js';
import { loadProfile } from '../profile/load.js';
import { sourceClock } from '../pipeline/clock.js';
import { clearLabelCache } from '../render/html/labels.js';
import { renderPrintHtmlChecked } from '../render/print/index.js';
import { clearTemplateCache } from '../render/templates.js';

export interface PreviewBuildOptions {
  articleDir: string;
  profileFile: string;
  /** The preview's output root; the galley goes to `<outDir>/<id>/`. */
  outDir: string;
}

export interface PreviewBuild {
  /** Counts up from 1 with every build. */
  version: number;
  ok: boolean;
  ms: number;
  diagnostics: Diagnostic[];
  /** Folder of the last good HTML galley (kept when a build fails). */
  htmlDir: string;
  /** The print HTML (file:// URLs inside), when the article could be prepared. */
  printHtml?: string;
  firstPage: number;
}

export async function runPreviewBuild(options: PreviewBuildOptions, version: number): Promise<PreviewBuild> {
  const started = performance.now();
  try {
    return await buildBoth(options, version, started);
  } catch (error) {
    // The preview must survive anything a half-saved source can do; the page shows what happened.
    return {
      version,
      ok: false,
      ms: Math.round(performance.now() - started),
      diagnostics: [{ rule: 'build-failed', severity: 'error', message: `Unexpected failure of the preview build: ${(error as Error).message}`, position: { file: join(options.articleDir, 'article.md'), line: 1, column: 1 } }],
      htmlDir: join(options.outDir, basename(options.articleDir)),
      firstPage: 1,
    };
  }
}

async function buildBoth(options: PreviewBuildOptions, version: number, started: number): Promise<PreviewBuild> {
  // Templates and labels may have changed on disk since the last build.
  clearTemplateCache();
  clearLabelCache();
  const id = basename(options.articleDir);
  const html = await buildArticle(options.articleDir, { profileFile: options.profileFile, distDir: options.outDir, only: ['html'] });
  const diagnostics = [...html.diagnostics];
  let printHtml: string | undefined;
  let firstPage = 1;
  const { profile } = loadProfile(options.profileFile);
  if (profile && html.ok) {
    // Diagnostics of the source were reported by the HTML build already; only the print renderer's own are new.
    const prepared = prepareArticle(options.articleDir, profile);
    if (prepared.article) {
      firstPage = prepared.article.meta.pages.first ?? 1;
      try {
        const print = renderPrintHtmlChecked(prepared.article, { profile, clock: sourceClock(prepared.article.meta) });
        printHtml = print.html;
        diagnostics.push(...print.diagnostics);
      } catch (error) {
        diagnostics.push({
          rule: 'build-failed',
          severity: 'error',
          message: `Unexpected failure while rendering the print view: ${(error as Error).message}`,
          position: { file: options.profileFile, line: 1, column: 1 },
        });
      }
    }
  }
  return {
    version,
    ok: html.ok && !diagnostics.some((d) => d.severity === 'error'),
    ms: Math.round(performance.now() - started),
    diagnostics,
    htmlDir: join(options.outDir, id),
    printHtml,
    firstPage,
  };
}
