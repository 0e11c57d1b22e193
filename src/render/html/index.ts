// The HTML galley: dist/<id>/index.html, the journal-site article page.
// Templates frame the page (templates/html/); the body goes through one
// handler per node type (block.ts, inline.ts); escaping only via xml-escape.ts.
import type { Diagnostic } from '../../checks/diagnostic.js';
import type { Article } from '../../model/types.js';
import type { RenderContext } from '../context.js';
import { bindArticle } from '../no-break.js';
import { loadFormatTemplates } from '../templates.js';
import { cacheDir } from '../../util/disk-cache.js';
import { escapeHtml } from '../xml-escape.js';
import { loadLabels } from './labels.js';
import { createState } from './state.js';
import { pageView } from './view.js';

export { htmlAssets } from './assets.js';
export { htmlAssetPaths } from './asset-paths.js';

export interface HtmlRender {
  html: string;
  /** Problems found while rendering (unknown nodes, unsafe links, citations with no entry …). */
  diagnostics: Diagnostic[];
}

/** The page and what rendering it found; the build should report the diagnostics. */
export function renderHtmlChecked(source: Article, ctx: RenderContext): HtmlRender {
  // No-break spaces in the running text (`Д.\u00A0476`, `340\u00A0p.`), as in print; metadata stays as written.
  const article = bindArticle(source);
  const state = createState(article, ctx.profile, loadLabels(ctx.profile.templates, ctx.profile.labels));
  const view = pageView(article, state);
  const templates = loadFormatTemplates(ctx.profile.templates, 'html', escapeHtml, () => {}, { cacheDir: cacheDir(ctx.profile.root) });
  return { html: templates.render('article', view), diagnostics: state.diagnostics.items };
}

export function renderHtml(article: Article, ctx: RenderContext): string {
  return renderHtmlChecked(article, ctx).html;
}
