// Render every article of an issue at its final folios, reusing what an
// earlier build already made when neither the inputs nor the folios changed.
//
// Page counts decide folios and folios feed back into page 1 (the citation
// block), so: (A) render changed articles at provisional folios to learn their
// page counts, (B) assign folios, (C) re-render only articles whose folios
// moved, repeating while a page count still changes.
import type { Diagnostic } from '../checks/diagnostic.js';
import type { Article } from '../model/types.js';
import type { PdfPrinter } from '../pdf/print-job.js';
import { renderGalleys } from '../pipeline/galleys.js';
import { atFolios } from '../pipeline/final-article.js';
import type { OutputFile } from '../pipeline/types.js';
import type { RenderContext } from '../render/context.js';
import type { ManifestArticle } from './manifest.js';
import { assignPages } from './paginate.js';
import type { Placement } from './types.js';

export interface RenderedArticle {
  article: Article;
  placement: Placement;
  pageCount: number;
  outputs: OutputFile[];
  diagnostics: Diagnostic[];
  status: SettledStatus;
}

/** Why an article's final galleys are what they are: its inputs changed, only its folios moved, or nothing did. */
export type SettledStatus = 'changed' | 'moved' | 'reused';

export type ProgressEvent =
  /** The plan, before any work: how many articles are laid out and how many reused. */
  | { phase: 'plan'; total: number; ids: string[]; toRender: number; reused: number }
  /** One layout done (at provisional or final folios), or one article reused. */
  | { phase: 'layout' | 'final' | 'reused'; id: string; index: number; total: number; pages?: string; ms?: number }
  /** The article's final folios are known: every article before it and itself are laid out at theirs. */
  | { phase: 'settled'; id: string; index: number; total: number; pages: string; status: SettledStatus; ms: number };

export interface RenderIssueInput {
  articles: Article[];
  inputHashes: Map<string, string>;
  previous: Map<string, ManifestArticle>;
  /** Folios the journal's record holds for this issue: the first guess on a fresh clone. */
  recorded: Map<string, { first: number; last: number }>;
  /** Outputs of the previous build, per article, for reuse. */
  previousOutputs: (id: string) => OutputFile[] | undefined;
  firstPage: number;
  rectoStart: boolean;
  force: boolean;
  ctx: RenderContext;
  printer: () => PdfPrinter;
  onProgress?: (event: ProgressEvent) => void;
}

interface Attempt {
  first: number;
  last: number;
  pageCount: number;
  outputs: OutputFile[];
  diagnostics: Diagnostic[];
  reused: boolean;
}

// The page-count check compares against the folios we asked for; at
// provisional folios a mismatch is expected and says nothing.
const provisionalNoise = new Set(['pdf-page-count']);

export async function renderIssueArticles(input: RenderIssueInput): Promise<{ rendered: RenderedArticle[]; refoliated: string[] }> {
  const { articles, ctx } = input;
  const total = articles.length;
  const attempts = new Map<string, Attempt>();

  const spent = new Map<string, number>();
  const settled = new Set<string>();
  const changed = new Set<string>();
  const render = async (article: Article, index: number, first: number, last: number, phase: 'layout' | 'final'): Promise<Attempt> => {
    const started = performance.now();
    const result = await renderGalleys(atFolios(article, ctx.profile, { first, last }), ctx, ['pdf', 'jats', 'html', 'crossref'], input.printer);
    const pageCount = result.pageCount ?? last - first + 1;
    const ms = performance.now() - started;
    spent.set(article.id, (spent.get(article.id) ?? 0) + ms);
    input.onProgress?.({ id: article.id, index, total, phase, pages: `${first}–${first + pageCount - 1}`, ms });
    return { first, last, pageCount, outputs: result.outputs, diagnostics: result.diagnostics, reused: false };
  };
  // Announce, in print order, each article whose own and earlier page counts are final.
  const announceSettled = () => {
    if (!input.onProgress) return;
    const known = articles.findIndex((a) => !attempts.has(a.id));
    const prefix = articles.slice(0, known < 0 ? total : known);
    const placed = assignPages(prefix.map((a) => ({ id: a.id, pageCount: attempts.get(a.id)!.pageCount })), input.firstPage, input.rectoStart);
    for (const [index, p] of placed.entries()) {
      const a = attempts.get(p.id)!;
      if (a.first !== p.first || a.last !== p.last) return;
      if (settled.has(p.id)) continue;
      settled.add(p.id);
      const status: SettledStatus = a.reused ? 'reused' : changed.has(p.id) ? 'changed' : 'moved';
      input.onProgress({ phase: 'settled', id: p.id, index, total, pages: `${p.first}–${p.last}`, status, ms: spent.get(p.id) ?? 0 });
    }
  };

  // (A) learn page counts; unchanged articles keep their previous result.
  let guessFirst = input.firstPage;
  const provisional = articles.map((article) => {
    const prev = input.previous.get(article.id);
    const reusable = !input.force && prev && prev.inputHash === input.inputHashes.get(article.id) && input.previousOutputs(article.id);
    // Best guesses: the last build's count, else the record's folios, else the pages the source names.
    const recorded = input.recorded.get(article.id);
    const { first: srcFirst, last: srcLast } = recorded ?? article.meta.pages;
    const count = prev?.pageCount ?? (srcFirst !== undefined && srcLast !== undefined ? srcLast - srcFirst + 1 : 1);
    const first = prev?.first ?? recorded?.first ?? guessFirst;
    guessFirst = first + count;
    if (!reusable) changed.add(article.id);
    return { article, prev, reusable, first, last: first + count - 1 };
  });
  input.onProgress?.({ phase: 'plan', total, ids: articles.map((a) => a.id), toRender: changed.size, reused: total - changed.size });
  await Promise.all(
    provisional.map(async ({ article, prev, reusable, first, last }, index) => {
      if (reusable && prev) {
        attempts.set(article.id, { first: prev.first, last: prev.last, pageCount: prev.pageCount, outputs: input.previousOutputs(article.id)!, diagnostics: [], reused: true });
        input.onProgress?.({ id: article.id, index, total, phase: 'reused', pages: `${prev.first}–${prev.last}` });
      } else attempts.set(article.id, await render(article, index, first, last, 'layout'));
      announceSettled();
    }),
  );

  // (B)+(C) assign folios; re-render what moved until page counts settle.
  // A layout that failed (no browser, a timeout) is not retried at other folios.
  const failed = () => [...attempts.values()].some((a) => a.diagnostics.some((d) => d.severity === 'error' && !provisionalNoise.has(d.rule)));
  let placements: Placement[] = [];
  for (let round = 0; round < 4; round++) {
    placements = assignPages(articles.map((a) => ({ id: a.id, pageCount: attempts.get(a.id)!.pageCount })), input.firstPage, input.rectoStart);
    const moved = placements.filter((p) => {
      const a = attempts.get(p.id)!;
      return a.first !== p.first || a.last !== p.last;
    });
    if (!moved.length || failed()) break;
    await Promise.all(
      moved.map(async (p) => {
        const index = articles.findIndex((a) => a.id === p.id);
        attempts.set(p.id, await render(articles[index], index, p.first, p.last, 'final'));
        announceSettled();
      }),
    );
  }

  const refoliated: string[] = [];
  const rendered = articles.map((article, i) => {
    const attempt = attempts.get(article.id)!;
    const placement = placements[i];
    const prev = input.previous.get(article.id);
    const before = input.recorded.get(article.id) ?? prev;
    const moved = before !== undefined && (before.first !== placement.first || before.last !== placement.last);
    if (moved) refoliated.push(article.id);
    return {
      article: atFolios(article, ctx.profile, { first: placement.first, last: placement.last }),
      placement,
      pageCount: attempt.pageCount,
      outputs: attempt.outputs,
      diagnostics: attempt.diagnostics.filter((d) => !provisionalNoise.has(d.rule) || (attempt.first === placement.first && attempt.last === placement.last)),
      status: attempt.reused ? 'reused' : changed.has(article.id) ? 'changed' : 'moved',
    } satisfies RenderedArticle;
  });
  return { rendered, refoliated };
}
