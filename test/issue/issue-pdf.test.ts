import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { assembleIssuePdf } from '../../src/issue/issue-pdf.js';
import { assignPages } from '../../src/issue/paginate.js';

async function pdfOf(pages: number, text: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage([400, 600]).drawText(`${text} ${i + 1}`, { x: 50, y: 500 });
  return doc.save();
}

describe('assembleIssuePdf', () => {
  it('inserts a blank verso before an article that must start on a recto, keeping labels continuous', async () => {
    const placements = assignPages([{ id: 'a', pageCount: 3 }, { id: 'b', pageCount: 2 }], 693, true);
    expect(placements.map((p) => [p.first, p.last, p.blankBefore])).toEqual([[693, 695, false], [697, 698, true]]);
    const { pdf, labels } = await assembleIssuePdf({
      front: await pdfOf(2, 'front'),
      articles: [
        { placement: placements[0], pdf: await pdfOf(3, 'a'), bookmark: 'A — Author' },
        { placement: placements[1], pdf: await pdfOf(2, 'b'), bookmark: 'B — Author' },
      ],
      title: 'Journal 5(3)',
      subject: 'Journal',
      lang: 'en',
      date: new Date('2017-09-30T00:00:00Z'),
    });
    const doc = await PDFDocument.load(pdf);
    // 2 front pages, 3 of a, one blank verso (696), 2 of b.
    expect(doc.getPageCount()).toBe(8);
    expect(labels.map((l) => l.label)).toEqual(['i', 'ii', '693', '694', '695', '696', '697', '698']);
    const nums = doc.catalog.lookup(PDFName.of('PageLabels'), PDFDict).lookup(PDFName.of('Nums'), PDFArray);
    expect((nums.get(2) as PDFNumber).asNumber()).toBe(2);
    expect((nums.lookup(3, PDFDict).get(PDFName.of('St')) as PDFNumber).asNumber()).toBe(693);
    const outlines = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
    expect((outlines.get(PDFName.of('Count')) as PDFNumber).asNumber()).toBe(2);
    expect(doc.getTitle()).toBe('Journal 5(3)');
  });
});
