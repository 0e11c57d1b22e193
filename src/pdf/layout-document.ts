// One layout document per pool page, kept from article to article. A
// navigation per article cost a new document, paged.js parsed and run again,
// every print font fetched through the request gate and decoded again (32
// files for the two families), and Chromium laying out the whole unpaged
// article before paged.js threw that layout away. Here paged.js and Galley's
// handlers are loaded once; each article's print HTML is parsed inertly
// (DOMParser: nothing rendered, nothing fetched) and handed to a new paged.js
// Previewer as its content and style sheets, exactly as paged.js would have
// read them from the article's own document (same body fragment, same sheets
// in the same order, under the article file's URL), so the PDF is the same.
// Fonts the document loaded once (warm-up or an earlier article) are reused
// by the next article's @font-face rules of the same URLs. Scripts in the
// print HTML never run.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CdpPage as Page } from './cdp/page.js';
import { packageDir } from './package-dir.js';
import { beforeLayoutScript } from './paged-script.js';

/** Folder of the paged.js package (the pool must let the page read it). */
export const pagedjsDir = packageDir('pagedjs');
// The minified build parses in about half the time of the plain one.
const polyfill = join(pagedjsDir, 'dist', 'paged.polyfill.min.js');

/**
 * Defined once in the layout document. `layIn` lays out one print HTML text:
 * the previous article's pages are destroyed (their observers with them), the
 * `<html>` and `<body>` attributes and the head are the article's, and the
 * body fragment goes to paged.js in a `<template data-ref="pagedjs-content">`
 * in the body, as its `wrapContent` makes it; the parsed nodes are moved in
 * rather than serialised and parsed again through `innerHTML` (the same tree,
 * tested; the round trip cost 5-10 ms an article).
 */
const layoutDocumentScript = String.raw`(() => {
  const copyAttributes = (from, to) => {
    for (const a of Array.from(to.attributes)) to.removeAttribute(a.name);
    for (const a of Array.from(from.attributes)) to.setAttribute(a.name, a.value);
  };
  // paged.js gives every element without a data-ref a random UUID (a regular-expression replace each,
  // ~7 ms an article); a running number, set first, does the same job: an element's name while it is laid out.
  const numberElements = (root) => {
    // A data-ref the source has stays, and no number repeats it.
    const taken = new Set(Array.from(root.querySelectorAll('[data-ref]'), (el) => el.getAttribute('data-ref')));
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    let n = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.hasAttribute('data-ref')) continue;
      do n += 1; while (taken.has('g' + n));
      node.setAttribute('data-ref', 'g' + n);
    }
  };
  window.__galleyLayIn = async ({ html, url, settings }) => {
    if (window.__galleyPreviewer) window.__galleyPreviewer.chunker.removePages();
    window.__galleyPreviewer = undefined;
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const previewer = new window.Paged.Previewer(settings);
    // paged.js keys an inline sheet by the document's URL (it resolves the sheet's relative URLs against it): the article file's.
    const sheets = previewer.removeStyles(doc).map((sheet) => (typeof sheet === 'string' ? sheet : { [url]: Object.values(sheet)[0] }));
    copyAttributes(doc.documentElement, document.documentElement);
    copyAttributes(doc.body, document.body);
    document.head.replaceChildren(...Array.from(doc.head.childNodes, (node) => document.importNode(node, true)));
    const template = document.createElement('template');
    template.dataset.ref = 'pagedjs-content';
    template.content.append(...Array.from(doc.body.childNodes));
    numberElements(template.content);
    document.body.replaceChildren(template);
    // paged.js lays out one page per animation frame, and every frame also paints and commits the
    // pages in view, which the PDF never uses: the pages follow each other in one task instead.
    previewer.chunker.q.tick = (next) => queueMicrotask(next);
    window.__galleyPreviewer = previewer;
    await previewer.preview(template.content, sheets, document.body);
    return true;
  };
  window.__galleyLayout = true;
  return true;
})()`;

/** Load paged.js and Galley's handlers into the page's current document, which becomes its layout document. */
async function setUpLayoutDocument(page: Page): Promise<void> {
  // Set before the polyfill runs: it must not lay out the document on its own.
  await page.addScriptTag({ content: 'window.PagedConfig = { auto: false };' });
  await page.addScriptTag({ url: pathToFileURL(polyfill).href });
  await page.evaluate(beforeLayoutScript);
  await page.evaluate(layoutDocumentScript);
}

/** True when the page shows a layout document (not after a crash, a time-out or another navigation). */
async function hasLayoutDocument(page: Page): Promise<boolean> {
  return page.evaluate('window.__galleyLayout === true').then(
    (ready) => ready === true,
    () => false,
  );
}

/**
 * Make a blank local document the page's layout document ahead of the first
 * article, and load the print fonts into it (`fontCss`: their @font-face
 * rules), so the first article finds paged.js and its fonts ready. The fonts
 * go through a layout of one line with the rules as the print HTML carries
 * them: paged.js writes them out as the same style sheet text, which Chromium
 * parses once per document, so the article's rules reuse the fetched fonts.
 */
export async function warmLayoutDocument(page: Page, blankFile: string, fontCss?: string): Promise<void> {
  const url = pathToFileURL(blankFile).href;
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await setUpLayoutDocument(page);
  if (fontCss) {
    const html = `<!DOCTYPE html><html><head><style data-role="fonts">\n${fontCss}\n</style></head><body><p>warm-up</p></body></html>`;
    await page.evaluate(`window.__galleyLayIn(${JSON.stringify({ html, url, settings: {} })})`);
  }
}

/** The document a layout document starts from. */
export const blankHtml = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>layout</title></head><body></body></html>';
let blanks = 0;

/**
 * Lay out one print HTML file in the page's layout document with paged.js.
 * A page without one (new, or navigated elsewhere) first opens a blank file
 * beside the article's (its folder is one the page may read), so nothing of
 * the article is rendered or run before paged.js. The settings are paged.js' Previewer's.
 */
export async function layOut(page: Page, htmlFile: string, settings: Record<string, unknown>): Promise<void> {
  const url = pathToFileURL(htmlFile).href;
  const html = await readFile(htmlFile, 'utf8');
  if (!(await hasLayoutDocument(page))) {
    const blank = join(dirname(htmlFile), `.galley-layout-${process.pid}-${++blanks}.html`);
    await writeFile(blank, blankHtml);
    try {
      await warmLayoutDocument(page, blank);
    } finally {
      await rm(blank, { force: true });
    }
  }
  await page.evaluate(`window.__galleyLayIn(${JSON.stringify({ html, url, settings })})`);
}
