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
      ['pdf-text-lost', 'Unexpected text outside the text block of page 695 ("To get the vote"), expected paged.js to carry it to the next page: it would be missing from the PDF. Likely cause: a block that cannot be split or moved (a figure, table or formula taller than the page\'s text block, or a heading kept with what follows) leaves paged.js no room: check that block against the profile\'s print.page, print.margins and print.font-size'],
      ['pdf-network-blocked', 'Unexpected network request from the print layout (http://example.org/a.png), expected only local files: the request was blocked'],
    ]);
  });
});

describe('layout problems point at the source', () => {
  const at = (line: number, column: number) => ({ file: '/j/article/x/article.md', line, column });
  const source = {
    body: [
      { type: 'section', id: 's1', depth: 2, title: [{ type: 'text', value: 'Suffrage' }], position: at(20, 1), children: [
        { type: 'paragraph', position: at(22, 1), children: [{ type: 'text', value: 'Before 1918, ' }, { type: 'emphasis', children: [{ type: 'text', value: 'to get the vote' }] }, { type: 'text', value: ' one needed property.' }] },
        { type: 'paragraph', position: at(24, 1), children: [{ type: 'text', value: 'See https://example.org/a/very/long/path/that/cannot/break/anywhere for more.' }] },
      ] },
    ],
    footnotes: [{ id: 'fn1', number: 1, position: at(40, 1), children: [{ type: 'paragraph', position: at(40, 7), children: [{ type: 'text', value: 'A reform act abolished it.' }] }] }],
  } as never;
  const report = (lostText: { page: number; text: string }[]) => ({ pageCount: 3, anchors: [], footnotes: [], missingImages: [], lostText, blocked: [] });

  it('pdf-text-lost is placed at the innermost block holding the text, across typography (no-break spaces, soft hyphens)', () => {
    const [d] = layoutDiagnostics(report([{ page: 1, text: 'to\u00A0get the vo\u00ADte one needed' }]), 693, '/j/article/x/article.md', source);
    expect(d.position).toEqual(at(22, 1));
    expect(d.message).toContain('("to\u00A0get the vo\u00ADte one needed", written at x/article.md:22:1)');
  });

  it('names an unbreakable token as the likely cause, and finds footnote text too', () => {
    const [url] = layoutDiagnostics(report([{ page: 2, text: 'https://example.org/a/very/long/path/that/cannot/break' }]), 693, 'a.md', source);
    expect(url.position).toEqual(at(24, 1));
    expect(url.message).toContain('Likely cause: the unbreakable "https://example.org/a/very/long/path/tha" is wider than the line');
    const [note] = layoutDiagnostics(report([{ page: 2, text: 'reform act' }]), 693, 'a.md', source);
    expect(note.position).toEqual(at(40, 7));
  });

  it('pdf-page-count names the first page beyond the source\'s pages and the block it begins with', () => {
    const [d] = checkPageCount(meta({ first: 693, last: 694 }), 3, 'article.md', { pageStarts: ['Suffrage', 'Before 1918', 'one needed property.'], source });
    expect(d.message).toMatch(/Page 695, the first beyond them, begins with "one needed property\." \(x\/article\.md:22:1\)\.$/);
    expect(d.position).toEqual({ file: 'article.md', line: 10, column: 28 });
  });
});
