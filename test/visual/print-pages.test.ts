// Visual regression of the print PDF: page 1 (the journal's first-page layout,
// its last line hyphenated across the page break), page 4 (running head, body
// text, a footnote under its rule), page 5 (a figure and its numbered caption)
// and page 12 (a reference list), rendered at
// low resolution and compared with committed reference images.
// GALLEY_UPDATE_VISUAL=1 rewrites the references; a failure leaves the actual
// page and a diff image in test-artifacts/.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { repo, sampleBuild, type SampleBuild } from '../pdf/sample-build.js';

const DPI = 40;
/** Share of pixels allowed to differ (anti-aliasing between poppler versions), and the per-pixel colour threshold. */
const MAX_DIFF_RATIO = 0.004;
const PIXEL_THRESHOLD = 0.15;

const references = join(import.meta.dirname, 'reference');
const artifacts = join(repo, 'test-artifacts');

let sample: SampleBuild;
beforeAll(async () => {
  sample = await sampleBuild();
});

function renderPage(page: number): PNG {
  const dir = mkdtempSync(join(tmpdir(), 'galley-visual-'));
  const prefix = join(dir, 'page');
  try {
    execFileSync('pdftoppm', ['-png', '-r', String(DPI), '-f', String(page), '-l', String(page), '-singlefile', sample.pdfFile, prefix]);
    return PNG.sync.read(readFileSync(`${prefix}.png`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.each([
  [1, 'first page: DOI, UDC, title, author, both abstracts, the citation note'],
  [4, 'a body page with a running head and a footnote'],
  [5, 'a figure at the head of its page with its numbered caption "Fig. 1."'],
  [12, 'a reference-list page: no line holds only "p.", initials and numbers kept together'],
])('page %i', (page, what) => {
  it(`looks as it did (${what})`, () => {
    const actual = renderPage(page);
    const file = join(references, `harris-2017-page-${page}.png`);
    if (process.env.GALLEY_UPDATE_VISUAL === '1') {
      mkdirSync(references, { recursive: true });
      writeFileSync(file, PNG.sync.write(actual));
    }
    expect(existsSync(file), `missing reference ${file}: run with GALLEY_UPDATE_VISUAL=1 and look at it before committing`).toBe(true);
    const expected = PNG.sync.read(readFileSync(file));
    expect([actual.width, actual.height]).toEqual([expected.width, expected.height]);
    const diff = new PNG({ width: actual.width, height: actual.height });
    const differing = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, { threshold: PIXEL_THRESHOLD });
    const ratio = differing / (actual.width * actual.height);
    if (ratio > MAX_DIFF_RATIO) {
      mkdirSync(artifacts, { recursive: true });
      writeFileSync(join(artifacts, `harris-2017-page-${page}.actual.png`), PNG.sync.write(actual));
      writeFileSync(join(artifacts, `harris-2017-page-${page}.diff.png`), PNG.sync.write(diff));
    }
    expect(ratio, `${differing} pixels differ; see test-artifacts/harris-2017-page-${page}.diff.png`).toBeLessThanOrEqual(MAX_DIFF_RATIO);
  });
});
