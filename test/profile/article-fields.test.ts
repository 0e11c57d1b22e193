// `article-fields`: a journal publishing continuously (no issue numbers) whose
// articles may lack keywords. The second journal's SciELO article without
// `issue` and `keywords` builds all four galleys (and the DOAJ export), each
// valid against its schema and without a trace of the missing fields; the same
// article under Quaestio Rossica's profile (everything required) stops at
// meta-required, and a DOI pattern with {issue} cannot serve it.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateJats } from '../../src/checks/xml-schema.js';
import { loadProfile } from '../../src/profile/load.js';
import { validateCrossrefXml } from '../../src/render/crossref/validate.js';
import { xmllintExport } from '../helpers/export-xml.js';
import { journalCopy as qrJournalCopy, repoRoot } from '../helpers/journal-copy.js';
import { galley } from '../cli/run.js';

const fixture = join(repoRoot, 'test/fixtures/journals/bakhtiniana');
const id = 'souza-2023';

/** The article's source without `issue` and without `keywords`. */
function withoutIssueAndKeywords(md: string): string {
  const out = md.replace(/^issue: "2"\n/m, '').replace(/^keywords:\n(  .*\n)+/m, '');
  if (out.includes('\nissue:') || out.includes('\nkeywords:')) throw new Error('the fixture changed: issue or keywords still there');
  return out;
}

/** Bakhtiniana in a scratch folder with `edit` applied to its profile, the article stripped. */
function bakhtiniana(edit: (profile: string) => string, strip: (md: string) => string = withoutIssueAndKeywords): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'galley-article-fields-')), 'bakhtiniana');
  cpSync(fixture, dir, { recursive: true });
  const profile = join(dir, 'journal.yaml');
  writeFileSync(profile, edit(readFileSync(profile, 'utf8').replace('../../../../vendor/crossref-{version}', `${repoRoot}/vendor/crossref-{version}`)));
  const article = join(dir, 'article', id, 'article.md');
  writeFileSync(article, strip(readFileSync(article, 'utf8')));
  return dir;
}

const continuous = (p: string) =>
  p
    .replace('languages: [pt, en]\n', 'languages: [pt, en]\narticle-fields: { issue: optional, keywords: optional }\nexports: [doaj]\n')
    .replace('v. {{volume}}, n. {{issue}},', 'v. {{volume}}{{#if issue}}, n. {{issue}}{{/if}},');

describe('a journal whose articles have no issue and may have no keywords', () => {
  let dir: string;
  let build: Awaited<ReturnType<typeof galley>>;
  const read = (name: string) => readFileSync(join(dir, 'dist', id, name), 'utf8');

  beforeAll(async () => {
    dir = bakhtiniana(continuous);
    build = await galley(['build', `article/${id}`], dir);
  }, 180_000);

  it('builds all four galleys and the DOAJ record with no error', () => {
    expect(build.err.split('\n').filter((l) => / error /.test(l))).toEqual([]);
    expect(build.out).toContain(`built ${id}: ${id}.pdf, ${id}.jats.xml, index.html, ${id}.crossref.xml, ${id}.doaj.xml`);
    expect(build.code).toBe(0);
  });

  it('JATS: DTD-valid, <volume> without <issue>, no kwd-group', () => {
    const xml = read(`${id}.jats.xml`);
    expect(validateJats(xml, { version: '1.3', fileName: `${id}.jats.xml` })).toEqual([]);
    const articleMeta = xml.slice(xml.indexOf('<article-meta>'), xml.indexOf('</article-meta>'));
    expect(articleMeta).toMatch(/<volume>18<\/volume>\n<fpage>1<\/fpage>/);
    expect(articleMeta).not.toContain('<issue>');
    expect(articleMeta).not.toContain('<kwd');
    expect(articleMeta).toContain('<abstract xml:lang="pt">');
  });

  it('Crossref: XSD-valid, journal_issue with the volume and no issue, no "undefined" anywhere', () => {
    const xml = read(`${id}.crossref.xml`);
    const { profile } = loadProfile(join(dir, 'journal.yaml'));
    expect(validateCrossrefXml(xml, profile!, `${id}.crossref.xml`)).toEqual([]);
    const issue = xml.slice(xml.indexOf('<journal_issue>'), xml.indexOf('</journal_issue>'));
    expect(issue).toMatch(/<journal_volume>\s*<volume>18<\/volume>\s*<\/journal_volume>\s*$/);
    expect(issue).not.toContain('<issue>');
    expect(xml).not.toContain('undefined');
  });

  it('DOAJ: XSD-valid, a volume and no issue element', () => {
    const xml = read(`${id}.doaj.xml`);
    expect(xmllintExport(xml, 'doaj-articles-1.3', 'doajArticles.xsd').status).toBe(0);
    expect(xml).toContain('<volume>18</volume>');
    expect(xml).not.toContain('<issue>');
    expect(xml).not.toContain('<keywords');
  });

  it('HTML: no citation_issue or citation_keywords, the facts line and citation block without an issue, JSON-LD part of the volume', () => {
    const html = read('index.html');
    expect(html).toContain('<meta name="citation_volume" content="18">');
    expect(html).not.toContain('name="citation_issue"');
    expect(html).not.toContain('name="citation_keywords"');
    // The print build has counted the pages: 1–18.
    expect(html).toMatch(/<p class="site-issue">v\. 18, 2023\. p\. 1–\d+<\/p>/);
    expect(html).toMatch(/<em>Bakhtiniana: Revista de Estudos do Discurso<\/em>, São Paulo, v\. 18, p\.\u00a01–\d+, 2023\. DOI: 10\.1590\/2176-4573p58270\./);
    expect(html).not.toContain('Palavras-chave');
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]) as Record<string, any>;
    expect(jsonLd.isPartOf['@type']).toBe('PublicationVolume');
    expect(jsonLd.isPartOf.volumeNumber).toBe('18');
    expect(html).not.toContain('undefined');
  });

  it('PDF: XMP with prism:volume and no prism:number, no keywords line, the subject without an issue', () => {
    const pdf = join(dir, 'dist', id, `${id}.pdf`);
    const xmp = execFileSync('pdfinfo', ['-meta', pdf], { encoding: 'utf8' });
    expect(xmp).toContain('<prism:volume>18</prism:volume>');
    expect(xmp).not.toContain('prism:number');
    expect(xmp).not.toContain('undefined');
    const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' });
    expect(text).not.toContain('Palavras-chave');
    expect(text).toMatch(/Como citar: SOUZA, Euclides Barbosa Ramos de\. A Filosofia por trás da conversação[\s\S]*v\. 18, p\. 1/);
  });
});

describe('the same article where the journal requires them', () => {
  it("in Quaestio Rossica's profile: meta-required for `issue` and `keywords`", async () => {
    const dir = qrJournalCopy();
    cpSync(join(fixture, 'article', id), join(dir, 'article', id), { recursive: true });
    const md = join(dir, 'article', id, 'article.md');
    writeFileSync(md, withoutIssueAndKeywords(readFileSync(md, 'utf8')));
    const r = await galley(['check', '--skip', 'pdf', `article/${id}`], dir);
    expect(r.code).toBe(1);
    // A missing field is reported at the front matter's first field (line 2, after `---`); QR also requires a UDC.
    const required = r.err.split('\n').filter((l) => l.includes('meta-required'));
    expect(required).toEqual([
      expect.stringMatching(/^article\/souza-2023\/article\.md:2:1 +error +meta-required +Unexpected missing `keywords`, expected keywords in every journal language/),
      expect.stringMatching(/^article\/souza-2023\/article\.md:2:1 +error +meta-required +Unexpected missing `issue`, expected text$/),
      expect.stringMatching(/^article\/souza-2023\/article\.md:2:1 +error +meta-required +Unexpected missing `udc`/),
    ]);
  });

  it('in the second journal without `article-fields` (the default): the same two', async () => {
    const dir = bakhtiniana((p) => p);
    const r = await galley(['check', '--skip', 'pdf', `article/${id}`], dir);
    expect(r.code).toBe(1);
    expect(r.err.split('\n').filter((l) => / error /.test(l)).map((l) => l.replace(/^\S+ +error +/, '').slice(0, 40))).toEqual([
      'meta-required  Unexpected missing `keywo',
      'meta-required  Unexpected missing `issue',
    ]);
  });

  it('a DOI pattern with {issue} is a diagnostic at the DOI of an article without one', async () => {
    const dir = bakhtiniana((p) => continuous(p).replace('suffix-pattern: 2176-4573p{seq:05}', 'suffix-pattern: 2176-4573.{issue}.p{seq:05}'));
    const md = join(dir, 'article', id, 'article.md');
    writeFileSync(md, readFileSync(md, 'utf8').replace('doi: 10.1590/2176-4573p58270', 'doi: 10.1590/2176-4573.p58270'));
    const r = await galley(['check', '--skip', 'pdf', `article/${id}`], dir);
    const line = readFileSync(md, 'utf8').split('\n').findIndex((l) => l.startsWith('doi:')) + 1;
    expect(r.err).toMatch(new RegExp(`article/souza-2023/article\\.md:${line}:\\d+ +error +doi-pattern +Unexpected \\{issue\\} in the journal's DOI pattern for an article without \`issue\`, expected a pattern without \\{issue\\} or the article's issue`));
    expect(r.code).toBe(1);
  });

  it('a citation-block format printing {{issue}} for an article without one is a diagnostic', async () => {
    const dir = bakhtiniana((p) => p.replace('languages: [pt, en]\n', 'languages: [pt, en]\narticle-fields: { issue: optional, keywords: optional }\n'));
    const r = await galley(['check', '--skip', 'pdf', `article/${id}`], dir);
    expect(r.err).toMatch(/error +citation-block-format +Unexpected \{\{issue\}\} in citation-block\.pt\.format for an article without `issue`, expected it inside \{\{#if issue\}\}…\{\{\/if\}\}/);
    expect(r.code).toBe(1);
  });
});

describe('the article-fields setting in journal.yaml', () => {
  const load = (edit: (p: string) => string) => {
    const dir = bakhtiniana(edit);
    const text = readFileSync(join(dir, 'journal.yaml'), 'utf8');
    return { text, ...loadProfile(join(dir, 'journal.yaml')) };
  };

  it('defaults to everything required (Quaestio Rossica has no such key)', () => {
    expect(loadProfile(join(repoRoot, 'journal.yaml')).profile!.articleFields).toEqual({ issue: 'required', abstract: 'required', keywords: 'required' });
  });

  it('reads optional and required per field', () => {
    expect(load(continuous).profile!.articleFields).toEqual({ issue: 'optional', abstract: 'required', keywords: 'optional' });
  });

  it('reports an unknown field and an unknown setting at their line', () => {
    const r = load((p) => p.replace('languages: [pt, en]\n', 'languages: [pt, en]\narticle-fields:\n  volume: optional\n  issue: maybe\n'));
    const line = (needle: string) => r.text.split('\n').findIndex((l) => l.includes(needle)) + 1;
    expect(r.diagnostics.items.map((d) => `${d.rule} @${d.position?.line} ${d.message}`)).toEqual([
      `profile-invalid @${line('volume: optional')} Unexpected field \`volume\` in \`article-fields\`, expected one of issue, abstract, keywords (the others are always required)`,
      `profile-invalid @${line('issue: maybe')} Unexpected "maybe" for \`article-fields.issue\`, expected required or optional`,
    ]);
    expect(r.profile).toBeUndefined();
  });
});

describe('notices', () => {
  it('a correction needs no abstract or keywords whatever the profile says; a research article does', async () => {
    const dir = bakhtiniana((p) => p, (md) => md.replace(/^abstract:\n(  .*\n)+/m, '').replace(/^keywords:\n(  .*\n)+/m, ''));
    const md = join(dir, 'article', id, 'article.md');
    const stripped = readFileSync(md, 'utf8');
    const article = await galley(['check', '--skip', 'pdf', `article/${id}`], dir);
    expect(article.err.split('\n').filter((l) => l.includes('meta-required')).map((l) => /Unexpected missing `\w+`/.exec(l)?.[0])).toEqual(['Unexpected missing `abstract`', 'Unexpected missing `keywords`']);
    writeFileSync(md, stripped.replace('lang: pt\n', 'lang: pt\ntype: correction\ncorrects: 10.1590/2176-4573p12345\n'));
    const notice = await galley(['check', '--skip', 'pdf', `article/${id}`], dir);
    expect(notice.err.split('\n').filter((l) => / error /.test(l))).toEqual([]);
  });
});

describe('a notice with keywords and no abstract', () => {
  it('keeps its keywords in the HTML (a section of their own) and the JATS', async () => {
    const dir = bakhtiniana((p) => p, (md) => md.replace(/^abstract:\n(  .*\n)+/m, '').replace('lang: pt\n', 'lang: pt\ntype: correction\ncorrects: 10.1590/2176-4573p12345\n'));
    const r = await galley(['build', '--skip', 'pdf', `article/${id}`], dir);
    expect(r.err.split('\n').filter((l) => / error /.test(l))).toEqual([]);
    const html = readFileSync(join(dir, 'dist', id, 'index.html'), 'utf8');
    expect(html).toMatch(/<section id="abstract-pt" class="abstract" lang="pt" aria-labelledby="abstract-pt-title">\n<h2 id="abstract-pt-title">Palavras-chave<\/h2>\n\n<p class="keywords"><span class="keywords-label">Palavras-chave:<\/span> Literalidade; Convenção/);
    expect(html).not.toContain('>Resumo<');
    const jats = readFileSync(join(dir, 'dist', id, `${id}.jats.xml`), 'utf8');
    expect(jats).not.toContain('<abstract');
    expect(jats).toContain('<kwd>Literalidade</kwd>');
  });
});
