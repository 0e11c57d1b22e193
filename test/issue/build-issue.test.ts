// The sample issue built for real (Chromium, paged.js, pdf-lib, the Crossref XSD)
// in a scratch copy of the repository's articles.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIssue, type IssueBuildResult } from '../../src/issue/build-issue.js';
import { validateXsd } from '../../src/checks/xml-schema.js';

const repo = resolve(import.meta.dirname, '../..');
const schemas = resolve(repo, 'vendor');

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'galley-issue-'));
  cpSync(join(repo, 'article'), join(dir, 'article'), { recursive: true });
  cpSync(join(repo, 'issues'), join(dir, 'issues'), { recursive: true });
  const profile = readFileSync(join(repo, 'journal.yaml'), 'utf8')
    .replace(/^templates: .*$/m, `templates: ${join(repo, 'templates')}`)
    .replace(/^  crossref: vendor\/crossref-\{version\}$/m, `  crossref: ${schemas}/crossref-{version}`);
  writeFileSync(join(dir, 'journal.yaml'), profile);
  return dir;
}

/** Every file below a folder, as sorted relative paths. */
function filesUnder(root: string, prefix = ''): string[] {
  return readdirSync(join(root, prefix), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(root, join(prefix, e.name)) : [join(prefix, e.name)]))
    .sort();
}

const options = (dir: string) => ({ profileFile: join(dir, 'journal.yaml'), distDir: join(dir, 'dist'), depositsDir: join(dir, 'deposits') });

/** Page labels of every page, read back from the /PageLabels number tree. */
function pageLabels(doc: PDFDocument): string[] {
  const nums = (doc.catalog.lookup(PDFName.of('PageLabels'), PDFDict).lookup(PDFName.of('Nums'), PDFArray)).asArray();
  const ranges: { start: number; style: string; first: number }[] = [];
  for (let i = 0; i < nums.length; i += 2) {
    const dict = doc.context.lookup(nums[i + 1], PDFDict);
    ranges.push({ start: (nums[i] as PDFNumber).asNumber(), style: dict.get(PDFName.of('S'))!.toString(), first: (dict.get(PDFName.of('St')) as PDFNumber).asNumber() });
  }
  return doc.getPages().map((_, index) => {
    const r = [...ranges].reverse().find((x) => x.start <= index)!;
    const n = r.first + index - r.start;
    return r.style === '/r' ? 'i ii iii iv v vi'.split(' ')[n - 1] : String(n);
  });
}

function bookmarks(doc: PDFDocument): { title: string; pageIndex: number }[] {
  const outlines = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
  const pageRefs = doc.getPages().map((p) => p.ref.toString());
  const out: { title: string; pageIndex: number }[] = [];
  let ref = outlines.get(PDFName.of('First')) as PDFRef | undefined;
  while (ref) {
    const item = doc.context.lookup(ref, PDFDict);
    const title = item.get(PDFName.of('Title')) as PDFHexString | PDFString;
    const dest = item.lookup(PDFName.of('Dest'), PDFArray);
    out.push({ title: title.decodeText(), pageIndex: pageRefs.indexOf(dest.get(0).toString()) });
    ref = item.get(PDFName.of('Next')) as PDFRef | undefined;
  }
  return out;
}

describe('galley issue build (sample issue 2017-5-3)', () => {
  let dir: string;
  let cold: IssueBuildResult;
  const issueDir = () => join(dir, 'dist/issues/2017-5-3');

  beforeAll(async () => {
    dir = workspace();
    cold = await buildIssue(join(dir, 'issues/2017-5-3.yaml'), options(dir));
  }, 300_000);

  it('builds every article at continuous folios, the seed keeping 693–707', () => {
    expect(cold.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(cold.ok).toBe(true);
    const articles = cold.manifest!.articles;
    expect(articles.map((a) => a.id)).toEqual(['harris-2017', 'lindqvist-2017-railway-time', 'solonitsyna-2017-salt-ledgers', 'okafor-volkov-2017-postal-roads']);
    expect([articles[0].first, articles[0].last]).toEqual([693, 707]);
    for (let i = 1; i < articles.length; i++) expect(articles[i].first).toBe(articles[i - 1].last + 1);
    for (const a of articles) expect(a.last - a.first + 1).toBe(a.pageCount);
  });

  it('assigns the missing DOI the next running number and writes it into every galley', () => {
    const okafor = cold.manifest!.articles.find((a) => a.id === 'okafor-volkov-2017-postal-roads')!;
    expect(okafor).toMatchObject({ doi: '10.15826/qr.2017.3.248', doiAssigned: true });
    const jats = readFileSync(join(issueDir(), okafor.id, `${okafor.id}.jats.xml`), 'utf8');
    expect(jats).toContain('<article-id pub-id-type="doi">10.15826/qr.2017.3.248</article-id>');
    expect(jats).toContain(`<fpage>${okafor.first}</fpage>`);
    expect(jats).toContain(`<lpage>${okafor.last}</lpage>`);
  });

  it('writes an issue PDF whose page labels and bookmarks match the table of contents', async () => {
    const doc = await PDFDocument.load(readFileSync(join(issueDir(), '2017-5-3.pdf')), { updateMetadata: false });
    const labels = pageLabels(doc);
    const marks = bookmarks(doc);
    const articles = cold.manifest!.articles;
    expect(marks).toHaveLength(articles.length);
    const toc = readFileSync(join(issueDir(), 'index.html'), 'utf8');
    articles.forEach((a, i) => {
      expect(marks[i].title).toContain(a.title.en);
      expect(labels[marks[i].pageIndex]).toBe(String(a.first));
      expect(toc).toMatch(new RegExp(`<span class="pages">${a.first}–${a.last}</span>`));
    });
    expect(labels[0]).toBe('i');
    expect(labels.at(-1)).toBe(String(articles.at(-1)!.last));
    expect(doc.getPageCount()).toBe(labels.indexOf('693') + (articles.at(-1)!.last - 693 + 1));
  });

  it('writes one Crossref batch with every article that the official XSD accepts', () => {
    const batch = readFileSync(join(issueDir(), '2017-5-3.crossref.xml'), 'utf8');
    expect(batch.match(/<journal_issue>/g)).toHaveLength(1);
    expect(batch.match(/<journal_article /g)).toHaveLength(4);
    const errors = validateXsd(batch, { xsdFile: join(schemas, 'crossref-5.4.0/crossref5.4.0.xsd'), catalogFile: join(schemas, 'crossref-5.4.0/catalog.xml'), fileName: 'batch.xml' });
    expect(errors).toEqual([]);
  });

  it('lists every output in the manifest with its checksum', () => {
    const manifest = JSON.parse(readFileSync(join(issueDir(), 'manifest.json'), 'utf8'));
    const paths = manifest.outputs.map((o: { path: string }) => o.path);
    expect(paths).toEqual(expect.arrayContaining(['2017-5-3.pdf', 'index.html', 'toc.pdf', '2017-5-3.crossref.xml', 'harris-2017/harris-2017.pdf', 'lindqvist-2017-railway-time/supplementary/station-offsets.csv']));
    for (const o of manifest.outputs) expect(o.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('writes the same bytes into every file when nothing changed (toc.pdf, the issue PDF, the manifest)', async () => {
    const snapshot = () => Object.fromEntries(filesUnder(issueDir()).map((f) => [f, readFileSync(join(issueDir(), f)).toString('base64')]));
    const before = snapshot();
    // A wall-clock date would change with the second.
    await new Promise((r) => setTimeout(r, 1100));
    const again = await buildIssue(join(dir, 'issues/2017-5-3.yaml'), options(dir));
    expect(again.ok).toBe(true);
    const after = snapshot();
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const f of Object.keys(before)) expect(after[f], f).toBe(before[f]);
    // Chromium's wall-clock date and user agent are gone; the issue's publication date stands.
    const toc = await PDFDocument.load(Buffer.from(after['toc.pdf'], 'base64'), { updateMetadata: false });
    expect(toc.getCreationDate()?.toISOString()).toBe('2017-09-30T00:00:00.000Z');
    expect(toc.getModificationDate()?.toISOString()).toBe('2017-09-30T00:00:00.000Z');
    expect(`${toc.getCreator()} ${toc.getProducer()}`).not.toMatch(/HeadlessChrome|Skia/);
  }, 120_000);

  it('re-renders only the edited article when its page count is unchanged', async () => {
    const file = join(dir, 'article/lindqvist-2017-railway-time/article.md');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/(\n[A-Z][^\n]{120,}?)\. /, '$1, as the editor adds. '));
    const again = await buildIssue(join(dir, 'issues/2017-5-3.yaml'), options(dir));
    expect(again.ok).toBe(true);
    const status = Object.fromEntries(again.statuses.map((s) => [s.id, s.status]));
    expect(status).toEqual({
      'harris-2017': 'reused',
      'lindqvist-2017-railway-time': 'changed',
      'solonitsyna-2017-salt-ledgers': 'reused',
      'okafor-volkov-2017-postal-roads': 'reused',
    });
    expect(again.refoliated).toEqual([]);
    expect(readFileSync(join(issueDir(), 'lindqvist-2017-railway-time/index.html'), 'utf8')).toContain('as the editor adds');
    // The DOI given earlier is kept.
    expect(again.manifest!.articles.at(-1)!.doi).toBe('10.15826/qr.2017.3.248');
  }, 120_000);

  it('refuses bad issues with a diagnostic and leaves the built issue as it was', async () => {
    const before = readFileSync(join(issueDir(), 'manifest.json'), 'utf8');
    const issueText = readFileSync(join(dir, 'issues/2017-5-3.yaml'), 'utf8');
    const bad = (name: string, text: string) => {
      writeFileSync(join(dir, 'issues', name), text);
      return buildIssue(join(dir, 'issues', name), options(dir));
    };
    const twice = await bad('2017-5-3.yaml', issueText.replace('[harris-2017, ', '[harris-2017, harris-2017, '));
    expect(twice.diagnostics.map((d) => d.rule)).toContain('issue-article-duplicate');
    const missing = await bad('2017-5-3.yaml', issueText.replace('[harris-2017, ', '[harris-2017, no-such-article, '));
    expect(missing.diagnostics.find((d) => d.rule === 'issue-article-missing')?.message).toContain('no-such-article');
    // Another article outside the issue already owns the DOI 245.
    cpSync(join(dir, 'article/harris-2017'), join(dir, 'article/harris-copy'), { recursive: true });
    const collision = await bad('2017-5-3.yaml', issueText);
    expect(collision.diagnostics.find((d) => d.rule === 'issue-doi-collision')?.message).toContain('harris-copy');
    writeFileSync(join(dir, 'article/harris-copy/article.md'), 'not an article');
    const failing = await bad('2017-5-3.yaml', issueText.replace('[harris-2017, ', '[harris-2017, harris-copy, '));
    expect(failing.diagnostics.map((d) => d.rule)).toContain('issue-article-failed');
    for (const r of [twice, missing, collision, failing]) expect(r.ok).toBe(false);
    expect(readFileSync(join(issueDir(), 'manifest.json'), 'utf8')).toBe(before);
    expect(existsSync(join(issueDir(), '2017-5-3.pdf'))).toBe(true);
  }, 60_000);
});
