// Render every article of an issue at its final folios, reusing what an
// earlier build already made when neither the inputs nor the folios changed.
//
// Page counts decide folios and folios feed back into page 1 (the citation
// block), so: (A) render changed articles at provisional folios to learn their
// page counts, (B) assign folios, (C) re-render only articles whose folios
// moved, repeating while a page count still changes.
import type { Diagnostic } from '../checks/diagnostic.js';
import type { Article } from '../model/types.js';
import type { BrowserPool } from '../pdf/browser.js';
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
  status: 'rendered' | 'reused' | 'refoliated';
}

export interface ProgressEvent {
  id: string;
  index: number;
  total: number;
  phase: 'layout' | 'final' | 'reused';
  pages?: string;
  ms?: number;
}

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
  browser: () => Promise<BrowserPool>;
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

  const render = async (article: Article, index: number, first: number, last: number, phase: ProgressEvent['phase']): Promise<Attempt> => {
    const started = performance.now();
    const result = await renderGalleys(atFolios(article, ctx.profile, { first, last }), ctx, ['pdf', 'jats', 'html', 'crossref'], input.browser);
    const pageCount = result.pageCount ?? last - first + 1;
    input.onProgress?.({ id: article.id, index, total, phase, pages: `${first}–${first + pageCount - 1}`, ms: performance.now() - started });
    return { first, last, pageCount, outputs: result.outputs, diagnostics: result.diagnostics, reused: false };
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
    return { article, prev, reusable, first, last: first + count - 1 };
  });
  await Promise.all(
    provisional.map(async ({ article, prev, reusable, first, last }, index) => {
      if (reusable && prev) {
        attempts.set(article.id, { first: prev.first, last: prev.last, pageCount: prev.pageCount, outputs: input.previousOutputs(article.id)!, diagnostics: [], reused: true });
        input.onProgress?.({ id: article.id, index, total, phase: 'reused', pages: `${prev.first}–${prev.last}` });
      } else attempts.set(article.id, await render(article, index, first, last, 'layout'));
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
      status: attempt.reused ? 'reused' : moved ? 'refoliated' : 'rendered',
    } satisfies RenderedArticle;
  });
  return { rendered, refoliated };
}
