// What the Word import makes of each corpus manuscript, asserted on content:
// notes, tables and spans, Zotero citations and their CSL items, comments and
// tracked changes, equations as MathML, pictures, lists.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { importDocxFile, type DocxImportOptions } from '../../src/import/docx/import-docx.js';
import type { ImportedArticle } from '../../src/import/types.js';
import type { ImportReport } from '../../src/import/report.js';
import { loadProfile } from '../../src/profile/load.js';
import { corpusFile, repoRoot } from './docx-helpers.js';
import { join } from 'node:path';

function imported(name: string, opts: Partial<DocxImportOptions> = {}): ImportedArticle {
  const r = importDocxFile(corpusFile(name), { into: 'article', ...opts });
  if (!('article' in r)) throw new Error(`${name}: ${'failed' in r ? r.failed : 'pending changes'}`);
  return r.article;
}

function pending(name: string): ImportReport {
  const r = importDocxFile(corpusFile(name), { into: 'article' });
  if (!('pending' in r)) throw new Error(`${name} did not stop`);
  return r.pending;
}

describe('notes', () => {
  it('en-mammoth-footnote-hyperlink: the footnote holds its hyperlink', () => {
    const a = imported('en-mammoth-footnote-hyperlink');
    expect(a.body).toContain('[^1]\n');
    expect(a.body).toContain('[^1]: [Example](http://www.example.com)');
  });

  it('en-pandoc-notes: a footnote and an endnote, numbered in order of call; the endnote becomes a footnote (a decision)', () => {
    const a = imported('en-pandoc-notes');
    expect(a.body).toContain('Test footnote.[^1] Test endnote.[^2]');
    expect(a.body).toContain('[^1]: My note.');
    expect(a.body).toContain('[^2]: This is an endnote at the end of the document.');
    expect(a.report.decisions).toContainEqual({ at: 'endnotes', what: '1 endnote became footnotes', why: 'Galley has one kind of note' });
  });

  it('ru-dedoc-example-footnote-endnote: notes in text and in a table cell', () => {
    const a = imported('ru-dedoc-example-footnote-endnote');
    expect(a.body).toContain('Какие то[^1] определения');
    expect(a.body).toContain('<td>Иван[^3]</td>');
    expect(a.body).toContain('[^3]: У Ивана есть кот Васька и собака Шарик');
  });
});

describe('a manuscript outside the journal template', () => {
  it('with the journal profile, a file with no metadata block the template knows is read whole', () => {
    const { profile } = loadProfile(join(repoRoot, 'journal.yaml'));
    const a = imported('en-mammoth-footnote-hyperlink', { profile });
    expect(a.body).toContain('[^1]: [Example](http://www.example.com)');
    expect(a.report.decisions).toContainEqual({ at: 'document', what: 'the journal template was not applied; the whole document is the body', why: 'no metadata block the template’s labels (import.docx) introduce' });
    expect(a.report.diagnostics.some((d) => d.rule === 'import-template-missing')).toBe(true);
  });
});

describe('tables', () => {
  it('en-pandoc-tables: a pipe table with its header row and cells; a table without a header row in the HTML subset', () => {
    const a = imported('en-pandoc-tables');
    expect(a.body).toContain('| Name | Game | Fame | Blame |\n|---|---|---|---|\n| Lebron James | Basketball | Very High | Leaving Cleveland |');
    expect(a.body).toContain('| Russell Wilson | Football | High | Tacky uniform |');
    expect(a.body).toContain('<tbody>\n<tr><td>Sinple</td><td>Table</td></tr>\n<tr><td>Without</td><td>Header</td></tr>\n</tbody>');
    // Two paragraphs in one cell are joined, and that is reported.
    expect(a.body).toContain('Simple Multiparagraph');
    expect(a.report.decisions.some((d) => /2 paragraphs were joined/.test(d.what))).toBe(true);
  });

  it('en-pandoc-table_header_rowspan: two header rows, rowspan and colspan', () => {
    const a = imported('en-pandoc-table_header_rowspan');
    expect(a.body).toContain('<thead>\n<tr><th rowspan="2">A</th><th rowspan="2">**B**</th><th rowspan="2">**C**</th><th rowspan="2">**D**</th><th colspan="3">E</th><th rowspan="2">F</th></tr>\n<tr><th>**G**</th><th>**H**</th><th>**I**</th></tr>\n</thead>');
    expect(a.body.match(/<tr><td>1<\/td><td>2<\/td><td>3<\/td><td>4<\/td><td>5<\/td><td>6<\/td><td>7<\/td><td>8<\/td><\/tr>/g)).toHaveLength(9);
  });

  it('en-docx4j-sample-docx: a vertical merge becomes a rowspan, a horizontal one a colspan', () => {
    const a = imported('en-docx4j-sample-docx', { changes: 'accept' });
    expect(a.body).toContain('<tr><td rowspan="2">Vertical merge</td><td></td><td>Shaded grey</td></tr>\n<tr><td></td><td></td></tr>\n<tr><td></td><td colspan="2">Horizontal merge</td></tr>');
  });

  it('en-pandoc-table_captions_with_field: the caption field is recognised, its label-only text is not repeated, the fields are reported', () => {
    const a = imported('en-pandoc-table_captions_with_field');
    expect(a.body).not.toMatch(/^Table: /m);
    expect(a.body).toContain('See Table 1.');
    expect(a.report.decisions.filter((d) => /caption paragraph holds only its label/.test(d.what))).toHaveLength(2);
    expect(a.report.notKept.filter((n) => n.element === 'field' && n.text === 'SEQ Table \\* ARABIC')).toHaveLength(2);
    expect(a.report.notKept.some((n) => n.text.startsWith('REF _Ref71265628'))).toBe(true);
  });
});

describe('citation fields', () => {
  it('en-pandoc-zotero_citations: Zotero fields become citations with keys, locators, prefix and suffix, and CSL items', () => {
    const a = imported('en-pandoc-zotero_citations');
    expect(a.body).toContain('This is a citation [@smith2013]');
    expect(a.body).toContain('This is a citation with two sources [@boer2016; @smith2013].');
    expect(a.body).toContain('[prefix @bellomo2016, p. 2 suffix]');
    expect(a.references.map((r) => r.id)).toEqual(['smith2013', 'boer2016', 'bellomo2016']);
    expect(a.references[0]).toMatchObject({ type: 'article-journal', DOI: '10.1007/s00382-013-1683-2', 'container-title': 'Climate Dynamics' });
    expect(a.frontMatter.bibliography).toBe('references.yaml');
    // The bibliography Zotero printed is left out: Galley renders its own.
    expect(a.body).not.toContain('Bellomo, K., Clement');
    expect(a.report.notKept.filter((n) => n.element === 'bibliography field result')).toHaveLength(3);
  });
});

describe('what authors leave in files', () => {
  it('en-pandoc-comments: stops with each comment, its author, date and text; --accept-changes drops them into the report', () => {
    const report = pending('en-pandoc-comments');
    expect(report.diagnostics).toHaveLength(5);
    expect(report.diagnostics[0].message).toBe(
      'Unexpected comment at paragraph 1 by Jesse Rosenthal on 2016-05-09T16:13:00Z: “I left a comment.” (on “some text to have a comment”), expected a manuscript whose comments are settled (--accept-changes or --reject-changes drops them)',
    );
    expect(report.diagnostics[1].message).toContain('“A comment across paragraphs.” (on “a new paragraph. And so”)');
    const a = imported('en-pandoc-comments', { changes: 'accept' });
    expect(a.body).toContain('I want some text to have a comment on it.');
    expect(a.body).not.toContain('I left a comment');
    expect(a.report.notKept.filter((n) => n.element === 'comment').map((n) => n.text)).toEqual(['I left a comment.', 'A comment across paragraphs.', 'This one has multiple paragraphs. See?', 'Do something.', 'Do something else.']);
  });

  it('en-pandoc-track_changes_move: the moved text lands where accepting or rejecting puts it', () => {
    expect(pending('en-pandoc-track_changes_move').diagnostics.map((d) => d.message.slice(0, 60))).toEqual([
      'Unexpected pending move-to (w:moveTo) at paragraph 3 by Jess',
      'Unexpected pending move-from (w:moveFrom) at paragraph 7 by ',
    ]);
    expect(imported('en-pandoc-track_changes_move', { changes: 'accept' }).body).toBe('Here is some text.\n\nHere is the text to be moved.\n\nHere is some more text.');
    expect(imported('en-pandoc-track_changes_move', { changes: 'reject' }).body).toBe('Here is some text.\n\nHere is some more text.\n\nHere is the text to be moved.');
  });

  it('en-docx4j-sample-docx: an insertion and a deletion, by author and date', () => {
    const messages = pending('en-docx4j-sample-docx').diagnostics.map((d) => d.message);
    expect(messages[0]).toMatch(/^Unexpected pending insertion \(w:ins\) at paragraph 71 by Jason Harrop on 2007-12-09T10:14:00Z: “An insertion”/);
    expect(messages[1]).toMatch(/^Unexpected pending deletion \(w:del\) at paragraph 71 by Jason Harrop on 2007-12-09T10:14:00Z: “A deletion”/);
    expect(imported('en-docx4j-sample-docx', { changes: 'accept' }).body).toContain('Here is some change tracking. An insertion Followed by.');
    expect(imported('en-docx4j-sample-docx', { changes: 'reject' }).body).toContain('Here is some change tracking. Followed by A deletion.');
  });

  it('ru-fapm2025-borovkova-annotatsiya-tracked: insertions, paragraph marks and formatting changes by tatjana', () => {
    const report = pending('ru-fapm2025-borovkova-annotatsiya-tracked');
    // 5 inserted runs and 1 inserted paragraph mark, 3 run and 1 paragraph-mark formatting changes, 1 paragraph formatting change
    // (the w:ins inside a w:rPrChange is the old formatting, not a change of its own).
    expect(report.counts).toEqual({ 'tracked changes': 11, comments: 0 });
    expect(report.diagnostics.every((d) => d.message.includes('by tatjana on 2025-09-1'))).toBe(true);
    expect(report.diagnostics.filter((d) => d.message.includes('formatting (w:rPrChange'))).toHaveLength(4);
    expect(report.diagnostics.filter((d) => d.message.includes('insertion (w:ins (paragraph mark))'))).toHaveLength(1);
    expect(report.diagnostics.filter((d) => d.message.includes('insertion (w:ins)'))).toHaveLength(5);
    expect(report.diagnostics.filter((d) => d.message.includes('formatting (w:pPrChange)'))).toHaveLength(1);
  });

  it('en-pandoc-track_changes_scrubbed_metadata: a title of "." is no title', () => {
    const a = imported('en-pandoc-track_changes_scrubbed_metadata', { changes: 'accept' });
    expect(a.body).toBe('Here is a test document.');
    expect(a.frontMatter.title).toEqual({ en: 'en-pandoc-track-changes-scrubbed-metadata' });
    expect(a.report.diagnostics.map((d) => d.rule)).toEqual(['import-docx-missing-metadata']);
  });
});

describe('equations', () => {
  it('ru-fapm2025-shuvalov-tezisy-tables-omml: OMML becomes MathML, formulas laid out in tables become numbered display formulas', () => {
    const a = imported('ru-fapm2025-shuvalov-tezisy-tables-omml');
    expect(a.report.counts.formulas).toBe(22);
    expect(a.body).toContain(
      '<math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><msub><mrow><mi>e</mi></mrow><mrow><mi>i</mi></mrow></msub><mo>=</mo><mi>β</mi><mi>*</mi><mi mathvariant="normal">l</mi><mi mathvariant="normal">n</mi><mo>⁡</mo><mo>(</mo><mfrac><mrow><msup><mrow><mi>R</mi></mrow><mrow><mn>2</mn></mrow></msup><mo>-</mo><msubsup><mrow><mi>r</mi></mrow><mrow><mn>0</mn></mrow><mrow><mn>2</mn></mrow></msubsup></mrow><mrow><msup><mrow><mi>r</mi></mrow><mrow><mn>2</mn></mrow></msup><mo>-</mo><msubsup><mrow><mi>r</mi></mrow><mrow><mn>0</mn></mrow><mrow><mn>2</mn></mrow></msubsup></mrow></mfrac><mo>)</mo></math>\n{#eq:1}',
    );
    for (const n of [1, 2, 3, 4, 5, 6]) expect(a.body).toContain(`</math>\n{#eq:${n}}`);
    expect(a.body).toContain('где <math xmlns="http://www.w3.org/1998/Math/MathML"><msub><mrow><mi>e</mi></mrow><mrow><mi>i</mi></mrow></msub></math> – степень деформации;');
    expect(a.body).not.toMatch(/^\|/m);
  });

  it('omml2mathml runs on @xmldom/xmldom: jsdom is never loaded', () => {
    imported('ru-fapm2025-shuvalov-tezisy-tables-omml');
    const cache = createRequire(import.meta.url).cache;
    expect(Object.keys(cache).some((k) => k.includes('/omml2mathml/'))).toBe(true);
    expect(Object.keys(cache).filter((k) => k.includes('/jsdom/'))).toEqual([]);
  });
});

describe('pictures, lists, formatting', () => {
  it('en-docx4j-sample-docx: images copied into figures/ with captions from their descriptions; nested lists; run formatting', () => {
    const a = imported('en-docx4j-sample-docx', { changes: 'accept' });
    expect(a.files.map((f) => f.path)).toEqual(['figures/image1.jpeg', 'figures/image2.gif', 'figures/image3.png']);
    expect(a.files[0].bytes.length).toBeGreaterThan(1000);
    expect(a.body).toContain('![Escher: Liberation](figures/image2.gif)');
    // A description that is a file path is no caption.
    expect(a.body).toContain('![](figures/image1.jpeg)');
    expect(a.body).toContain('- Level 1\n    - Level 2');
    expect(a.body).toContain('1. Level 1\n    1. Level 2\n        1. Level 3');
    expect(a.body).toContain('Font styles **bold**');
    expect(a.body).toContain('Font styles *italic*');
    expect(a.body).toContain('Font styles [underline]{.underline}');
    expect(a.body).toContain('Png (from <http://davidpritchard.org/images/pacsoc-s1b.png> )');
    expect(a.body).toContain('## Bullets & numbering');
    expect(a.frontMatter.title).toEqual({ en: 'Docx sample document' });
  });
});
