import { describe, expect, it } from 'vitest';
import { stripSoftHyphensFromContent } from '../../src/pdf/soft-hyphens.js';

// Content-stream shapes as Skia writes them (one glyph per Tj, positioned by Td).
describe('stripSoftHyphensFromContent', () => {
  it.each([
    [
      'a soft hyphen inside a line: its glyph goes, its move stays',
      '6.6 0 Td <0048> Tj\n/Span<</ActualText <FEFF00AD> >> BDC\n5.74 0 Td <0003> Tj\nEMC\n0 0 Td <004C> Tj',
      '6.6 0 Td <0048> Tj\n\n5.74 0 Td \n\n0 0 Td <004C> Tj',
    ],
    [
      'a soft hyphen that opens a text object',
      'BT\n/Span<</ActualText <FEFF00AD> >> BDC\n/F4 11.33 Tf\n1 0 0 -1 88.4 987 Tm\n27.03 0 Td <0003> Tj\nEMC\nET',
      'BT\n\n/F4 11.33 Tf\n1 0 0 -1 88.4 987 Tm\n27.03 0 Td \n\nET',
    ],
    ['a ligature across a hyphenation point keeps its letters', '/Span<</ActualText <FEFF006600AD0069> >> BDC\n<00EA> Tj\nEMC', '/Span<</ActualText <FEFF00660069> >> BDC\n<00EA> Tj\nEMC'],
    ['other marked content is left alone', '/Span<</ActualText <FEFF0066> >> BDC\n<00EA> Tj\nEMC', '/Span<</ActualText <FEFF0066> >> BDC\n<00EA> Tj\nEMC'],
  ])('%s', (_name, input, expected) => {
    expect(stripSoftHyphensFromContent(input)).toBe(expected);
  });
});
