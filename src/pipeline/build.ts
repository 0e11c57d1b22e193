// The build: profile → each article prepared, rendered, checked, written whole.
import { basename, join, resolve } from 'node:path';
import { applySeverities, diagnostic, type Diagnostic } from '../checks/diagnostic.js';
import { loadProfile } from '../profile/load.js';
import type { Profile } from '../profile/types.js';
import type { BrowserPool } from '../pdf/browser.js';
import { sourceClock } from './clock.js';
import { preloadValidation, renderGalleys } from './galleys.js';
import { findPlacement } from '../issue/manifest.js';
import { prepareArticle, withPages } from './prepare.js';
import { galleyNames, type ArticleBuildResult, type BuildOptions, type GalleyName } from './types.js';
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
  const loaded = loadProfile(options.profileFile);
  const profile = loaded.profile;
  if (!profile) return { diagnostics: loaded.diagnostics.items, articles: [] };
  const galleys = options.only ?? galleyNames;
  let pool: Promise<BrowserPool> | undefined;
  const browser = () => (pool ??= import('../pdf/browser.js').then(({ BrowserPool }) => BrowserPool.open({ profile })));
  // Launch Chromium now: it starts while the sources load and resolve.
  if (galleys.includes('pdf')) browser().catch(() => undefined);
  // And the schemas load on the validation worker.
  preloadValidation(profile, galleys);
  try {
    // Preparing an article is synchronous and Chromium's launch needs this thread
    // now and then: after the first article, let the launch finish, then yield
    // between articles, so Chromium lays out the first ones while the next are prepared.
    const pending: Promise<ArticleBuildResult>[] = [];
    for (const dir of dirs) {
      const one = buildOne(resolve(dir), profile, options, galleys, browser);
      one.catch(() => undefined); // awaited below; not an unhandled rejection meanwhile
      pending.push(one);
      if (pending.length === dirs.length) break;
      if (pending.length === 1 && pool) await pool.catch(() => undefined);
      await new Promise((next) => setImmediate(next));
    }
    const built = await Promise.all(pending);
    const articles = built.map((a) => ({ ...a, diagnostics: applySeverities(a.diagnostics, profile.rules) }));
    return { profile, diagnostics: loaded.diagnostics.items, articles };
  } finally {
    // A browser that never started was reported as a diagnostic already.
    if (pool) await pool.then((p) => p.close(), () => undefined);
  }
}

export async function buildArticle(dir: string, options: BuildOptions): Promise<ArticleBuildResult> {
  const run = await buildArticles([dir], options);
  return run.articles[0] ?? { id: basename(dir), dir, outputs: [], diagnostics: run.diagnostics, ok: false };
}

async function buildOne(
  dir: string,
  profile: Profile,
  options: BuildOptions,
  galleys: readonly GalleyName[],
  browser: () => Promise<BrowserPool>,
): Promise<ArticleBuildResult> {
  const id = basename(dir);
  const prepared = prepareArticle(dir, profile);
  const diagnostics = [...prepared.diagnostics];
  if (!prepared.article || hasErrors(diagnostics, profile)) return { id, dir, outputs: [], diagnostics, ok: false };
  let article = prepared.article;
  // An article of a built issue keeps the folios (and DOI) the issue gave it.
  const placed = findPlacement(resolve(options.distDir), id);
  if (placed) {
    const { first, last, doi } = placed.article;
    article = withPages({ ...article, meta: { ...article.meta, doi: article.meta.doi ?? doi } }, profile, { first, last });
  }
  if (!article.meta.doi) {
    diagnostics.push(diagnostic('doi-missing', 'Unexpected article without a DOI, expected `doi:` in its front matter or a built issue (`galley issue build`) that assigns one', article.meta.positions['doi'] ?? { file: article.file, line: 1, column: 1 }));
    return { id, dir, outputs: [], diagnostics, ok: false };
  }
  const ctx = { profile, clock: options.clock ?? sourceClock(article.meta) };
  try {
    const rendered = await renderGalleys(article, ctx, galleys, browser);
    diagnostics.push(...rendered.diagnostics);
    if (placed && rendered.pageCount !== undefined && rendered.pageCount !== placed.article.last - placed.article.first + 1) {
      diagnostics.push(diagnostic('issue-page-overflow', `Unexpected ${rendered.pageCount} pages, expected ${placed.article.last - placed.article.first + 1} (pp. ${placed.article.first}–${placed.article.last} in built issue ${placed.issueId}); rebuild the issue to re-foliate`, { file: join(dir, 'article.md'), line: 1, column: 1 }));
    }
    if (hasErrors(diagnostics, profile)) return { id, dir, outputs: [], diagnostics, ok: false };
    writeOutputsAtomically(join(resolve(options.distDir), id), rendered.outputs);
    return { id, dir, outputs: rendered.outputs, diagnostics, ok: true };
  } catch (error) {
    diagnostics.push(diagnostic('build-failed', `Unexpected failure while rendering: ${(error as Error).message}`, { file: join(dir, 'article.md'), line: 1, column: 1 }));
    return { id, dir, outputs: [], diagnostics, ok: false };
  }
}
