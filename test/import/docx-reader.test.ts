// The reader and the body on manuscripts made here with the `docx` package:
// one construct each (hidden text, a Mendeley field, a Word citation field, a
// bold paragraph as a heading, a quote, marks, lists), and input that is no
// Word file at all.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AlignmentType, Document, FootnoteReferenceRun, HeadingLevel, LevelFormat, Packer, Paragraph, SimpleField, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { importDocxFile } from '../../src/import/docx/import-docx.js';
import type { ImportedArticle } from '../../src/import/types.js';

const dir = mkdtempSync(join(tmpdir(), 'galley-docx-reader-'));

async function manuscript(name: string, children: Paragraph[], extra: Partial<ConstructorParameters<typeof Document>[0]> = {}): Promise<string> {
  const doc = new Document({ ...extra, sections: [{ children }] } as ConstructorParameters<typeof Document>[0]);
  const file = join(dir, `${name}.docx`);
  writeFileSync(file, await Packer.toBuffer(doc));
  return file;
}

function imported(file: string): ImportedArticle {
  const r = importDocxFile(file, { into: 'article' });
  if (!('article' in r)) throw new Error(`${file}: ${'failed' in r ? r.failed : 'pending'}`);
  return r.article;
}

const mendeley = JSON.stringify({
  citationID: 'MENDELEY_CITATION_1',
  citationItems: [{ id: 'x1', itemData: { type: 'book', id: 'x1', title: 'Тайная история', author: [{ family: 'Иванов', given: 'Иван' }], issued: { 'date-parts': [[2001]] }, language: 'ru' }, locator: '5', label: 'page' }],
  schema: 'https://github.com/citation-style-language/schema/raw/master/csl-citation.json',
});

describe('the Word reader on generated manuscripts', () => {
  it('hidden text is left out and reported; marks become Galley marks', async () => {
    const file = await manuscript('marks', [
      new Paragraph({ children: [new TextRun('Visible '), new TextRun({ text: 'secret ', vanish: true }), new TextRun('text.')] }),
      new Paragraph({ children: [new TextRun('H'), new TextRun({ text: '2', subScript: true }), new TextRun('O and R'), new TextRun({ text: '2', superScript: true }), new TextRun(' in '), new TextRun({ text: 'Small Caps', smallCaps: true }), new TextRun(' with a '), new TextRun({ text: 'bold italic', bold: true, italics: true }), new TextRun(' run.')] }),
      new Paragraph({ children: [new TextRun('Escapes: *stars*, [brackets], $5 and a_b.')] }),
    ]);
    const a = imported(file);
    expect(a.body).toContain('Visible text.');
    expect(a.body).not.toContain('secret');
    expect(a.report.notKept).toContainEqual(expect.objectContaining({ at: 'paragraph 1', element: 'w:vanish', text: 'secret', reason: 'hidden text (w:vanish) is not carried over' }));
    expect(a.body).toContain('H~2~O and R^2^ in [Small Caps]{.smallcaps} with a ***bold italic*** run.');
    expect(a.body).toContain('Escapes: \\*stars\\*, \\[brackets\\], \\$5 and a\\_b.');
  });

  it('a Mendeley field becomes a citation and a CSL item with a romanized key; a Word CITATION field keeps its text and is reported', async () => {
    const file = await manuscript('fields', [
      new Paragraph({ children: [new TextRun('As shown '), new SimpleField(`ADDIN CSL_CITATION ${mendeley}`, '(Иванов, 2001, с. 5)'), new TextRun('.')] }),
      new Paragraph({ children: [new TextRun('Also '), new SimpleField('CITATION Smi01 \\l 1033', '(Smith, 2001)'), new TextRun('.')] }),
      new Paragraph({ children: [new TextRun('Broken '), new SimpleField('ADDIN CSL_CITATION {not json', '(Broken)'), new TextRun('.')] }),
    ]);
    const a = imported(file);
    expect(a.body).toContain('As shown [@ivanov2001, p. 5].');
    expect(a.references).toEqual([{ id: 'ivanov2001', type: 'book', title: 'Тайная история', author: [{ family: 'Иванов', given: 'Иван' }], issued: { 'date-parts': [[2001]] }, language: 'ru' }]);
    expect(a.body).toContain('Also (Smith, 2001).');
    expect(a.report.notKept).toContainEqual(expect.objectContaining({ at: 'paragraph 2', element: 'field', text: 'CITATION Smi01 \\l 1033' }));
    expect(a.body).toContain('Broken (Broken).');
    expect(a.report.notKept.find((n) => n.element === 'citation field')?.reason).toBe('Unexpected citation field: no JSON in the field instruction, expected Zotero or Mendeley CSL-JSON; its printed text is kept');
    expect(a.report.diagnostics).toContainEqual(expect.objectContaining({ rule: 'import-docx-citation-field', severity: 'warning', message: 'Unexpected citation field: no JSON in the field instruction, expected Zotero or Mendeley CSL-JSON; its printed text is kept (paragraph 3)' }));
  });

  it('headings from styles and from a short bold paragraph (a decision); quotes from the Quote style; lists; footnotes', async () => {
    const file = await manuscript(
      'blocks',
      [
        new Paragraph({ text: 'The Title', heading: HeadingLevel.TITLE }),
        new Paragraph({ text: 'Styled heading', heading: HeadingLevel.HEADING_1 }),
        new Paragraph({ children: [new TextRun('Body text with a note'), new FootnoteReferenceRun(1), new TextRun('.')] }),
        new Paragraph({ children: [new TextRun({ text: 'Bold heading', bold: true })] }),
        new Paragraph({ text: 'Text under the bold heading.' }),
        new Paragraph({ text: 'Quoted words.', style: 'Quote' }),
        new Paragraph({ text: 'First', numbering: { reference: 'num', level: 0 } }),
        new Paragraph({ text: 'Second', numbering: { reference: 'num', level: 0 } }),
        new Paragraph({ text: 'Nested', numbering: { reference: 'num', level: 1 } }),
        new Paragraph({ text: 'Centred sub-heading', heading: HeadingLevel.HEADING_2, alignment: AlignmentType.CENTER }),
        new Paragraph({ text: '1. Not a list' }),
      ],
      {
        footnotes: { 1: { children: [new Paragraph('The note.')] } },
        numbering: { config: [{ reference: 'num', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.' }, { level: 1, format: LevelFormat.BULLET, text: '•' }] }] },
        styles: { paragraphStyles: [{ id: 'Quote', name: 'Quote', basedOn: 'Normal', run: { italics: true } }] },
      },
    );
    const a = imported(file);
    expect(a.frontMatter.title).toEqual({ en: 'The Title' });
    expect(a.body).toBe(
      [
        '## Styled heading',
        'Body text with a note[^1].',
        '## Bold heading',
        'Text under the bold heading.',
        '> Quoted words.',
        '1. First\n1. Second\n    - Nested',
        '### Centred sub-heading',
        '1\\. Not a list',
        '[^1]: The note.',
      ].join('\n\n'),
    );
    expect(a.report.decisions).toContainEqual({ at: 'paragraph 4', what: 'paragraph 4 became a level-1 section heading', why: 'a short bold paragraph alone, followed by body text' });
  });

  it('a file that is no Word package fails with import-unreadable, not an exception', () => {
    const file = join(dir, 'not-a-zip.docx');
    writeFileSync(file, 'plain text, not a zip');
    const r = importDocxFile(file, { into: 'article' });
    expect('failed' in r).toBe(true);
    if (!('failed' in r)) return;
    expect(r.report.diagnostics).toEqual([expect.objectContaining({ rule: 'import-unreadable', severity: 'error' })]);
    expect(r.failed).toMatch(/^Unexpected file content .*expected a Word package \(a zip archive\)$/);
  });
});
