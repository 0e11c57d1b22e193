// `galley issue build`: an issue's articles at their final folios, the table
// of contents, the issue PDF, one Crossref batch and a manifest, written to
// dist/issues/<issue>/ whole or not at all.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { applySeverities, diagnostic, type Diagnostic } from '../checks/diagnostic.js';
import { crossrefSchemaDir, loadProfile } from '../profile/load.js';
import { validateRemembered } from '../pipeline/verdict-cache.js';
import type { Profile } from '../profile/types.js';
import { BrowserPool } from '../pdf/browser.js';
import { validateCrossrefXml } from '../render/crossref/validate.js';
import type { OutputFile } from '../pipeline/types.js';
import { writeOutputsAtomically } from '../pipeline/write.js';
import { fixedClock, type RenderContext } from '../render/context.js';
import { buildHead, renderCrossref } from '../render/crossref/index.js';
import { collectIssueArticles } from './collect.js';
import { hashTree, sha256 } from './hash.js';
import { assembleIssuePdf } from './issue-pdf.js';
import { builtIssues, manifestName, readManifest, type IssueManifest } from './manifest.js';
import { renderIssueArticles, type ProgressEvent } from './render-articles.js';
import { loadIssueFile } from './issue-file.js';
import { printIssueFront } from './print-front.js';
import { renderTocHtml, tocModel } from './toc.js';
import type { IssueSpec } from './types.js';
import type { Article } from '../model/types.js';

export interface IssueBuildOptions {
  profileFile: string;
  distDir: string;
  /** Deposit log folder (never re-assign a DOI it shows). */
  depositsDir: string;
  force?: boolean;
  onProgress?: (event: ProgressEvent) => void;
}

export interface IssueBuildResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  issueDir?: string;
  manifest?: IssueManifest;
  refoliated: string[];
  statuses: { id: string; status: string; pages: string; doi: string }[];
}

const hasErrors = (list: Diagnostic[]) => list.some((d) => d.severity === 'error');


export async function buildIssue(issueFile: string, options: IssueBuildOptions): Promise<IssueBuildResult> {
  const fail = (diagnostics: Diagnostic[]): IssueBuildResult => ({ ok: false, diagnostics, refoliated: [], statuses: [] });
  const loaded = loadProfile(options.profileFile);
  if (!loaded.profile) return fail(loaded.diagnostics.items);
  const profile = loaded.profile;
  const parsed = loadIssueFile(issueFile, profile.languages);
  if (!parsed.issue) return fail(parsed.diagnostics.items);
  const issue = parsed.issue;
  const issueDir = join(resolve(options.distDir), 'issues', issue.id);
  // --force re-renders everything, but DOIs given by an earlier build are kept even then.
  const built = readManifest(issueDir);
  const previous = options.force ? undefined : built;

  const firstPage = resolveFirstPage(issue, options.distDir);
  if (typeof firstPage !== 'number') return fail([firstPage]);
  const collected = collectIssueArticles(issue, profile, built, options.depositsDir);
  const collectedDiagnostics = applySeverities(collected.diagnostics, profile.rules);
  if (hasErrors(collectedDiagnostics)) return fail(collectedDiagnostics);

  const ctx: RenderContext = { profile, clock: fixedClock(new Date(`${issue.published}T00:00:00Z`)) };
  const shared = sharedInputsHash(profile);
  const inputHashes = new Map(collected.articles.map((a) => [a.id, sha256(shared + hashTree([a.dir]) + JSON.stringify([a.meta.doi, issue.volume, issue.number, issue.year, issue.published]))]));
  let pool: Promise<BrowserPool> | undefined;
  const browser = () => (pool ??= BrowserPool.open({ profile }));
  try {
    const { rendered, refoliated } = await renderIssueArticles({
      articles: collected.articles,
      inputHashes,
      previous: new Map((previous?.articles ?? []).map((a) => [a.id, a])),
      previousOutputs: (id) => readOutputs(join(issueDir, id)),
      firstPage,
      rectoStart: issue.rectoStart ?? profileRectoStart(profile),
      force: options.force ?? false,
      ctx,
      browser,
      onProgress: options.onProgress,
    });
    const diagnostics = applySeverities([...collected.diagnostics, ...rendered.flatMap((r) => r.diagnostics), ...pagesDiffer(collected.articles, rendered)], profile.rules);
    if (hasErrors(diagnostics)) return fail(diagnostics);
    const articles = rendered.map((r) => r.article);
    const toc = tocModel(issue, profile, new Map(articles.map((a) => [a.id, a])), new Map(rendered.map((r) => [r.article.id, r.placement])));
    const front = await printIssueFront(toc, profile, await browser());
    const lang = profile.languages[0];
    const issuePdf = await assembleIssuePdf({
      front: front.pdf,
      articles: rendered.map((r) => ({
        placement: r.placement,
        pdf: r.outputs.find((o) => o.path === `${r.article.id}.pdf`)!.data as Uint8Array,
        bookmark: `${r.article.meta.titleText[lang] ?? r.article.meta.titleText[r.article.meta.lang]} — ${r.article.meta.authors.map((a) => a.name[lang]?.surname ?? '').join(', ')}`,
      })),
      title: `${profile.title[lang]}. Vol. ${issue.volume}, № ${issue.number} (${issue.year})`,
      subject: `${profile.title[lang]} ${issue.year} ${issue.volume}(${issue.number})`,
      lang,
      date: ctx.clock.now(),
    });
    const batch = renderCrossref(articles, ctx, buildHead(articles, ctx.clock));
    diagnostics.push(...validateRemembered(profile, 'crossref-valid', batch, [crossrefSchemaDir(profile)], () => validateCrossrefXml(batch, profile, `dist/issues/${issue.id}/${issue.id}.crossref.xml`)));
    if (hasErrors(diagnostics)) return { ...fail(diagnostics) };

    const files: OutputFile[] = [
      ...rendered.flatMap((r) => r.outputs.map((o) => ({ path: `${r.article.id}/${o.path}`, data: o.data }))),
      { path: 'index.html', data: renderTocHtml(toc, profile) },
      { path: 'toc.css', data: readFileSync(join(profile.templates.find((t) => existsSync(join(t, 'issue/toc.css')))!, 'issue/toc.css')) },
      { path: 'toc.pdf', data: front.pdf },
      { path: `${issue.id}.pdf`, data: issuePdf.pdf },
      { path: `${issue.id}.crossref.xml`, data: batch },
    ];
    const manifest: IssueManifest = {
      galley: 'galley-issue-manifest/1',
      issue: { id: issue.id, volume: issue.volume, number: issue.number, year: issue.year, published: issue.published },
      firstPage,
      lastPage: rendered.length ? rendered[rendered.length - 1].placement.last : firstPage - 1,
      articles: rendered.map((r) => ({
        ...r.placement,
        doi: r.article.meta.doi!,
        doiAssigned: collected.assignedDoi.has(r.article.id),
        pageCount: r.pageCount,
        inputHash: inputHashes.get(r.article.id)!,
        title: r.article.meta.titleText,
      })),
      outputs: files
        .map((f) => ({ path: f.path, sha256: sha256(f.data), bytes: typeof f.data === 'string' ? Buffer.byteLength(f.data) : f.data.byteLength }))
        .sort((a, b) => a.path.localeCompare(b.path)),
    };
    files.push({ path: manifestName, data: JSON.stringify(manifest, null, 2) + '\n' });
    writeOutputsAtomically(issueDir, files, false);
    return {
      ok: true,
      diagnostics,
      issueDir,
      manifest,
      refoliated,
      statuses: rendered.map((r) => ({ id: r.article.id, status: r.status, pages: `${r.placement.first}–${r.placement.last}`, doi: r.article.meta.doi! })),
    };
  } finally {
    // A browser that never started was reported as a diagnostic already.
    if (pool) await pool.then((p) => p.close(), () => undefined);
  }
}

/** Articles whose source names pages other than those the issue gives them (the issue wins). */
function pagesDiffer(sources: Article[], rendered: { article: Article; placement: { first: number; last: number } }[]): Diagnostic[] {
  return rendered.flatMap(({ article, placement }) => {
    const { first, last } = sources.find((a) => a.id === article.id)?.meta.pages ?? {};
    if (first === undefined || (first === placement.first && (last === undefined || last === placement.last))) return [];
    return [diagnostic('issue-pages-differ', `Unexpected pages ${first}–${last ?? '?'} in the source, expected ${placement.first}–${placement.last} as the issue assigns them (the issue's folios are used)`, article.meta.positions['pages'] ?? { file: article.file, line: 1, column: 1 })];
  });
}

/** The journal's default for issues that do not say (`issue.recto-start` in the profile). */
function profileRectoStart(profile: Profile): boolean {
  return (profile.raw.issue as Record<string, unknown> | undefined)?.['recto-start'] === true;
}

/** The first page: given, or the page after the previous issue of the volume ends. */
function resolveFirstPage(issue: IssueSpec, distDir: string): number | Diagnostic {
  if (typeof issue.firstPage === 'number') return issue.firstPage;
  const previousNumber = String(Number(issue.number) - 1);
  const before = builtIssues(distDir).find((b) => b.manifest.issue.volume === issue.volume && b.manifest.issue.number === previousNumber);
  if (before) return before.manifest.lastPage + 1;
  if (Number(issue.number) === 1) return 1;
  return diagnostic('issue-first-page', `Unexpected \`first-page: continue\` without a built issue ${issue.volume}(${previousNumber}), expected that issue built first or a page number`, { file: issue.file, line: 1, column: 1 });
}

/** Profile and templates: a change there re-renders every article. */
function sharedInputsHash(profile: Profile): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return sha256(`${pkg.version}\n${hashTree([profile.file])}\n${hashTree(profile.templates)}`);
}

function readOutputs(dir: string): OutputFile[] | undefined {
  if (!existsSync(dir)) return undefined;
  const files: OutputFile[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, e.name);
      if (e.isDirectory()) walk(path);
      else files.push({ path: relative(dir, path), data: readFileSync(path) });
    }
  };
  walk(dir);
  return files;
}
