// The built sample read back the way a reader's tools read it: poppler for the
// text and fonts, pdf-lib for the structure.
import { execFileSync } from 'node:child_process';
import { PDFDocument, PDFName, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Block, Inline } from '../../src/model/types.js';
import { firstPageLabel } from '../../src/pdf/finish.js';
import { sampleBuild, type SampleBuild } from './sample-build.js';

let sample: SampleBuild;
let doc: PDFDocument;

beforeAll(async () => {
  sample = await sampleBuild();
  doc = await PDFDocument.load(sample.pdf, { updateMetadata: false });
});

/** One page's text, laid out, with no-break and thin spaces as plain spaces. */
const pageText = (page: number) =>
  execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', sample.pdfFile, '-'], { encoding: 'utf8' }).replace(/[\u00A0\u2009\u202F]/g, ' ');
/** Collapse whitespace (and rejoin words hyphenated at a line end) to compare running text. */
const flat = (text: string) => text.replace(/(\p{L})-\s*\n\s*(\p{Ll})/gu, '$1$2').replace(/\s+/g, ' ');
const plain = (inlines: Inline[]): string => inlines.map((n) => ('value' in n ? n.value : 'children' in n ? plain(n.children) : n.type === 'citation' ? plain(n.rendered) : '')).join('');
const blocksText = (blocks: Block[]): string => blocks.map((b) => (b.type === 'paragraph' ? plain(b.children) : '')).join(' ');

describe('the sample article as printed', () => {
  it('keeps its published pagination: 15 pages, 693–707', () => {
    const info = execFileSync('pdfinfo', [sample.pdfFile], { encoding: 'utf8' });
    expect(info).toMatch(/^Pages:\s+15$/m);
    expect(doc.getPageCount()).toBe(15);
    expect(sample.article.meta.pages).toEqual({ first: 693, last: 707 });
  });

  it('has the UDC, the DOI and both titles on page 1', () => {
    const page = flat(pageText(1));
    const { meta } = sample.article;
    expect(page).toContain(`УДК ${meta.udc}`);
    expect(page).toContain(`DOI ${meta.doi}`);
    expect(page.toUpperCase()).toContain(meta.titleText.en.toUpperCase());
    expect(page).toContain(meta.titleText.ru);
    expect(page).toMatch(/\* Citation: Harris, J\. \(2017\)\. .* p\. 693–707\. DOI 10\.15826\/qr\.2017\.3\.245\./);
  });

  it('numbers page 2 as 694 in its running head, with the author on the verso', () => {
    const head = pageText(2).split('\n').find((l) => l.trim())!;
    expect(head.trim()).toMatch(/^694\s+J\. Harris$/);
    const recto = pageText(3).split('\n').find((l) => l.trim())!;
    expect(recto.trim()).toMatch(/^The Bolshevik Party Transformed\s+695$/);
  });

  it('prints each footnote on the page of its call', () => {
    const pages = Array.from({ length: 15 }, (_, i) => flat(pageText(i + 1)));
    for (const note of sample.article.footnotes) {
      const start = blocksText(note.children).slice(0, 40);
      const notePage = pages.findIndex((p) => p.includes(`${note.number} ${start}`));
      expect(notePage, `footnote ${note.number} "${start}" not found at a page foot`).toBeGreaterThanOrEqual(0);
      // The call: the number set right after the closing bracket of a citation or a full stop.
      expect(pages[notePage], `call of footnote ${note.number} on page ${693 + notePage}`).toMatch(new RegExp(`[\\].]${note.number} `));
    }
  });

  it('ends with the end of the References list and the submission date', () => {
    const references = sample.article.references.find((l) => l.kind === 'romanized')!;
    const last = flat(plain(references.entries[references.entries.length - 1].text)).trim();
    const page = flat(pageText(15));
    expect(page).toContain(last.slice(-40));
    expect(page.trim()).toMatch(/Submitted on 17\.01\.2017$/);
  });

  it('labels its pages from 693', () => {
    expect(firstPageLabel(doc)).toBe(693);
  });

  it('carries the DOI, pages and both titles in its XMP', () => {
    const stream = doc.catalog.lookup(PDFName.of('Metadata'));
    expect(stream).toBeInstanceOf(PDFRawStream);
    const xmp = new TextDecoder().decode(decodePDFRawStream(stream as PDFRawStream).decode());
    expect(xmp).toContain('<prism:doi>10.15826/qr.2017.3.245</prism:doi>');
    expect(xmp).toContain('<prism:startingPage>693</prism:startingPage>');
    expect(xmp).toContain('<prism:endingPage>707</prism:endingPage>');
    expect(xmp).toContain(`<rdf:li xml:lang="ru">${sample.article.meta.titleText.ru}</rdf:li>`);
    expect(execFileSync('pdfinfo', ['-meta', sample.pdfFile], { encoding: 'utf8' })).toContain('<prism:doi>10.15826/qr.2017.3.245</prism:doi>');
  });

  it('embeds every font, and sets the text in the profile\'s fonts', () => {
    const [header, , ...rows] = execFileSync('pdffonts', [sample.pdfFile], { encoding: 'utf8' }).trim().split('\n');
    const emb = header.indexOf('emb');
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) expect(row.slice(emb, emb + 3), row).toBe('yes');
    // Every page uses PT Serif and PT Sans only, the text inside the SVG figures included (drawn inside the page: #15 point 2).
    for (const row of rows) expect(row.split(/\s+/)[0], row).toMatch(/^[A-Z]{6}\+PT(Serif|Sans)-/);
  });

  it('reads without soft hyphens in its text', () => {
    const text = execFileSync('pdftotext', [sample.pdfFile, '-'], { encoding: 'utf8' });
    expect(text).not.toContain('\u00AD');
    expect(flat(text)).toContain('It is a huge question that needs to be addressed in many dimensions');
  });

  it('opens at bookmarks for the title and both reference lists', () => {
    const outlines = doc.catalog.lookup(PDFName.of('Outlines'));
    expect(outlines).toBeDefined();
    const titles: string[] = [];
    const walk = (ref: unknown) => {
      for (let item = doc.context.lookup(ref as never) as any; item; item = item.get(PDFName.of('Next')) && doc.context.lookup(item.get(PDFName.of('Next')))) {
        titles.push(item.lookup(PDFName.of('Title')).decodeText());
        if (item.get(PDFName.of('First'))) walk(item.get(PDFName.of('First')));
      }
    };
    walk((outlines as any).get(PDFName.of('First')));
    expect(titles).toEqual([sample.article.meta.titleText.en, 'Список литературы', 'References']);
  });
});
