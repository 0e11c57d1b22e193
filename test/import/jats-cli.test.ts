// `galley import jats`: a folder in one command, progress and summary, the
// exit code, idempotent re-runs, --force, --format json, a profile written once.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { galley, jsonDocument } from '../cli/run.js';

const corpus = '/work/shared/corpus/jats';
const inputs = ['scielo--dot_in_id--tabelas.xml', 'scielo--mmlmath--f.xml'];
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'galley-import-cli-'));
  mkdirSync(join(dir, 'archive'));
  for (const f of inputs) copyFileSync(join(corpus, f), join(dir, 'archive', f));
  writeFileSync(join(dir, 'archive', 'broken.xml'), '<article><front></article>\n');
});

describe('galley import jats', () => {
  it('imports a folder: one progress line per file, a summary table, exit 1 because one file is not XML', async () => {
    const r = await galley(['import', 'jats', 'archive'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^\[1\/3\] archive\/broken\.xml: failed \(.*broken\.xml:1:\d+: /m);
    expect(r.err).toMatch(/^\[2\/3\] archive\/scielo--dot_in_id--tabelas\.xml: written article\/scielo--dot_in_id--tabelas: \d+ references, \d+ elements not kept/m);
    expect(r.err).toMatch(/^\[3\/3\] archive\/scielo--mmlmath--f\.xml: written article\/scielo--mmlmath--f:/m);
    expect(r.err).toMatch(/archive\/broken\.xml:1:1 +error +import-unreadable +Unexpected input that cannot be imported/);
    expect(r.out).toMatch(/^article +outcome +references +not kept$/m);
    expect(r.out).toMatch(/^scielo--dot_in_id--tabelas +written +\d+ +\d+$/m);
    expect(r.out).toMatch(/^3 articles: 2 written, 0 replaced, 0 kept, 1 failed; \d+ references mapped; \d+ elements not kept$/m);
    const md = readFileSync(join(dir, 'article', 'scielo--dot_in_id--tabelas', 'article.md'), 'utf8');
    expect(md).toMatch(/^doi: 10\.1590\/1806-9126-RBEF-2021-0153$/m);
    expect(existsSync(join(dir, 'article', 'scielo--mmlmath--f', 'import-report.json'))).toBe(true);
  });

  it('writes journal.yaml once, from the first article, with the DOI prefix and a pattern that fits it', () => {
    const profile = readFileSync(join(dir, 'journal.yaml'), 'utf8');
    expect(profile).toMatch(/^id: rbef$/m);
    expect(profile).toMatch(/^ {2}prefix: "10\.1590"$/m);
    expect(profile).toMatch(/^ {2}suffix-pattern: 1806-9126-RBEF-\{year\}-\{seq:04\}$/m);
    expect(profile).toMatch(/^ {2}print: 1806-1117$/m);
    const report = JSON.parse(readFileSync(join(dir, 'article', 'scielo--mmlmath--f', 'import-report.json'), 'utf8'));
    expect(report.diagnostics.map((d: { rule: string }) => d.rule)).toContain('import-jats-version');
  });

  it('a second run keeps every existing folder and says so per file', async () => {
    const before = readFileSync(join(dir, 'article', 'scielo--mmlmath--f', 'article.md'), 'utf8');
    writeFileSync(join(dir, 'article', 'scielo--mmlmath--f', 'article.md'), `${before}\nAn editor's change.\n`);
    const r = await galley(['import', 'jats', ...inputs.map((f) => join('archive', f))], dir);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^\[2\/2\] archive\/scielo--mmlmath--f\.xml: kept article\/scielo--mmlmath--f \(exists; --force replaces it\)$/m);
    expect(r.out).toMatch(/^2 articles: 0 written, 0 replaced, 2 kept, 0 failed;/m);
    expect(readFileSync(join(dir, 'article', 'scielo--mmlmath--f', 'article.md'), 'utf8')).toContain("An editor's change.");
  });

  it('--force replaces the folder; --format json gives one document with the table', async () => {
    const r = await galley(['import', 'jats', join('archive', inputs[1]), '--force', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    const doc = jsonDocument(r);
    expect(doc.verb).toBe('import jats');
    expect(doc.result.summary).toMatchObject({ articles: 1, replaced: 1, failed: 0 });
    expect(doc.result.articles[0]).toMatchObject({ file: 'archive/scielo--mmlmath--f.xml', id: 'scielo--mmlmath--f', outcome: 'replaced' });
    expect(readFileSync(join(dir, 'article', 'scielo--mmlmath--f', 'article.md'), 'utf8')).not.toContain("An editor's change.");
  });

  it('with --profile, what the journal requires and the article lacks is reported, not invented', async () => {
    const r = await galley(['import', 'jats', join('archive', inputs[0]), '--into', 'qr', '--profile', join(import.meta.dirname, '../../journal.yaml')], dir);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/warning +import-profile-gap +Unexpected article without a UDC notation, expected one \(the profile has udc\.required: true\)/);
    expect(r.err).toMatch(/import-profile-gap +Unexpected article without a journal language \(it is written in pt\)/);
    expect(r.err).toMatch(/import-profile-gap +Unexpected article without the journal's DOI prefix \(its DOI is 10\.1590\//);
    const md = readFileSync(join(dir, 'qr', 'scielo--dot_in_id--tabelas', 'article.md'), 'utf8');
    expect(md).not.toMatch(/^udc:/m);
  });

  it('names the formats it knows when asked for another', async () => {
    const r = await galley(['import', 'tei', 'x.xml'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/expected `galley import jats\|docx <file…>`, got `import tei`/);
  });
});
