// The three fictional test articles of the sample issue load clean through the real
// loader, and hold what issue builds need to exercise: Russian and English text, two
// authors, footnotes, drawn (not placeholder) figures, Cyrillic works with English
// titles, archival and page locators, and one article left without a DOI.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkUdc } from '../../src/checks/udc/index.js';
import { loadIssueFile } from '../../src/issue/issue-file.js';
import { plainText } from '../../src/model/plain-text.js';
import type { ArticleSource, Block, Citation, Figure, Inline, Paragraph } from '../../src/model/types.js';
import { loadArticleSource } from '../../src/source/load-article.js';
import { journalProfile, repoRoot } from '../source/helpers.js';

const articleDir = (id: string) => join(repoRoot, 'article', id);

interface Expected {
  id: string;
  lang: string;
  doi?: string;
  seq?: number;
  authors: string[];
  footnotes: number;
  figure: { file: string; captionStart: string };
  /** Figures in all (the first is `figure`). */
  figures: number;
  citationKeys: string;
}

const expected: Expected[] = [
  {
    id: 'lindqvist-2017-railway-time',
    lang: 'en',
    doi: '10.15826/qr.2017.3.246',
    seq: 246,
    authors: ['Lindqvist'],
    footnotes: 3,
    figures: 1,
    figure: { file: 'figures/station-offsets.svg', captionStart: 'Railway time minus local mean time at six stations' },
    citationKeys: 'brantingham1994 chasovnikova1999 gano marlowe1983 minutkin2005 pravila1885 quennell2001 zvonarev1978',
  },
  {
    id: 'solonitsyna-2017-salt-ledgers',
    lang: 'ru',
    doi: '10.15826/qr.2017.3.247',
    seq: 247,
    authors: ['Solonitsyna'],
    footnotes: 2,
    figures: 2,
    figure: { file: 'figures/salt-output.svg', captionStart: 'Выварка соли на Усолецком промысле по пятилетиям' },
    citationKeys: 'brinewood2009 gauo pudovkin2003 rassolova1991 saltmarsh1988 solevarov1914 tallyman1999 varnitsyn1962',
  },
  {
    id: 'okafor-volkov-2017-postal-roads',
    lang: 'en',
    authors: ['Okafor', 'Volkov'],
    footnotes: 2,
    figures: 1,
    figure: { file: 'figures/post-road-map.svg', captionStart: 'Sketch map of the Tobolyansk–Ishimka post road' },
    citationKeys: 'ambrose2011 ferrier1990 hollings2004 iamshchikov1971 okafor2014 podorozhnaia1987 tsatk verstovoi2008',
  },
];

/** Every block in reading order, sections and figure groups opened. */
function flatBlocks(blocks: Block[]): Block[] {
  return blocks.flatMap((b) => (b.type === 'section' ? flatBlocks(b.children) : b.type === 'figureGroup' ? b.figures : [b]));
}

function citationsOf(source: ArticleSource): Citation[] {
  const out: Citation[] = [];
  const walk = (nodes: Inline[]) => nodes.forEach((n) => (n.type === 'citation' ? out.push(n) : 'children' in n && walk(n.children)));
  for (const b of flatBlocks([...source.body, ...source.footnotes.flatMap((f) => f.children)])) if (b.type === 'paragraph') walk(b.children);
  return out;
}

const isMissingDoi = (d: { rule: string; message: string }) => d.rule === 'meta-required' && d.message.includes('`doi`');

describe.each(expected)('fictional article $id', (want) => {
  const profile = journalProfile();
  const { source, diagnostics } = loadArticleSource(articleDir(want.id), profile);
  const text = readFileSync(join(articleDir(want.id), 'article.md'), 'utf8');
  const bodyText = text.split(/^---$/m).slice(2).join('---');

  it('loads without errors or warnings (a missing DOI aside, see below)', () => {
    expect(diagnostics.filter((d) => !isMissingDoi(d)).map((d) => `${d.rule}: ${d.message}`)).toEqual([]);
    expect(source?.id).toBe(want.id);
  });

  it('says in its notes that it is fictional', () => {
    expect(text).toMatch(/^notes: \|\n {2}FICTIONAL TEST ARTICLE\./m);
  });

  it('has bilingual metadata, the issue data and no pages', () => {
    const meta = source!.meta;
    expect(meta.lang).toBe(want.lang);
    expect(Object.keys(meta.titleText).sort()).toEqual(['en', 'ru']);
    expect(meta.titleText.ru).toMatch(/[а-яё]/i);
    expect(meta.titleText.en).not.toMatch(/[а-яё]/i);
    expect(Object.keys(meta.abstract).sort()).toEqual(['en', 'ru']);
    expect(meta.keywords.en.length).toBe(meta.keywords.ru.length);
    expect(meta.authors.map((a) => a.name.en.surname)).toEqual(want.authors);
    for (const a of meta.authors) expect(a.name.ru.surname).toMatch(/^[А-ЯЁ][а-яё]+$/);
    for (const aff of meta.affiliations) expect(aff.institution.ru).toMatch(/[а-яё]/i);
    expect(meta).toMatchObject({ volume: 5, issue: '3', year: 2017, pages: {} });
    expect(meta.history.received).toMatch(/^2017-/);
    expect(meta.doi).toBe(want.doi);
    expect(meta.seq).toBe(want.seq);
    expect(checkUdc(meta, profile)).toEqual([]);
    expect(meta.udc).toMatch(/^94\(\d/);
  });

  it('is long enough to print on several pages, in 2–4 sections and 8–14 paragraphs', () => {
    const words = bodyText.split(/\s+/).filter(Boolean).length;
    expect(words).toBeGreaterThanOrEqual(1800);
    expect(words).toBeLessThanOrEqual(3500);
    expect(source!.body.filter((b) => b.type === 'section').length).toBeGreaterThanOrEqual(2);
    expect(source!.body.filter((b) => b.type === 'section').length).toBeLessThanOrEqual(4);
    const paragraphs = flatBlocks(source!.body).filter((b): b is Paragraph => b.type === 'paragraph');
    expect(paragraphs.length).toBeGreaterThanOrEqual(8);
    expect(paragraphs.length).toBeLessThanOrEqual(14);
  });

  it('numbers its footnotes in order of call', () => {
    expect(source!.footnotes.map((f) => f.number)).toEqual(Array.from({ length: want.footnotes }, (_, i) => i + 1));
    expect(plainText((source!.footnotes[0].children[0] as Paragraph).children)).toMatch(/fictional|вымышлены/);
  });

  it('has a drawn SVG figure with its caption, not a placeholder', () => {
    const figures = flatBlocks(source!.body).filter((b): b is Figure => b.type === 'figure');
    expect(figures).toHaveLength(want.figures);
    const [fig] = figures;
    expect(fig).toMatchObject({ id: 'fig1', number: 1, src: want.figure.file, placeholder: false });
    expect(fig.alt.startsWith(want.figure.captionStart)).toBe(true);
    expect(plainText(fig.caption)).toBe(fig.alt);
    const svg = readFileSync(fig.file, 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* viewBox="0 0 \d+ \d+"/);
    expect(svg).toMatch(/<title>[^<]*(invented|вымышленные)[^<]*<\/title>/);
    expect(svg).not.toMatch(/placeholder|<image|href=/i);
  });

  it('cites every work it lists, with page and archival locators', () => {
    const cites = citationsOf(source!);
    const keys = new Set(cites.flatMap((c) => c.items.map((i) => i.key)));
    expect([...keys].sort().join(' ')).toBe(want.citationKeys);
    expect(source!.bibliography.map((i) => i.id).sort().join(' ')).toBe(want.citationKeys);
    const items = cites.flatMap((c) => c.items);
    const archival = items.filter((i) => i.label === 'archival');
    expect(archival.length).toBeGreaterThanOrEqual(3);
    for (const i of archival) expect(i.locator).toMatch(/^Ф\. \d+\. Оп\. \d+\. Д\. \d/);
    expect(items.filter((i) => i.label === 'page').length).toBeGreaterThanOrEqual(8);
  });

  it('lists a journal article, a book, a chapter, an archive and at least 3 Russian works with English titles', () => {
    const bib = source!.bibliography;
    expect(bib.length).toBeGreaterThanOrEqual(6);
    expect(bib.length).toBeLessThanOrEqual(12);
    expect(new Set(bib.map((i) => i.type))).toEqual(new Set(['article-journal', 'book', 'chapter', 'collection']));
    const russian = bib.filter((i) => i.language === 'ru' && i.type !== 'collection');
    expect(russian.length).toBeGreaterThanOrEqual(3);
    for (const item of russian) {
      expect(item.title).toMatch(/[а-яё]/i);
      expect((item.custom as { 'title-en'?: string })['title-en']).toMatch(/^[^а-яё]+$/i);
    }
    const archive = bib.find((i) => i.type === 'collection')!;
    expect(archive.archive).toMatch(/^[А-ЯЁ]{3,6}$/);
    expect((archive.custom as { 'title-en'?: string })['title-en']).toMatch(/Archive/);
    for (const chapter of bib.filter((i) => i.type === 'chapter')) {
      expect(chapter['container-title']).toBeTruthy();
      expect(chapter.editor).toBeInstanceOf(Array);
    }
  });
});

describe('a missing DOI', () => {
  // The issue build assigns its DOI: the loader accepts an article without one.
  it('is no error for the DOI-less article', () => {
    const { diagnostics } = loadArticleSource(articleDir('okafor-volkov-2017-postal-roads'), journalProfile());
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual([]);
  });
});

describe('the sample issue issues/2017-5-3.yaml', () => {
  const { issue, diagnostics } = loadIssueFile(join(repoRoot, 'issues/2017-5-3.yaml'), journalProfile().languages);

  it('loads, puts the seed article first from page 693, and lists all four articles once', () => {
    expect(diagnostics.items).toEqual([]);
    expect(issue).toMatchObject({ volume: 5, number: '3', year: 2017, published: '2017-09-30', firstPage: 693, rectoStart: undefined });
    expect(issue!.sections.map((s) => [s.title.en, s.title.ru, s.articles.map((a) => a.id)])).toEqual([
      ['Articles', 'Статьи', ['harris-2017', 'lindqvist-2017-railway-time']],
      ['Regional History', 'Региональная история', ['solonitsyna-2017-salt-ledgers', 'okafor-volkov-2017-postal-roads']],
    ]);
    for (const s of issue!.sections) for (const a of s.articles) expect(existsSync(join(issue!.articlesDir, a.id, 'article.md'))).toBe(true);
  });

  it('gives each article the section it is listed under, and running DOIs in print order', () => {
    const profile = journalProfile();
    const metas = issue!.sections.flatMap((s) =>
      s.articles.map((a) => ({ section: s.title, meta: loadArticleSource(join(issue!.articlesDir, a.id), profile).source!.meta })),
    );
    for (const { section, meta } of metas) expect(meta.section).toEqual(section);
    expect(metas.map(({ meta }) => meta.seq)).toEqual([245, 246, 247, undefined]);
  });
});

describe('fictional articles, resolved', () => {
  it('render a Russian work in both lists: Cyrillic in the primary list, romanized with its English title in References', async () => {
    const { prepareArticle } = await import('../../src/pipeline/prepare.js');
    const { article, diagnostics } = prepareArticle(articleDir('lindqvist-2017-railway-time'), journalProfile());
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual([]);
    const list = (kind: string) => article!.references.find((l) => l.kind === kind)!;
    const entry = (kind: string, id: string) => plainText(list(kind).entries.find((e) => e.id === id)!.text);
    expect(entry('primary', 'zvonarev1978')).toContain('Железные дороги Нордвикского края');
    const romanized = entry('romanized', 'zvonarev1978');
    expect(romanized).toContain('Railways of the Nordvik Region, 1860–1917');
    expect(romanized).toMatch(/Zvonar[eë]v/);
    expect(romanized).not.toMatch(/[а-яё]/i);
  });

  it('render Russian page locators with с. in the Russian article', async () => {
    const { prepareArticle } = await import('../../src/pipeline/prepare.js');
    const { article } = prepareArticle(articleDir('solonitsyna-2017-salt-ledgers'), journalProfile());
    const first = citationsOf(article!)[0];
    expect(first.items.map((i) => i.key)).toEqual(['varnitsyn1962', 'solevarov1914']);
    expect(plainText(first.rendered)).toMatch(/Варницын, с\. 54–88/);
  });
});
