// The back matter of the print galley for lindqvist-2017: after the text and
// before the references, each statement under its heading, hyphenated text.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/model/types.js';
import { prepareArticle } from '../../../src/pipeline/prepare.js';
import { renderPrintHtml } from '../../../src/render/print/index.js';
import { repoRoot, testContext } from '../html/helpers.js';

const ctx = testContext();
const lindqvist = (): Article => {
  const { article, diagnostics } = prepareArticle(join(repoRoot, 'article/lindqvist-2017-railway-time'), ctx.profile);
  if (!article) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  return article;
};
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\u00AD/g, '').replace(/\s+/g, ' ').trim();
const section = (html: string, kind: string) => {
  const start = html.indexOf(`<section class="back-matter back-matter-${kind}">`);
  if (start < 0) throw new Error(`no ${kind}`);
  return html.slice(start, html.indexOf('</section>', start));
};

describe('print back matter of lindqvist-2017', () => {
  const html = renderPrintHtml(lindqvist(), ctx);

  it('comes after the text and before the reference lists', () => {
    const at = html.indexOf('class="back-matter ');
    expect(at).toBeGreaterThan(html.indexOf('<div class="body">'));
    expect(at).toBeLessThan(html.indexOf('class="references'));
  });

  it('prints each statement under its heading', () => {
    expect(text(section(html, 'funding'))).toBe('Funding Swedish Research Council, grant 2016-01987');
    expect(text(section(html, 'author-notes'))).toContain('Corresponding author: Ingrid Lindqvist, i.lindqvist@example.org');
    expect(text(section(html, 'conflict-of-interest'))).toBe('Conflict of interest The author declares no conflict of interest. Автор заявляет об отсутствии конфликта интересов.');
    expect(text(section(html, 'supplementary'))).toMatch(/^Supplementary material Supplementary file 1 \(supplementary\/station-offsets\.csv\): Railway time minus local mean time/);
    expect(text(section(html, 'contributions'))).toBe('Author contributions (CRediT) Ingrid Lindqvist: Conceptualization, Investigation, Formal Analysis, Visualization, Writing – original draft');
  });

  it('hyphenates the statements like the body text', () => {
    expect(section(html, 'acknowledgements')).toContain('\u00AD');
  });
});
