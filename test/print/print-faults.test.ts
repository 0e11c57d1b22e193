// The faults a production editor finds reading the printed issue page by page
// (issue 15), checked on the sample issue built for real: every article PDF
// and the issue PDF, read back with poppler.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, type PDFObject } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIssue, type IssueBuildResult } from '../../src/issue/build-issue.js';
import { brokenWordEnds, lonePageAbbreviations, pageFill, readPageLines, sourceWords } from './page-lines.js';

const repo = resolve(import.meta.dirname, '../..');
const ids = ['harris-2017', 'lindqvist-2017-railway-time', 'solonitsyna-2017-salt-ledgers', 'okafor-volkov-2017-postal-roads'];
const margins = { top: 18, bottom: 20 }; // journal.yaml print.margins

let dir: string;
let built: IssueBuildResult;
const issueDir = () => join(dir, 'dist/issues/2017-5-3');
const articlePdf = (id: string) => join(issueDir(), id, `${id}.pdf`);
const articleHtml = (id: string) => readFileSync(join(issueDir(), id, 'index.html'), 'utf8');
/** The words of an article as its HTML galley gives them (no hyphenation there). */
const wordsOf = (id: string) => sourceWords([articleHtml(id).replace(/<[^>]*>/g, ' ').replace(/&[a-z]+;|&#\d+;/g, ' ')]);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'galley-print-faults-'));
  cpSync(join(repo, 'article'), join(dir, 'article'), { recursive: true });
  cpSync(join(repo, 'issues'), join(dir, 'issues'), { recursive: true });
  cpSync(join(repo, 'record'), join(dir, 'record'), { recursive: true });
  writeFileSync(
    join(dir, 'journal.yaml'),
    readFileSync(join(repo, 'journal.yaml'), 'utf8')
      .replace(/^templates: .*$/m, `templates: ${join(repo, 'templates')}`)
      .replace(/^  crossref: vendor\/crossref-\{version\}$/m, `  crossref: ${join(repo, 'vendor')}/crossref-{version}`),
  );
  built = await buildIssue(join(dir, 'issues/2017-5-3.yaml'), { profileFile: join(dir, 'journal.yaml'), distDir: join(dir, 'dist'), depositsDir: join(dir, 'deposits') });
}, 600_000);

describe('the printed sample issue, page by page', () => {
  it('builds', () => {
    expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it.each(ids)('%s: no line ends in part of a word without its hyphen (page breaks included)', (id) => {
    expect(brokenWordEnds(readPageLines(articlePdf(id)), wordsOf(id))).toEqual([]);
  });

  it('the issue PDF: no line ends in part of a word without its hyphen', () => {
    const words = new Set(ids.flatMap((id) => [...wordsOf(id)]));
    for (const w of sourceWords([readFileSync(join(issueDir(), 'index.html'), 'utf8').replace(/<[^>]*>/g, ' ')])) words.add(w);
    expect(brokenWordEnds(readPageLines(join(issueDir(), '2017-5-3.pdf')), words)).toEqual([]);
  });

  it.each(ids)('%s: no line holds only "p." / "с." / "P."', (id) => {
    expect(lonePageAbbreviations(readPageLines(articlePdf(id)))).toEqual([]);
  });

  it.each(ids)('%s: every page but the last fills at least 90 percent of its text block (figures float)', (id) => {
    const fill = pageFill(readPageLines(articlePdf(id)), margins);
    const short = fill.slice(0, -1).filter((p) => p.fill < 0.9).map((p) => `page ${p.page}: ${(p.fill * 100).toFixed(0)} %`);
    expect(short).toEqual([]);
  });

  it.each([...ids, 'the issue'])('%s: embeds the journal\'s fonts only, the text of its SVG figures included', (id) => {
    const file = id === 'the issue' ? join(issueDir(), '2017-5-3.pdf') : articlePdf(id);
    const rows = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) expect(row.split(/\s+/)[0], row).toMatch(/^[A-Z]{6}\+PT(Serif|Sans)-/);
  });

  it('numbers figure captions in the article\'s language', () => {
    const text = (id: string) => execFileSync('pdftotext', [articlePdf(id), '-'], { encoding: 'utf8' }).replace(/\u00A0/g, ' ');
    expect(text('harris-2017')).toMatch(/Fig\. 1\. Joseph Stalin\. 1918/);
    expect(text('harris-2017')).toMatch(/Fig\. 2\. Joseph Stalin\. 1924/);
    expect(text('solonitsyna-2017-salt-ledgers')).toMatch(/Рис\. 1\. Выварка соли/);
  });

  it('puts a figure that does not fit below its reference at the top of the next page', () => {
    const pages = readPageLines(articlePdf('solonitsyna-2017-salt-ledgers'));
    const caption = pages.findIndex((p) => p.lines.some((l) => l.text.startsWith('Рис. 1.')));
    const reference = pages.findIndex((p) => p.lines.some((l) => /\(рис\.\s1\)/.test(l.text)));
    expect(caption).toBeGreaterThan(0);
    expect(reference).toBeGreaterThanOrEqual(0);
    expect(caption - reference).toBeGreaterThanOrEqual(0);
    expect(caption - reference).toBeLessThanOrEqual(1);
  });
});

describe('no-break spaces in the HTML galley', () => {
  it('binds every "Д. N", "Оп. N", "Ф. N" and "N p." of the sample', () => {
    const html = articleHtml('harris-2017');
    for (const abbreviation of ['Д\\.', 'Оп\\.', 'Ф\\.']) {
      expect(html.match(new RegExp(`${abbreviation} \\d`, 'g')) ?? [], abbreviation).toEqual([]);
      expect((html.match(new RegExp(`${abbreviation}\u00A0\\d`, 'g')) ?? []).length, abbreviation).toBeGreaterThan(3);
    }
    expect(html.match(/\d p\./g) ?? []).toEqual([]);
    expect((html.match(/\d\u00A0p\./g) ?? []).length).toBeGreaterThan(10);
    expect(html).not.toMatch(/N\. Y\./);
  });
});

const structTexts = new Map<string, string>();
const structErrors = new Map<string, string>();
/** `pdfinfo -struct-text` (slow on a whole issue: read once per file), its complaints kept apart. */
function structText(file: string): string {
  if (!structTexts.has(file)) {
    const run = spawnSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8', maxBuffer: 64 << 20 });
    structTexts.set(file, run.stdout);
    structErrors.set(file, run.stderr);
  }
  return structTexts.get(file)!;
}

/** Every structure element's type and, for figures, the alternative text. */
function structure(doc: PDFDocument): { types: Set<string>; figureAlts: string[] } {
  const types = new Set<string>();
  const figureAlts: string[] = [];
  const walk = (node: PDFObject | undefined): void => {
    const dict = node && (doc.context.lookup(node as never) as PDFObject);
    if (!(dict instanceof PDFDict)) return;
    const type = dict.get(PDFName.of('S'))?.toString();
    if (type) types.add(type);
    const alt = dict.lookup(PDFName.of('Alt')) as { decodeText?: () => string } | undefined;
    if (type === '/Figure' && alt?.decodeText) figureAlts.push(alt.decodeText());
    const k = dict.get(PDFName.of('K'));
    const kids = k && doc.context.lookup(k as never);
    if (kids instanceof PDFArray) for (const kid of kids.asArray()) walk(kid);
    else walk(k);
  };
  walk(doc.catalog.get(PDFName.of('StructTreeRoot')));
  return { types, figureAlts };
}

describe('tagged PDFs', () => {
  it.each([['the article', () => articlePdf('harris-2017')], ['the issue', () => join(issueDir(), '2017-5-3.pdf')]])('%s PDF is tagged, with headings and figures with alt text', async (_name, file) => {
    expect(execFileSync('pdfinfo', [file()], { encoding: 'utf8' })).toMatch(/^Tagged:\s+yes$/m);
    const tree = structText(file());
    expect(tree).toMatch(/^\s*H1\b/m);
    expect(tree).toMatch(/^\s*H2\b/m);
    expect(tree).toMatch(/^\s*Figure\b/m);
    expect(tree).toMatch(/"Fig\.\s1\."/);
    const doc = await PDFDocument.load(readFileSync(file()), { updateMetadata: false });
    const { types, figureAlts } = structure(doc);
    expect(figureAlts).toContain('Joseph Stalin. 1918. At the front of the Civil War');
    expect(types.has('/Document')).toBe(true);
    expect(doc.catalog.lookup(PDFName.of('MarkInfo'))?.toString()).toContain('/Marked true');
  }, 300_000); // poppler takes a while over a whole issue's tree on a busy machine

  it('reads without structure errors in poppler (PDF 2.0 types are role-mapped)', () => {
    structText(join(issueDir(), '2017-5-3.pdf'));
    expect(structErrors.get(join(issueDir(), '2017-5-3.pdf'))).not.toContain('Syntax Error');
  }, 300_000);

  it('keeps every article of the issue as its own part, with its text', () => {
    const tree = structText(join(issueDir(), '2017-5-3.pdf'));
    expect(tree.match(/^  Part$/gm)?.length).toBe(ids.length + 1); // the contents, then each article
    expect(tree).toContain('"Ingrid Lindqvist"');
    expect(tree).toContain('Евдокия Солоницына');
  }, 300_000);
});

describe('the issue contents', () => {
  it('links every galley beside the HTML contents page, sets it in the journal\'s fonts and words its numbering as the article pages do', () => {
    const html = readFileSync(join(issueDir(), 'index.html'), 'utf8');
    const links = [...html.matchAll(/(?:href)="([^"#]+)"/g)].map((m) => m[1]).filter((href) => !/^https?:/.test(href));
    expect(links).toEqual(expect.arrayContaining(['assets/fonts.css', 'toc.css', 'harris-2017/index.html', 'harris-2017/harris-2017.pdf', 'harris-2017/harris-2017.jats.xml']));
    for (const href of links) expect(existsSync(join(issueDir(), href)), href).toBe(true);
    expect(html).not.toContain('qrjournal.org/articles');
    expect(html).toContain('Vol. 5, No. 3, 2017');
    expect(html).toContain('Т. 5, № 3, 2017');
    expect(readFileSync(join(issueDir(), 'assets/fonts.css'), 'utf8')).toContain("font-family: 'PT Serif'");
  });

  it('sets the printed contents with authors apart from titles, dot leaders, and no break inside a range', () => {
    const text = execFileSync('pdftotext', ['-f', '2', '-l', '2', '-layout', join(issueDir(), 'toc.pdf'), '-'], { encoding: 'utf8' });
    const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
    const author = lines.indexOf('James Harris');
    expect(author).toBeGreaterThan(0);
    expect(lines[author + 1]).toMatch(/^The Bolshevik Party Transformed: Stalin’s Rise to Power \(1917–1927\)$/);
    for (const line of lines) expect(line, line).not.toMatch(/\d–$/);
    expect(lines.find((l) => l.startsWith('(1917–1927)') || l.includes('власти'))).toBeDefined();
    // The page number ends the title's last line (the leaders are drawn, not typed).
    expect(text).toMatch(/^\(1917–1927\)\s+693$/m);
    expect(text).toMatch(/округе \(1800–1850\)\s+722$/m);
  });
});
