// Renders the requested galleys of one article and validates each output
// before anything is written.
import type { Diagnostic } from '../checks/diagnostic.js';
import { checkDoiConsistency, otherDoisOf } from '../checks/doi-consistency.js';
import { schemaDiagnostics } from '../checks/schema-diagnostics.js';
import { preloadSchemasOnWorker, startSchemaWorker, validateJatsAsync } from '../checks/xml/on-worker.js';
import type { Article } from '../model/types.js';
import type { RenderContext } from '../render/context.js';
import type { Profile } from '../profile/types.js';
import { buildHead, renderCrossref } from '../render/crossref/index.js';
import { crossrefSchemaFiles, validateCrossrefXmlAsync } from '../render/crossref/validate-async.js';
import { htmlAssets, renderHtmlChecked } from '../render/html/index.js';
import { renderJats } from '../render/jats/index.js';
import type { PdfPrinter } from '../pdf/print-job.js';
import type { PdfRender } from '../pdf/render-pdf.js';
import { figureFiles } from './figures.js';
import { supplementaryFiles } from './supplementary.js';
import { xmpPacket } from './xmp-packet.js';
import { validateRememberedAsync } from './verdict-cache.js';
import { crossrefSchemaDir } from '../profile/load.js';
import { readFileSync } from 'node:fs';
import { cacheDir, hasCachedEntries } from '../util/disk-cache.js';
import { dirname, join, resolve } from 'node:path';
import { positionsInSource, type SourceText } from './output-positions.js';
import type { GalleyName, OutputFile } from './types.js';
import { atFolios } from './final-article.js';

export interface GalleyResult {
  article: Article;
  outputs: OutputFile[];
  diagnostics: Diagnostic[];
  /** Pages of the print PDF, when it was rendered. */
  pageCount?: number;
}

/**
 * The PDF goes first: its page count may fill in the last page, which every
 * other galley (citation blocks, JATS lpage, Crossref pages) must then carry.
 */
// The PDF modules, loaded once. A build that wants a PDF starts loading them when it
// starts: loaded here on first use, the wait let the next article of a batch be
// prepared (~0.3 s) before the first one's print job went out.
let pdfRenderer: Promise<typeof import('../pdf/render-pdf.js')> | undefined;
export function loadPdfRenderer(): Promise<typeof import('../pdf/render-pdf.js')> {
  return (pdfRenderer ??= import('../pdf/render-pdf.js'));
}

export async function renderGalleys(
  article: Article,
  ctx: RenderContext,
  galleys: readonly GalleyName[],
  printer: () => PdfPrinter,
): Promise<GalleyResult> {
  const outputs: OutputFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const id = article.id;
  let pageCount: number | undefined;

  // Chromium lays out in its own processes (driven from the print worker): when the
  // folios are known the PDF renders while this thread writes the text galleys.
  let pdfWork: Promise<PdfRender> | undefined;
  // The PDF modules load only when a PDF is asked for; renderPdf hands its job to the
  // printer before it returns, so the layout starts before the text galleys are made.
  // A browser that cannot start (none installed) is a diagnostic like any layout failure.
  if (galleys.includes('pdf')) {
    const { renderPdf } = await loadPdfRenderer();
    const { first, last } = article.meta.pages;
    if (first !== undefined && last === undefined) {
      // Two passes: the computed last page changes the citation block on page 1.
      const draft = await renderPdf(article, ctx, printer(), { draft: true });
      article = atFolios(article, ctx.profile, { first, last: first + draft.pageCount - 1 });
    }
    pdfWork = renderPdf(article, ctx, printer());
  }

  const texts: { name: string; text: string }[] = [];
  // Schema checks run on the validation worker while this thread renders the next
  // galley; their diagnostics keep their place (JATS before HTML).
  let jatsCheck: Promise<Diagnostic[]> | undefined;
  const jatsAt = diagnostics.length;
  if (galleys.includes('jats')) {
    const xml = renderJats(article, ctx);
    const file = join(article.dir, `${id}.jats.xml`);
    const { jatsVersion, jats } = ctx.profile.schemas;
    jatsCheck = validateRememberedAsync(ctx.profile, 'jats-valid', xml, [jats], async () =>
      schemaDiagnostics('jats-schema', await validateJatsAsync(xml, { version: jatsVersion, dtdDir: jats, fileName: file }), `dist/${id}/${id}.jats.xml`),
    );
    outputs.push({ path: `${id}.jats.xml`, data: xml });
    texts.push({ name: `${id}.jats.xml`, text: xml });
  }
  if (galleys.includes('html')) {
    const { html, diagnostics: htmlDiagnostics } = renderHtmlChecked(article, ctx);
    diagnostics.push(...htmlDiagnostics);
    outputs.push({ path: 'index.html', data: html }, ...htmlAssets(ctx));
    texts.push({ name: 'index.html', text: html });
  }
  let crossrefCheck: Promise<Diagnostic[]> | undefined;
  if (galleys.includes('crossref')) {
    const xml = renderCrossref([article], ctx, buildHead([article], ctx.clock));
    crossrefCheck = validateRememberedAsync(ctx.profile, 'crossref-valid', xml, [crossrefSchemaDir(ctx.profile)], () => validateCrossrefXmlAsync(xml, ctx.profile, `dist/${id}/${id}.crossref.xml`));
    outputs.push({ path: `${id}.crossref.xml`, data: xml });
    texts.push({ name: `${id}.crossref.xml`, text: xml });
  }
  if (jatsCheck) diagnostics.splice(jatsAt, 0, ...(await jatsCheck));
  if (crossrefCheck) diagnostics.push(...(await crossrefCheck));
  if (pdfWork) {
    const pdf = await pdfWork;
    diagnostics.push(...pdf.diagnostics);
    pageCount = pdf.pageCount;
    outputs.unshift({ path: `${id}.pdf`, data: pdf.pdf });
  }
  if (galleys.includes('html') || galleys.includes('pdf')) outputs.push(...figureFiles(article));
  // A supplementary file may also be a figure: one copy.
  if (galleys.includes('html') || galleys.includes('jats')) outputs.push(...supplementaryFiles(article).filter((f) => !outputs.some((o) => o.path === f.path)));
  const pdf = outputs.find((o) => o.path === `${id}.pdf`);
  const xmp = pdf ? xmpPacket(pdf.data as Uint8Array) : undefined;
  if (xmp) texts.push({ name: `${id}.pdf (XMP)`, text: xmp });
  if (article.meta.doi) {
    const labels = Object.values(ctx.profile.citationBlock).map((c) => c.label);
    const named = texts.map((t) => ({ ...t, name: `dist/${id}/${t.name}` }));
    diagnostics.push(...checkDoiConsistency(article.meta.doi, named, { labels, rules: ctx.profile.rules, otherDois: otherDoisOf(article.meta) }));
  }
  return { article, outputs, diagnostics: positionsInSource(diagnostics, namedTexts(id, texts), sourceTexts(article), article.file), pageCount };
}

const namedTexts = (id: string, texts: { name: string; text: string }[]) => texts.map((t) => ({ ...t, name: `dist/${id}/${t.name}` }));

/** The article source and its bibliography, where output problems are traced to. */
export function sourceTexts(article: Article): SourceText[] {
  const read = (file: string) => {
    try {
      return [{ file, text: readFileSync(file, 'utf8') }];
    } catch {
      return [];
    }
  };
  return [...read(article.file), ...(article.bibliographyFile ? read(article.bibliographyFile) : [])];
}

/**
 * The validated galleys of a build that need their schema: JATS or Crossref
 * without a remembered verdict of that kind in the cache (a warm build may need
 * no schema at all, and loading one anyway costs it half a second).
 */
function schemasNeeded(cacheRoot: string, galleys: readonly GalleyName[]): { jats: boolean; crossref: boolean } {
  const dir = cacheDir(cacheRoot);
  return {
    jats: galleys.includes('jats') && !hasCachedEntries(dir, 'jats-valid'),
    crossref: galleys.includes('crossref') && !hasCachedEntries(dir, 'crossref-valid'),
  };
}

/** Start the validation worker before the profile is read when the build will need a schema. */
export function startValidation(profileFile: string, galleys: readonly GalleyName[]): void {
  const needed = schemasNeeded(dirname(resolve(profileFile)), galleys);
  if (needed.jats || needed.crossref) startSchemaWorker();
}

/** Have the validation worker load the schemas the build will need, before the first article is ready. */
export function preloadValidation(profile: Profile, galleys: readonly GalleyName[]): void {
  const { jatsVersion, jats } = profile.schemas;
  const needed = schemasNeeded(profile.root, galleys);
  const jatsSchema = needed.jats ? { version: jatsVersion, dtdDir: jats } : undefined;
  const xsd = needed.crossref ? crossrefSchemaFiles(profile) : undefined;
  if (jatsSchema || xsd) preloadSchemasOnWorker({ jats: jatsSchema, xsd });
}
