// The 15 real articles of the corpus (SciELO pt/es/en with translations,
// eLife, BMJ Open), each imported into an empty folder of its own with the
// journal.yaml the import writes there, then built with `galley build --skip pdf`:
// the rebuilt JATS is DTD-valid, keeps the text of the body, the footnotes and
// the abstracts (≥ 0.98 of their six-word runs each) and every reference.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { validateJats } from '../../src/checks/xml-schema.js';
import { articleMarkdown } from '../../src/import/write-article.js';
import { galley } from '../cli/run.js';
import { measuredParts, share, topLevelRefs, tree } from './text-share.js';

const corpus = '/work/shared/corpus/jats';
const files = readdirSync(corpus).filter((f) => f.endsWith('.xml')).sort();

/**
 * What the source format requires and these articles do not have (the import
 * reports each as import-profile-gap and invents nothing). An issue number,
 * abstract or keywords the article lacks are declared optional in the profile
 * the import writes (`article-fields`), so only what every article needs is
 * left: for those, so that the article can be built and its text measured, the
 * test writes a stand-in.
 */
const expectedGaps: Record<string, string[]> = {
  'scielo--bak--2176-4573-bak-p58270': ['volume'],
  'scielo--related-article--addendum': ['authors'],
};

/** The fields the written profile declares optional, from what each article lacks. */
const expectedOptional: Record<string, string[]> = {
  'elife-00666': ['issue'],
  'scielo--abstracts--summary': ['issue'],
  'scielo--affiliations--0006-8705-brag-81-e2022': ['issue'],
  'scielo--bak--2176-4573-bak-p58270': ['issue'],
  'scielo--data-availability--1519-6984-bjb-83-e246904': ['issue'],
  'scielo--dot_in_id--tabelas': ['issue'],
  'scielo--editor--1807-0205-paz-62-e202262026': ['issue'],
  'scielo--fig_sem_id--2236-8906-hoehnea-49-e1112020--2236-8906-hoehnea-49-e1112020': ['issue'],
  'scielo--mmlmath--f': ['issue'],
  'scielo--related-article--addendum': ['abstract', 'keywords'],
  'scielo--sub-article_translation_with_sub-article_reply--GZYfdY6BDfMGKwrXQYxsZFd': ['abstract', 'keywords'],
  'scielo--table-wrap-foot--m83TGFWyPS6PFqxTBTCQD4J': ['issue'],
};

function gapsOf(report: { diagnostics: { rule: string; message: string }[] }): string[] {
  return report.diagnostics
    .filter((d) => d.rule === 'import-profile-gap')
    .map((d) => /without `(\w+)`|without an? (abstract)|without (keywords)/.exec(d.message))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => m[1] ?? m[2] ?? m[3]);
}

const standIns: Record<string, (lang: string) => unknown> = {
  volume: () => 1,
  authors: () => [{ id: 'standin', name: { given: 'Stand', surname: 'In' }, affiliations: [] }],
};

function fillGaps(md: string, gaps: string[]): string {
  const end = md.indexOf('\n---\n', 4);
  const fm = parse(md.slice(4, end)) as Record<string, unknown>;
  for (const g of gaps) fm[g] ??= standIns[g](String(fm.lang));
  return articleMarkdown({ frontMatter: fm, body: md.slice(end + 5) });
}

interface Figures { body: number; footnotes: number; abstracts: number; refs: [number, number] }
const figures: Record<string, Figures> = {};

// The coverage table of the run, for people (test-artifacts/ is not committed).
afterAll(() => {
  const dir = join(import.meta.dirname, '../../test-artifacts/import');
  mkdirSync(dir, { recursive: true });
  const pct = (x: number) => x.toFixed(3);
  const rows = Object.entries(figures).map(([id, f]) => `| ${id} | ${pct(f.body)} | ${pct(f.footnotes)} | ${pct(f.abstracts)} | ${f.refs[1]} / ${f.refs[0]} |`);
  writeFileSync(join(dir, 'jats-corpus-coverage.md'), ['| article | body | footnotes | abstracts | references rebuilt / original |', '|---|---|---|---|---|', ...rows, ''].join('\n'));
});

describe.each(files)('%s', (file) => {
  const id = basename(file, '.xml');
  it('imports into an empty folder, builds there with the journal.yaml it wrote, and keeps text and references', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'galley-corpus-'));
    const imported = await galley(['import', 'jats', join(corpus, file)], dir);
    expect(imported.code, imported.err).toBe(0);
    const folder = join(dir, 'article', id);
    const report = JSON.parse(readFileSync(join(folder, 'import-report.json'), 'utf8'));
    expect(gapsOf(report)).toEqual(expectedGaps[id] ?? []);
    const profile = parse(readFileSync(join(dir, 'journal.yaml'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    expect(Object.keys(profile['article-fields'] ?? {})).toEqual(expectedOptional[id] ?? []);
    expect(Object.values(profile['article-fields'] ?? {}).every((v) => v === 'optional')).toBe(true);
    const decided = (report.decisions as { what: string }[]).filter((d) => d.what.startsWith('article-fields.')).map((d) => d.what);
    expect(decided).toEqual((expectedOptional[id] ?? []).map((f) => `article-fields.${f}: optional`));
    writeFileSync(join(folder, 'article.md'), fillGaps(readFileSync(join(folder, 'article.md'), 'utf8'), expectedGaps[id] ?? []));

    const built = await galley(['build', '--skip', 'pdf'], dir);
    const errors = built.err.split('\n').filter((l) => /^\S+:\d+:\d+ +error /.test(l));
    expect(errors.slice(0, 6).map((l) => l.replace(/^\S+\s+/, '').slice(0, 200)).join('\n')).toBe('');
    const xml = readFileSync(join(dir, 'dist', id, `${id}.jats.xml`), 'utf8');
    expect(validateJats(xml, { version: '1.3', fileName: `${id}.jats.xml` })).toEqual([]);

    const original = tree(readFileSync(join(corpus, file), 'utf8'), file);
    const rebuilt = tree(xml, `${id}.jats.xml`);
    const parts = measuredParts(original);
    const f: Figures = {
      body: share(parts.body, rebuilt).share,
      footnotes: share(parts.footnotes, rebuilt).share,
      abstracts: share(parts.abstracts, rebuilt).share,
      refs: [topLevelRefs(original), topLevelRefs(rebuilt)],
    };
    figures[id] = f;
    const low = (['body', 'footnotes', 'abstracts'] as const).filter((k) => f[k] < 0.98).map((k) => `${k} ${f[k].toFixed(3)}: ${share(parts[k], rebuilt).missing.slice(0, 3).join(' | ')}`);
    expect(low.join('\n')).toBe('');
    expect(f.refs[1]).toBe(f.refs[0]);
  }, 120_000);
});
