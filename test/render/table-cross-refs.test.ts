// Cross-references to tables, from okafor-volkov's body (`(@fig:map, @tbl:route-book)`,
// `(@tbl:registers)`): a JATS xref to the table-wrap (the build checks the DTD, so
// every rid names an element), an HTML link to the table, a link annotation in the PDF.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkDestinations } from '../helpers/pdf-links.js';
import { buildArticle } from '../../src/pipeline/build.js';
import { repoRoot } from '../source/helpers.js';

const id = 'okafor-volkov-2017-postal-roads';
let dist: string;
let result: Awaited<ReturnType<typeof buildArticle>>;
const text = (name: string) => Buffer.from(result.outputs.find((o) => o.path === name)!.data).toString('utf8');

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'galley-tbl-xref-'));
  result = await buildArticle(join(repoRoot, 'article', id), { profileFile: join(repoRoot, 'journal.yaml'), distDir: dist });
}, 180_000);
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('cross-references to tables', () => {
  it('builds clean', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('JATS: <xref ref-type="table"> to each table-wrap, numbered as the tables are', () => {
    const jats = text(`${id}.jats.xml`);
    expect(jats).toContain('(<xref ref-type="fig" rid="fig1">Fig. 1</xref>, <xref ref-type="table" rid="tbl1">Table 1</xref>)');
    expect(jats).toContain('(<xref ref-type="table" rid="tbl2">Table 2</xref>)');
    expect(jats).toContain('<table-wrap id="tbl2">');
  });

  it('HTML: "Table 2" is a link to the table', () => {
    const html = text('index.html');
    expect(html).toContain('<a href="#tbl2" class="xref xref-tbl">Table 2</a>');
    expect(html).toContain('<div class="table-wrap" id="tbl2">');
  });

  it('PDF: link annotations go to both tables and the figure', async () => {
    const internal = await linkDestinations(result.outputs.find((o) => o.path === `${id}.pdf`)!.data);
    expect(internal).toEqual(expect.arrayContaining(['fig1', 'tbl1', 'tbl2']));
  });
});
