// The after-layout report on pages laid out the way paged.js leaves them: a text
// block per page whose overflow sits in columns beside it, notes moved to the
// page's footnote area. Built by hand, so each case is known without paged.js.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserPool } from '../../src/pdf/browser.js';
import { afterLayoutScript, type LayoutReport } from '../../src/pdf/paged-script.js';

const dir = mkdtempSync(join(tmpdir(), 'galley-report-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const words = (n: number, word: string) => Array.from({ length: n }, () => word).join(' ');
// A page: 200 × 100 px text block; what does not fit goes on in a second column to its right, as with paged.js.
const page = (content: string, footnotes = '', beside = '') =>
  `<div class="pagedjs_page"><div class="pagedjs_page_content"><div class="flow">${content}</div>${beside}</div>` +
  `<div class="pagedjs_footnote_area">${footnotes}</div></div>`;

const html =
  '<!DOCTYPE html><html><head><meta charset="utf-8"><style>' +
  'body { margin: 0; font: 16px/20px monospace; }' +
  '.pagedjs_page { position: relative; width: 600px; height: 200px; }' +
  '.pagedjs_page_content { width: 200px; height: 100px; }' +
  '.flow { columns: 200px; column-gap: 0; column-fill: auto; height: 100px; width: 200px; }' +
  '</style></head><body>' +
  // Page 0: fits; a call with its note on the same page, a call without a note.
  page(
    '<h2 data-outline-title="Intro" data-outline-level="2" style="margin:0;font-size:16px">Intro</h2>' +
      '<p style="margin:0">Fits <a data-footnote-call="r1" href="#x">1</a> and <a data-footnote-call="r9" href="#y">9</a>.</p>',
    '<div data-note="footnote" data-ref="r1" data-number="1">A note.</div>',
  ) +
  // Page 1: eight lines for a five-line block: the last three lines are beside the page, lost.
  page(`<p style="margin:0">${words(8, 'overflowing-line')}</p>`) +
  // Page 2: outside the block only a box without text and white space: nothing is lost.
  page('<p style="margin:0">Short.</p>', '', '<div style="position:absolute;left:300px;top:0;width:20px;height:20px;background:#000"></div><span style="position:absolute;left:300px;top:40px;white-space:pre">   </span>') +
  // Page 3: a note split from page 0's is not the note; its own call's note comes first in the document.
  page(
    '<p style="margin:0">Second <a data-footnote-call="r2" href="#z">2</a>.</p>',
    '<div data-note="footnote" data-ref="r1" data-split-from="r1" data-number="1">rest of note 1</div><div data-note="footnote" data-ref="r2" data-number="2">Note two.</div>',
  ) +
  '</body></html>';

describe('afterLayoutScript', () => {
  let pool: BrowserPool;
  let report: LayoutReport;
  let hrefs: string[];
  let noteIds: string[];
  let counterSet: string;
  beforeAll(async () => {
    pool = await BrowserPool.open({ concurrency: 1 });
    const file = join(dir, 'pages.html');
    writeFileSync(file, html);
    [report, hrefs, noteIds, counterSet] = await pool.withPage([dir], async ({ page: p }) => {
      await p.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      const r = (await p.evaluate(afterLayoutScript(7))) as LayoutReport;
      const links = await p.evaluate(() => Array.from(document.querySelectorAll('a[data-footnote-call]'), (a) => a.getAttribute('href') ?? ''));
      const ids = await p.evaluate(() => Array.from(document.querySelectorAll('[data-note="footnote"]'), (n) => n.id));
      const counter = await p.evaluate(() => (document.querySelector('.pagedjs_page') as HTMLElement).style.getPropertyValue('counter-set'));
      return [r, links, ids, counter] as const;
    });
  }, 60_000);
  afterAll(async () => {
    await pool?.close();
  });

  it('finds text laid out beside a page, and only there (not a box without text, not white space)', () => {
    expect(report.pageCount).toBe(4);
    expect(report.lostText).toEqual([{ page: 1, text: 'overflowing-line overflowing-line overflowing-line overflowi' }]);
  });

  it('pairs each call with its note (not a split part) and numbers the notes in page order', () => {
    expect(report.footnotes).toEqual([
      { number: '1', callPage: 0, notePage: 0 },
      { number: '?', callPage: 0, notePage: -1 },
      { number: '2', callPage: 3, notePage: 3 },
    ]);
    expect(hrefs).toEqual(['#note-1', '#y', '#note-2']);
    expect(noteIds).toEqual(['note-1', '', 'note-2']);
  });

  it('places the outline anchors and sets the first folio', () => {
    expect(report.anchors).toEqual([{ title: 'Intro', level: 2, page: 0, top: 0 }]);
    expect(counterSet).toBe('page 7');
    expect(report.pageStarts?.[2]).toBe('Short.');
  });
});
