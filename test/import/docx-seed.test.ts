// The seed's own manuscript end to end: generated from the seed's text as
// Quaestio Rossica's template lays it out (docx-seed-manuscript.ts), imported
// by importDocxFile, written as an article folder and loaded back as a Galley
// source. The front matter must equal article/harris-2017's, the body keep
// the seed's text, and the parsed bibliography render both printed lists as
// the seed prints them for at least as many entries as the hand-made one.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadProfile } from '../../src/profile/load.js';
import { importDocxFile } from '../../src/import/docx/import-docx.js';
import type { ImportedArticle } from '../../src/import/types.js';
import { writeImportedArticle } from '../../src/import/write-article.js';
import { loadArticleSource } from '../../src/source/load-article.js';
import { resolveReferences } from '../../src/references/resolve.js';
import { plainText } from '../../src/references/html-inlines.js';
import { prepareText, seedBodyParagraphs, wordRuns } from '../seed/seed-text.js';
import { normalise, seedClusters, seedLists } from '../references/seed.js';
import { seedManuscript } from './docx-seed-manuscript.js';
import { journalCopy } from '../helpers/journal-copy.js';
import { galley } from '../cli/run.js';

const root = resolve(import.meta.dirname, '../..');
const { profile } = loadProfile(resolve(root, 'journal.yaml'));
const expected = parse(readFileSync(resolve(root, 'article/harris-2017/article.md'), 'utf8').split(/^---$/m)[1]) as Record<string, any>;

/** How many seed entries some rendered entry equals, after the seed comparison's normalisation. */
function equalEntries(seed: string[], rendered: string[]): number {
  const ours = new Set(rendered.map(normalise));
  return seed.filter((s) => ours.has(normalise(s))).length;
}

describe('the seed manuscript imported end to end', () => {
  let article: ImportedArticle;
  let folder: string;
  let dir: string;
  beforeAll(async () => {
    // A scratch journal: the repository's profile and articles; the manuscript imports beside article/harris-2017.
    dir = journalCopy();
    const file = join(dir, 'harris-2017-manuscript.docx');
    writeFileSync(file, (await seedManuscript()).bytes);
    const result = importDocxFile(file, { into: join(dir, 'article'), profile: profile! });
    if (!('article' in result)) throw new Error(`Unexpected import result: ${JSON.stringify(result).slice(0, 500)}`);
    article = result.article;
    writeImportedArticle(join(dir, 'article'), article, { force: false });
    folder = join(dir, 'article', article.id);
  });

  it('front matter: title, authors, affiliation, UDC, abstracts and keywords as in article/harris-2017', () => {
    const fm = article.frontMatter as Record<string, any>;
    expect(fm.lang).toBe('en');
    expect(fm.udc).toBe(expected.udc);
    expect(fm.title).toEqual(expected.title);
    expect(fm.authors.map((a: any) => a.name)).toEqual(expected.authors.map((a: any) => a.name));
    const pick = (a: any) => ({ institution: a.institution, city: a.city, country: a.country });
    expect(fm.affiliations.map(pick)).toEqual(expected.affiliations.map(pick));
    expect(fm.abstract).toEqual({ en: expected.abstract.en.trim(), ru: expected.abstract.ru.trim() });
    expect(fm.keywords).toEqual(expected.keywords);
  });

  it('body: keeps at least 0.99 of the seed body’s 8-word runs, with its three footnotes and two figures', () => {
    // Markdown escapes (`\[` of a citation not turned into a key) are syntax, not text.
    const target = prepareText(article.body.replace(/\\([[\]*_])/g, '$1'));
    const runs = seedBodyParagraphs().flatMap((p) => wordRuns(prepareText(p), 8));
    const missing = runs.filter((r) => !target.includes(r));
    expect(runs.length).toBeGreaterThan(1500);
    expect(1 - missing.length / runs.length, missing.slice(0, 10).join('\n')).toBeGreaterThanOrEqual(0.99);
    expect(article.body).not.toMatch(/Список литературы|Аннотация|Keywords:/);
    expect(article.body.match(/^\[\^\w+\]:/gm)).toHaveLength(3);
    expect(article.body.match(/!\[Joseph Stalin\. 19(18|24)\./g)).toHaveLength(2);
    // Every bracketed citation of the seed's body became a Galley citation.
    expect(article.body.match(/\[@[^\]]+\]/g)).toHaveLength(seedClusters().length);
    expect(article.body).not.toMatch(/\\\[/);
    expect(article.report.diagnostics).toEqual([]);
  });

  it('bibliography: both lists rendered from the parsed items equal the seed’s for at least 40 (ru) and 45 (en) entries', () => {
    const { source, diagnostics } = loadArticleSource(folder, profile!);
    expect(source, diagnostics.map((d) => d.message).join('\n')).toBeDefined();
    const resolved = resolveReferences(source!, profile!);
    const seed = seedLists();
    const rendered = (kind: string) => resolved.references.find((l) => l.kind === kind)!.entries.map((e) => plainText(e.text));
    expect(rendered('primary')).toHaveLength(50);
    expect(equalEntries(seed.primary, rendered('primary'))).toBeGreaterThanOrEqual(40);
    expect(equalEntries(seed.romanized, rendered('romanized'))).toBeGreaterThanOrEqual(45);
  });

  it('builds (--skip pdf) once the editor adds what no manuscript carries: volume, issue, year, a DOI, a translated title the References list lacks', async () => {
    const md = join(folder, 'article.md');
    writeFileSync(md, readFileSync(md, 'utf8').replace(/^lang: en$/m, 'lang: en\nvolume: 5\nissue: 3\nyear: 2017'));
    const refs = join(folder, 'references.yaml');
    const items = parse(readFileSync(refs, 'utf8')) as Record<string, any>[];
    const stalin = items.find((i) => i.title === 'Сочинения')!;
    stalin.custom = { ...stalin.custom, 'title-en': 'Works' };
    writeFileSync(refs, stringify(items));
    const reserve = await galley(['doi', 'reserve', folder], dir);
    expect(reserve.code, reserve.err).toBe(0);
    const run = await galley(['build', '--skip', 'pdf', folder], dir);
    expect(run.code, run.err).toBe(0);
    const jats = readFileSync(join(dir, 'dist', article.id, `${article.id}.jats.xml`), 'utf8');
    expect(jats).toContain('<article-title>The Bolshevik Party Transformed: Stalin’s Rise to Power (1917–1927)</article-title>');
    expect(jats.match(/<ref id=/g)).toHaveLength(50);
    expect(existsSync(join(dir, 'dist', article.id, 'index.html'))).toBe(true);
  });
});
