// `galley issue build`: an issue's articles at their final folios, the table
// of contents, the issue PDF, one Crossref batch and a manifest, written to
// dist/issues/<issue>/ whole or not at all.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { applySeverities, diagnostic, type Diagnostic } from '../checks/diagnostic.js';
import { crossrefSchemaDir, loadProfile } from '../profile/load.js';
import { validateRemembered } from '../pipeline/verdict-cache.js';
import type { Profile } from '../profile/types.js';
import { openPrinter, startPrintWorker, type PdfPrinter } from '../pdf/printer.js';
import { validateCrossrefXml } from '../render/crossref/validate.js';
import type { OutputFile } from '../pipeline/types.js';
import { writeOutputsAtomically } from '../pipeline/write.js';
import { fixedClock, type RenderContext } from '../render/context.js';
import { buildHead, renderCrossref } from '../render/crossref/index.js';
import { collectIssueArticles } from './collect.js';
import { hashTree, sha256, sharedInputsHash } from './hash.js';
import { assembleIssuePdf } from './issue-pdf.js';
import { manifestName, readManifest, type IssueManifest } from './manifest.js';
import { renderIssueArticles, type ProgressEvent } from './render-articles.js';
import { loadIssueFile } from './issue-file.js';
import { printIssueFront } from './print-front.js';
import { renderTocHtml, tocModel } from './toc.js';
import { htmlAssets } from '../render/html/assets.js';
import type { IssueSpec, Placement } from './types.js';
import type { Article } from '../model/types.js';
import { finalizeArticle } from '../pipeline/final-article.js';
import { loadPdfRenderer, sourceTexts } from '../pipeline/galleys.js';
import { positionsInSource } from '../pipeline/output-positions.js';
import { loadJournalRecord, type JournalRecord } from '../record/journal-record.js';
import { writeIssueRecord } from './record-update.js';
import { exportsForIssue } from './exports.js';

export interface IssueBuildOptions {
  profileFile: string;
  distDir: string;
  /** Deposit log folder (never re-assign a DOI it shows). */
  depositsDir: string;
  /** Test hook: fail after the outputs are written and before the record is (a killed run). */
  failBeforeRecord?: boolean;
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
  // The print worker loads while the profile, the record and the articles are read.
  startPrintWorker();
  void loadPdfRenderer();
  const loaded = loadProfile(options.profileFile);
  if (!loaded.profile) return fail(loaded.diagnostics.items);
  const profile = loaded.profile;
  const parsed = loadIssueFile(issueFile, profile.languages);
  if (!parsed.issue) return fail(parsed.diagnostics.items);
  const issue = parsed.issue;
  const issueDir = join(resolve(options.distDir), 'issues', issue.id);
  // The previous build's outputs are a cache (reused when nothing changed); DOIs and folios come from the record.
  const previous = options.force ? undefined : readManifest(issueDir);
  const journal = loadJournalRecord(profile, { articlesDir: issue.articlesDir, depositsDir: options.depositsDir });

  const firstPage = resolveFirstPage(issue, journal);
  if (typeof firstPage !== 'number') return fail([firstPage]);

  let opened: PdfPrinter | undefined;
  const printer = () => (opened ??= openPrinter(profile));
  try {
    // Every issue build prints (its front matter at least): Chromium launches while the articles are prepared.
    printer();
    const collected = collectIssueArticles(issue, profile, journal);
    const collectedDiagnostics = applySeverities(collected.diagnostics, profile.rules);
    if (hasErrors(collectedDiagnostics)) return fail(collectedDiagnostics);

    const ctx: RenderContext = { profile, clock: fixedClock(new Date(`${issue.published}T00:00:00Z`)) };
    const shared = sharedInputsHash(profile);
    const inputHashes = new Map(collected.articles.map(({ article: a }) => [a.id, sha256(shared + hashTree([a.dir]) + JSON.stringify([a.meta.doi, issue.volume, issue.number, issue.year, a.meta.history.published]))]));
    const recorded = new Map(collected.articles.flatMap(({ article: a }) => {
      const record = journal.articles.get(a.id);
      return record?.issue === issue.id && record.pages ? [[a.id, record.pages] as const] : [];
    }));
    const { rendered, refoliated } = await renderIssueArticles({
      articles: collected.articles.map((c) => c.article),
      inputHashes,
      previous: new Map((previous?.articles ?? []).map((a) => [a.id, a])),
      recorded,
      previousOutputs: (id) => readOutputs(join(issueDir, id)),
      firstPage,
      rectoStart: issue.rectoStart ?? profileRectoStart(profile),
      force: options.force ?? false,
      ctx,
      printer,
      onProgress: options.onProgress,
    });
    // The final stage once more at the final folios: its article is what the record and the batch carry.
    const finals = collected.articles.map((c, i) => finalizeArticle(c.source, profile, journal, { ...c.decision, pages: { first: rendered[i].placement.first, last: rendered[i].placement.last } }));
    const diagnostics = applySeverities(
      [
        ...collected.diagnostics.filter((d) => !collected.articles.some((c) => c.diagnostics.includes(d))),
        ...finals.flatMap((f) => f.diagnostics),
        ...rendered.flatMap((r) => r.diagnostics),
        ...pagesDiffer(collected.articles.map((c) => c.source), rendered),
        ...foliosChanged(journal, issue, rendered.map((r) => r.placement)),
      ],
      profile.rules,
    );
    if (hasErrors(diagnostics)) return fail(diagnostics);
    const articles = finals.map((f) => f.article);
    const toc = tocModel(issue, profile, new Map(articles.map((a) => [a.id, a])), new Map(rendered.map((r) => [r.article.id, r.placement])));
    const front = await printIssueFront(toc, profile, printer());
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
    // A batch that fails its schema is never written: its problems are placed in the sources that made the text.
    const batchName = `dist/issues/${issue.id}/${issue.id}.crossref.xml`;
    const batchProblems = validateRemembered(profile, 'crossref-valid', batch, [crossrefSchemaDir(profile)], () => validateCrossrefXml(batch, profile, batchName));
    diagnostics.push(...positionsInSource(batchProblems, [{ name: batchName, text: batch }], articles.flatMap(sourceTexts), issue.file));
    // eLIBRARY, DOAJ, OJS as the profile's `exports:` asks (src/issue/exports.ts).
    const exported = exportsForIssue(issue, profile, articles, rendered.map((r) => ({ id: r.article.id, last: r.placement.last, outputs: r.outputs })), firstPage);
    diagnostics.push(...exported.diagnostics);
    if (hasErrors(diagnostics)) return { ...fail(diagnostics) };

    const files: OutputFile[] = [
      ...rendered.flatMap((r) => r.outputs.map((o) => ({ path: `${r.article.id}/${o.path}`, data: o.data }))),
      { path: 'index.html', data: renderTocHtml(toc, profile) },
      { path: 'toc.css', data: readFileSync(join(profile.templates.find((t) => existsSync(join(t, 'issue/toc.css')))!, 'issue/toc.css')) },
      // The contents page sets its text in the journal's fonts, the files the article pages ship.
      ...htmlAssets(ctx).filter((f) => f.path.startsWith('assets/fonts')),
      { path: 'toc.pdf', data: front.pdf },
      { path: `${issue.id}.pdf`, data: issuePdf.pdf },
      { path: `${issue.id}.crossref.xml`, data: batch },
      ...exported.files,
    ];
    const manifest: IssueManifest = {
      galley: 'galley-issue-manifest/1',
      issue: { id: issue.id, volume: issue.volume, number: issue.number, year: issue.year, published: issue.published },
      firstPage,
      lastPage: rendered.length ? rendered[rendered.length - 1].placement.last : firstPage - 1,
      articles: rendered.map((r) => ({
        ...r.placement,
        doi: r.article.meta.doi!,
        doiAssigned: collected.articles.find((c) => c.article.id === r.article.id)?.decision.doiOrigin === 'assigned',
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
    if (options.failBeforeRecord) throw new Error('injected failure before the record is written');
    writeIssueRecord(journal, issue, firstPage, articles, rendered.map((r) => r.placement), collected.articles.map((c) => c.decision));
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
    if (opened) await opened.close();
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

/** The first page: given, or the page after the previous issue of the volume ends (as the record has it). */
function resolveFirstPage(issue: IssueSpec, journal: JournalRecord): number | Diagnostic {
  if (typeof issue.firstPage === 'number') return issue.firstPage;
  const previousNumber = String(Number(issue.number) - 1);
  const before = [...journal.issues.values()].find((b) => b.volume === issue.volume && b.number === previousNumber);
  if (before) return before.lastPage + 1;
  if (Number(issue.number) === 1) return 1;
  return diagnostic('issue-first-page', `Unexpected \`first-page: continue\` without issue ${issue.volume}(${previousNumber}) in the record, expected that issue built first or a page number`, { file: issue.file, line: 1, column: 1 });
}

/** Articles of this issue whose recorded folios the rebuild moved (a correction changed a page count before them). */
function foliosChanged(journal: JournalRecord, issue: IssueSpec, placements: Placement[]): Diagnostic[] {
  return placements.flatMap((p) => {
    const record = journal.articles.get(p.id);
    if (record?.issue !== issue.id || !record.pages || (record.pages.first === p.first && record.pages.last === p.last)) return [];
    return [
      diagnostic(
        'record-folios-changed',
        `Unexpected pages ${p.first}–${p.last} for ${p.id}, expected ${record.pages.first}–${record.pages.last} as the record has them (published folios moved: the record is updated; deposit the articles again)`,
        record.positions.pages ?? { file: record.file, line: 1, column: 1 },
      ),
    ];
  });
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
