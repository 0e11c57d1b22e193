// The layout document names the article's elements before paged.js does.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserPool } from '../../src/pdf/browser.js';
import { layOut, pagedjsDir } from '../../src/pdf/layout-document.js';

const dir = mkdtempSync(join(tmpdir(), 'galley-layout-doc-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const article = (body: string) =>
  '<!DOCTYPE html><html><head><meta charset="utf-8"><style>@page { size: 100mm 60mm; margin: 10mm; } p { margin: 0; }</style></head>' +
  `<body>${body}</body></html>`;

describe('layOut', () => {
  let pool: BrowserPool;
  beforeAll(async () => {
    pool = await BrowserPool.open({ concurrency: 1 });
  }, 60_000);
  afterAll(async () => {
    await pool?.close();
  });

  it('gives each element of the article a running data-ref in document order, keeping one the source has and never repeating it, article after article', async () => {
    const first = join(dir, 'first.html');
    writeFileSync(first, article(`<section><h2>Head</h2><p>One <em>two</em></p></section><p data-ref="kept">Three</p><p data-ref="g6">Taken</p>${'<p>more text</p>'.repeat(30)}`));
    const second = join(dir, 'second.html');
    writeFileSync(second, article('<p>Again <em>here</em></p>'));
    const refs = await pool.withPage([dir, pagedjsDir], async ({ page }) => {
      const read = () =>
        page.evaluate(() => {
          const source = (document.querySelector('template[data-ref="pagedjs-content"]') as HTMLTemplateElement).content;
          const pages = document.querySelectorAll('.pagedjs_page').length;
          const laidOut = Array.from(document.querySelectorAll('.pagedjs_page_content em, .pagedjs_page_content section'), (el) => el.getAttribute('data-ref'));
          return { source: Array.from(source.querySelectorAll('*'), (el) => `${el.tagName.toLowerCase()}=${el.getAttribute('data-ref')}`), pages, laidOut };
        });
      await layOut(page, first, { hyphenGlyph: '-' });
      const a = await read();
      await layOut(page, second, { hyphenGlyph: '-' });
      return [a, await read()];
    });
    expect(refs[0].source.slice(0, 8)).toEqual(['section=g1', 'h2=g2', 'p=g3', 'em=g4', 'p=kept', 'p=g6', 'p=g5', 'p=g7']);
    expect(refs[0].source).toHaveLength(36);
    expect(new Set(refs[0].source).size).toBe(36);
    // The pages are built from those elements: paged.js kept the names.
    expect(refs[0].pages).toBeGreaterThan(1);
    expect(refs[0].laidOut).toEqual(['g1', 'g4']);
    expect(refs[1].source).toEqual(['p=g1', 'em=g2']);
    expect(refs[1].laidOut).toEqual(['g2']);
  }, 60_000);

  it('lays the pages out one after the other without waiting for an animation frame between them', async () => {
    const file = join(dir, 'frames.html');
    writeFileSync(file, article('<p>more text</p>'.repeat(60)));
    const seen = await pool.withPage([dir, pagedjsDir], async ({ page }) => {
      await layOut(page, file, { hyphenGlyph: '-' }); // the page becomes a layout document
      await page.evaluate(() => {
        const w = window as unknown as { frames: number };
        w.frames = 0;
        const count = () => {
          w.frames += 1;
          requestAnimationFrame(count);
        };
        requestAnimationFrame(count);
      });
      await layOut(page, file, { hyphenGlyph: '-' });
      return page.evaluate(() => ({ frames: (window as unknown as { frames: number }).frames, pages: document.querySelectorAll('.pagedjs_page').length }));
    });
    expect(seen.pages).toBeGreaterThan(5);
    // paged.js on its own waits for one frame per page; what is left is the frame or two before the layout starts.
    expect(seen.frames).toBeLessThan(seen.pages / 2);
  }, 60_000);

  it('hands paged.js the tree that serialising and parsing the body again would give', async () => {
    const body =
      '<p>Soft\u00ADhyphen&nbsp;and &amp; &lt;b&gt; <em>em</em> <span class="f-x">A</span>B</p>' +
      '<table><caption>C</caption><thead><tr><th colspan="2">H</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>' +
      '<figure class="figure"><svg viewBox="0 0 10 10" xmlns="http://www.w3.org/2000/svg"><text x="1" y="5">t</text></svg><figcaption>F</figcaption></figure>' +
      '<p><math><mi>x</mi><mo>=</mo><mn>2</mn></math></p><pre>\nline</pre><ol start="3"><li>item</li></ol>';
    const file = join(dir, 'tree.html');
    const html = article(body);
    writeFileSync(file, html);
    const same = await pool.withPage([dir, pagedjsDir], async ({ page }) => {
      await layOut(page, file, { hyphenGlyph: '-' });
      // Once the page is a layout document: the content as paged.js receives it, before its handlers change it.
      await page.evaluate(() => {
        const w = window as unknown as { Paged: { Previewer: { prototype: { preview: (content: DocumentFragment) => Promise<void> } } }; captured?: Node };
        w.Paged.Previewer.prototype.preview = async (content) => {
          w.captured = content.cloneNode(true);
        };
      });
      await layOut(page, file, { hyphenGlyph: '-' });
      return page.evaluate((source) => {
        const laidIn = (window as unknown as { captured: DocumentFragment }).captured;
        for (const el of laidIn.querySelectorAll('[data-ref]')) el.removeAttribute('data-ref');
        const doc = new DOMParser().parseFromString(source, 'text/html');
        for (const el of doc.querySelectorAll('style')) el.remove();
        const reparsed = document.createElement('template');
        reparsed.innerHTML = doc.body.innerHTML;
        return { equal: laidIn.isEqualNode(reparsed.content), elements: laidIn.querySelectorAll('*').length };
      }, html);
    });
    expect(same).toEqual({ equal: true, elements: 24 });
  }, 60_000);
});
