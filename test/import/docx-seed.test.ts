// The seed's own manuscript end to end: generated from the seed's text as
// Quaestio Rossica's template lays it out (docx-seed-manuscript.ts), imported
// by importDocxFile, written as an article folder and loaded back as a Galley
// source. The front matter must equal article/harris-2017's, the body keep
// the seed's text, and the parsed bibliography render both printed lists as
// the seed prints them for at least as many entries as the hand-made one.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadProfile } from '../../src/profile/load.js';
import { importDocxFile } from '../../src/import/docx/import-docx.js';
import type { ImportedArticle } from '../../src/import/types.js';
import { writeImportedArticle } from '../../src/import/write-article.js';
import { loadArticleSource } from '../../src/source/load-article.js';
import { resolveReferences } from '../../src/references/resolve.js';
import { plainText } from '../../src/references/html-inlines.js';
import { prepareText, seedBodyParagraphs, wordRuns } from '../seed/seed-text.js';
import { normalise, seedLists } from '../references/seed.js';
import { seedManuscript } from './docx-seed-manuscript.js';

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
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'galley-docx-seed-'));
    const file = join(dir, 'harris-2017.docx');
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
});
