// The register table of okafor-volkov-2017-postal-roads (three header rows of
// merged cells, 36 body rows) breaks across two PDF pages: read back with
// pdftotext, page two starts with the repeated header rows, and every row of
// the table is on one of the two pages with all its cells, in order.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainText } from '../../src/model/plain-text.js';
import type { Article, Block, Table, TableRow } from '../../src/model/types.js';
import { buildArticle } from '../../src/pipeline/build.js';
import type { ArticleBuildResult } from '../../src/pipeline/types.js';
import { prepareArticle } from '../../src/pipeline/prepare.js';
import { loadProfile } from '../../src/profile/load.js';
import { repo, profileFile } from './sample-build.js';

const articleDir = join(repo, 'article/okafor-volkov-2017-postal-roads');
const dist = mkdtempSync(join(tmpdir(), 'galley-table-pdf-'));

function tablesOf(blocks: Block[]): Table[] {
  return blocks.flatMap((b) => (b.type === 'table' ? [b] : b.type === 'section' ? tablesOf(b.children) : []));
}

/** Page texts of the PDF, layout kept (one table row a line). */
function pages(file: string): string[] {
  const run = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr}`);
  return run.stdout.split('\f');
}

/** A row as it reads in the layout text: its cells' text in order, spaces between. */
const rowPattern = (row: TableRow) => new RegExp(row.cells.map((c) => plainText(c.children).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).join('\\s+'));

let result: ArticleBuildResult;
let article: Article;
let text: string[];
beforeAll(async () => {
  article = prepareArticle(articleDir, loadProfile(profileFile).profile!).article!;
  result = await buildArticle(articleDir, { profileFile, distDir: dist, only: ['pdf'] });
  const pdf = join(dist, 'okafor-volkov-2017-postal-roads', 'okafor-volkov-2017-postal-roads.pdf');
  if (result.ok) text = pages(pdf);
}, 180_000);
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('a long table in the PDF', () => {
  it('builds clean (no text laid out off the page, page count as the record says)', () => {
    expect(result.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.rule}: ${d.message}`)).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('breaks across two pages and repeats the three header rows at the top of the second', () => {
    const table = tablesOf(article.body).find((t) => t.label === 'tbl:registers')!;
    const start = text.findIndex((page) => page.includes('Table 2. Horses and travellers'));
    expect(start).toBeGreaterThanOrEqual(0);
    const [first, second] = [text[start], text[start + 1]];
    const headers = ['Verkhnii Brod \\(post station\\)\\s+Lugovaia \\(relay hut\\)', 'Horses\\s+Horses', 'Year\\s+prescribed\\s+kept\\s+Travellers\\s+prescribed\\s+kept\\s+Travellers'];
    for (const page of [first, second]) {
      const at = headers.map((h) => page.search(new RegExp(h)));
      expect(at.every((i) => i >= 0), `header rows on page ${page.slice(0, 80)}`).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
    }
    // On page two the header comes before the first row carried over.
    const carried = table.body.find((row) => !rowPattern(row).test(first))!;
    expect(carried).toBeDefined();
    expect(second.search(new RegExp(headers[2]))).toBeLessThan(second.search(rowPattern(carried)));
  });

  it('never loses a row: every cell of every row is on one of the two pages, in order', () => {
    const table = tablesOf(article.body).find((t) => t.label === 'tbl:registers')!;
    const start = text.findIndex((page) => page.includes('Table 2. Horses and travellers'));
    const both = `${text[start]}\n${text[start + 1]}`;
    const missing = [...table.body, ...table.foot].filter((row) => !rowPattern(row).test(both)).map((row) => plainText(row.cells[0].children));
    expect(missing).toEqual([]);
    const order = table.body.map((row) => both.search(rowPattern(row)));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // The notes follow the last page of the table (their opening words; a citation renders later).
    for (const note of table.notes) {
      const lead = note.children[0]?.type === 'text' ? note.children[0].value.trim().slice(0, 25) : '';
      expect(lead).not.toBe('');
      expect(text[start + 1].replace(/\s+/g, ' ')).toContain(lead);
    }
  });

  it('shows the pipe table with every cell', () => {
    const table = tablesOf(article.body).find((t) => t.label === 'tbl:route-book')!;
    const all = text.join('\n');
    expect(all).toContain('Table 1. The Tobolyansk–Ishimka road in the route book of 1829');
    expect([...table.head, ...table.body].filter((row) => !rowPattern(row).test(all))).toEqual([]);
  });
});
