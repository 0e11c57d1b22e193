// Writes what the build would put in dist/<id>/ for the HTML galley, into a temp folder.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Article, Block } from '../../../src/model/types.js';
import type { RenderContext } from '../../../src/render/context.js';
import { htmlAssets, renderHtmlChecked } from '../../../src/render/html/index.js';

export function writeHtmlGalley(article: Article, ctx: RenderContext): { dir: string; html: string; diagnostics: ReturnType<typeof renderHtmlChecked>['diagnostics'] } {
  const dir = mkdtempSync(join(tmpdir(), 'galley-html-'));
  const { html, diagnostics } = renderHtmlChecked(article, ctx);
  const files = [{ path: 'index.html', data: html as string | Uint8Array }, ...htmlAssets(ctx)];
  const walk = (blocks: Block[]) => {
    for (const b of blocks) {
      if (b.type === 'figure') files.push({ path: b.src, data: readFileSync(b.file) });
      else if (b.type === 'section' || b.type === 'blockquote') walk(b.children);
      else if (b.type === 'list') b.items.forEach(walk);
    }
  };
  walk(article.body);
  for (const file of files) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.data);
  }
  return { dir, html, diagnostics };
}
