// Pictures and embedded objects in a Word package: a MathType equation (an OLE
// object) is kept as its preview image with a warning, a picture in a format
// the galleys cannot show is copied and reported, a caption paragraph under a
// picture becomes the figure's caption. The manuscript is made with the `docx`
// package and the object spliced into its document.xml, as Word writes it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importDocxFile } from '../../src/import/docx/import-docx.js';
import { parseReferenceLists } from '../../src/import/references/index.js';
import { inTextConverter } from '../../src/import/docx/body-refs.js';

// A 1×1 PNG.
const png = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));

const mathType = `<w:p><w:r><w:t xml:space="preserve">The energy </w:t></w:r><w:r><w:object w:dxaOrig="400" w:dyaOrig="300"><v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:20pt;height:15pt" o:ole=""><v:imagedata r:id="rIdOle1" o:title=""/></v:shape><o:OLEObject Type="Embed" ProgID="Equation.DSMT4" ShapeID="_x0000_i1025" DrawAspect="Content" ObjectID="_1"/></w:object></w:r><w:r><w:t xml:space="preserve"> is conserved.</w:t></w:r></w:p>`;

async function manuscript(): Promise<string> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [new ImageRun({ type: 'png', data: png, transformation: { width: 10, height: 10 }, altText: { name: 'dot', description: 'A dot', title: 'A dot' } })] }),
          new Paragraph({ children: [new TextRun('Figure 1. A single black dot')] }),
          new Paragraph({ children: [new ImageRun({ type: 'bmp', data: png, transformation: { width: 10, height: 10 } })] }),
          new Paragraph({ text: 'MARKER' }),
        ],
      },
    ],
  });
  const parts = unzipSync(await Packer.toBuffer(doc));
  const xml = strFromU8(parts['word/document.xml']).replace(/<w:p>(?:(?!<w:p>).)*?MARKER.*?<\/w:p>/, mathType);
  parts['word/document.xml'] = strToU8(xml.includes('xmlns:o=') ? xml : xml.replace('<w:document ', '<w:document xmlns:o="urn:schemas-microsoft-com:office:office" '));
  parts['word/media/image99.wmf'] = Uint8Array.from([0xd7, 0xcd, 0xc6, 0x9a, 0, 0]);
  parts['word/_rels/document.xml.rels'] = strToU8(strFromU8(parts['word/_rels/document.xml.rels']).replace('</Relationships>', '<Relationship Id="rIdOle1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image99.wmf"/></Relationships>'));
  const file = join(mkdtempSync(join(tmpdir(), 'galley-docx-objects-')), 'objects.docx');
  writeFileSync(file, zipSync(parts));
  return file;
}

describe('pictures and embedded objects', () => {
  it('a MathType object keeps its preview with a warning; a BMP is copied and reported; a caption under a picture is its caption', async () => {
    const r = importDocxFile(await manuscript(), { into: 'article' });
    if (!('article' in r)) throw new Error('not imported');
    const a = r.article;
    expect(a.body).toContain('![A single black dot](figures/');
    expect(a.body).not.toContain('Figure 1.');
    expect(a.body).toContain('The energy is conserved.\n\n![](figures/image99.wmf)');
    expect(a.files.map((f) => f.path)).toContain('figures/image99.wmf');
    const rules = a.report.diagnostics.map((d) => `${d.rule} ${d.severity}`);
    expect(rules).toContain('import-docx-embedded-object warning');
    expect(a.report.diagnostics.find((d) => d.rule === 'import-docx-embedded-object')!.message).toBe('Unexpected embedded object (Equation.DSMT4) at paragraph 4, expected text or an equation; it is kept as its preview image figures/image99.wmf');
    expect(a.report.diagnostics.filter((d) => d.rule === 'import-docx-image-format').map((d) => d.message.match(/of (\S+) at/)![1]).sort()).toEqual([expect.stringMatching(/^figures\/.*\.bmp$/), 'figures/image99.wmf']);
    expect(a.report.decisions).toContainEqual(expect.objectContaining({ at: 'paragraph 4', what: 'a picture inside a text paragraph became a figure after it' }));
  });
});

describe('printed citations in Markdown', () => {
  const lists = parseReferenceLists({ primary: [{ text: 'Carr E. H. The Russian Revolution from Lenin to Stalin. L. : Macmillan, 1979. 200 p.', at: 'paragraph 9' }], lang: 'en', file: 'm.docx' });
  it('an escaped printed cluster becomes a citation; links, spans and other brackets stay as written', () => {
    const sink = { diagnostics: [], decisions: [] };
    const convert = inTextConverter(lists, 'm.docx', sink);
    const key = lists.items[0].id;
    expect(convert('As [Carr](https://example.org) shows \\[1, p. 5\\], [see]{.smallcaps} \\[sic\\].', 'paragraph 3')).toBe(`As [Carr](https://example.org) shows [@${key}, p. 5], [see]{.smallcaps} \\[sic\\].`);
    expect(convert('No brackets here.', 'paragraph 4')).toBe('No brackets here.');
  });
});
