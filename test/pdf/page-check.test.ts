import { describe, expect, it } from 'vitest';
import type { ArticleMeta } from '../../src/model/types.js';
import { checkPageCount, computeLastPage, layoutDiagnostics } from '../../src/pdf/page-check.js';

const meta = (pages: ArticleMeta['pages']): ArticleMeta =>
  ({ pages, positions: { 'pages.last': { file: 'article.md', line: 10, column: 28 } } }) as unknown as ArticleMeta;

describe('computeLastPage', () => {
  it.each([
    [693, 15, 707],
    [1, 1, 1],
    [10, 3, 12],
  ])('%i + %i pages ends on %i', (first, count, last) => expect(computeLastPage(first, count)).toBe(last));

  it('refuses an empty article', () => expect(() => computeLastPage(693, 0)).toThrow(RangeError));
});

describe('checkPageCount', () => {
  it('is silent when the pages agree', () => {
    expect(checkPageCount(meta({ first: 693, last: 707 }), 15, 'article.md')).toEqual([]);
  });

  it('is silent when the source gives no last page (the computed one is used)', () => {
    expect(checkPageCount(meta({ first: 693 }), 16, 'article.md')).toEqual([]);
  });

  it('reports both numbers where the last page is written', () => {
    const [d] = checkPageCount(meta({ first: 693, last: 707 }), 16, 'article.md');
    expect(d.rule).toBe('pdf-page-count');
    expect(d.severity).toBe('error');
    expect(d.message).toMatch(/^Unexpected 16 pages \(693–708\) in the print layout, expected 15 \(693–707\)/);
    expect(d.position).toEqual({ file: 'article.md', line: 10, column: 28 });
  });
});

describe('layoutDiagnostics', () => {
  it('turns the layout report into diagnostics with folios, not page indexes', () => {
    const list = layoutDiagnostics(
      {
        pageCount: 3,
        anchors: [],
        footnotes: [
          { number: '1', callPage: 0, notePage: 0 },
          { number: '2', callPage: 1, notePage: 2 },
        ],
        missingImages: ['file:///x/fig.png'],
        lostText: [{ page: 2, text: 'To get the vote' }],
        blocked: ['http://example.org/a.png', 'http://example.org/a.png'],
      },
      693,
      'article.md',
    );
    expect(list.map((d) => [d.rule, d.message])).toEqual([
      ['pdf-footnote-page', 'Unexpected footnote 2 text on page 695, expected it on page 694 with its call'],
      ['pdf-image-missing', 'Unexpected image that did not load in the print layout (file:///x/fig.png), expected a readable image file in the article folder'],
      ['pdf-text-lost', 'Unexpected text outside the text block of page 695 ("To get the vote"), expected paged.js to carry it to the next page: it would be missing from the PDF'],
      ['pdf-network-blocked', 'Unexpected network request from the print layout (http://example.org/a.png), expected only local files: the request was blocked'],
    ]);
  });
});
