// The print galley's HTML: the journal's page layout as HTML + CSS for paged.js
// (templates/print/). Typography (hyphenation, no-break spaces, quotes) is
// applied to the text first; the body goes through one handler per node type.
import type { Diagnostic } from '../../checks/diagnostic.js';
import type { Article } from '../../model/types.js';
import { printSettings } from '../../pdf/print-profile.js';
import type { RenderContext } from '../context.js';
import { loadLabels } from '../html/labels.js';
import { loadFormatTemplates } from '../templates.js';
import { cacheDir } from '../../util/disk-cache.js';
import { escapeHtml } from '../xml-escape.js';
import { createPrintState, type PrintState } from './state.js';
import { printStylesFields } from './field-spans.js';
import { figureFonts } from './svg/figure-fonts.js';
import { typesetArticle } from './typeset-article.js';
import { printView } from './view.js';

export interface PrintHtmlRender {
  html: string;
  /** Nodes the layout cannot show, footnote calls without a note … */
  diagnostics: Diagnostic[];
}

/** @throws PrintProfileError when the profile's `print:` section is invalid (report its diagnostics). */
export function renderPrintHtmlChecked(article: Article, ctx: RenderContext): PrintHtmlRender {
  const print = printSettings(ctx.profile);
  const typeset = typesetArticle(article, print);
  const lang = article.meta.lang;
  // The body's words come from the same label tables as the HTML galley's.
  const labels = loadLabels(ctx.profile.templates, ctx.profile.labels);
  const state: PrintState = {
    ...createPrintState(typeset.footnotes, article.file, lang, { appendix: labels.get(lang, 'appendix'), appendixLetters: labels.get(lang, 'appendix-letters') }),
    labels,
    figureFonts: figureFonts(print),
    fieldSpans: printStylesFields(ctx.profile.templates),
  };
  const view = printView(typeset, ctx.profile, print, state);
  const templates = loadFormatTemplates(ctx.profile.templates, 'print', escapeHtml, () => {}, { cacheDir: cacheDir(ctx.profile.root) });
  return { html: templates.render('article', view), diagnostics: state.diagnostics };
}

/** Self-contained print HTML (fonts and figures by file:// URL); paged.js is added by the PDF runner. */
export function renderPrintHtml(article: Article, ctx: RenderContext): string {
  return renderPrintHtmlChecked(article, ctx).html;
}
