// Cross-references in every galley, from lindqvist's body (`(@fig:offsets)`,
// `(@sec:clock)`): a JATS xref to the block's id (DTD-checked by the build), an
// HTML link to the block, and a link annotation in the PDF that goes to a
// destination inside the document.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkDestinations } from '../helpers/pdf-links.js';
import { buildArticle } from '../../src/pipeline/build.js';
import { repoRoot } from '../source/helpers.js';

const id = 'lindqvist-2017-railway-time';
let dist: string;
let result: Awaited<ReturnType<typeof buildArticle>>;
const text = (name: string) => Buffer.from(result.outputs.find((o) => o.path === name)!.data).toString('utf8');

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'galley-xref-'));
  result = await buildArticle(join(repoRoot, 'article', id), { profileFile: join(repoRoot, 'journal.yaml'), distDir: dist });
}, 120_000);
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('cross-references in the galleys', () => {
  it('builds clean (the JATS passes its DTD, every rid names an element)', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('JATS: <xref ref-type="fig|sec"> to the figure and the section', () => {
    const jats = text(`${id}.jats.xml`);
    expect(jats).toContain('twenty-one (<xref ref-type="fig" rid="fig1">Fig. 1</xref>).');
    expect(jats).toContain('<fig id="fig1">');
    expect(jats).toContain('the first solutions (<xref ref-type="sec" rid="sec-the-directorate-s-clock">Section 1</xref>)');
    expect(jats).toContain('<sec id="sec-the-directorate-s-clock">\n<title>The Directorate’s Clock</title>');
  });

  it('HTML: links to the figure and the section', () => {
    const html = text('index.html');
    expect(html).toContain('twenty-one (<a href="#fig1" class="xref xref-fig">Fig. 1</a>).');
    expect(html).toMatch(/<figure id="fig1"/);
    expect(html).toContain('<a href="#sec-the-directorate-s-clock" class="xref xref-sec">Section 1</a>');
    expect(html).toContain('<section id="sec-the-directorate-s-clock"');
  });

  it('JATS and HTML: narrative and suppress-author citations in the style\'s own form', () => {
    const jats = text(`${id}.jats.xml`);
    expect(jats).toContain('For Western Europe, <xref ref-type="bibr" rid="marlowe1983">Marlowe [ch. 4]</xref> describes');
    expect(jats).toContain('that Quennell has described in detail [<xref ref-type="bibr" rid="quennell2001">p. 118–126</xref>].');
    expect(text('index.html').replace(/\u00a0/g, ' ')).toContain('For Western Europe, <span class="citation"><a href="#ref-marlowe1983" class="cite">Marlowe [ch. 4]</a></span> describes');
  });

  it('PDF: a link annotation for each cross-reference, going to a destination in the document', async () => {
    const internal = await linkDestinations(result.outputs.find((o) => o.path === `${id}.pdf`)!.data);
    expect(internal).toEqual(expect.arrayContaining(['fig1', 'sec-the-directorate-s-clock']));
  });
});
