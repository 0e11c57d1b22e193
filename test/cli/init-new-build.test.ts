// The way a new journal starts: `galley init` in an empty folder, `galley new`
// twice, nothing else filled in, and `galley build` succeeds with only the
// placeholder-figure warnings; the two articles have consecutive running numbers.
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { frontMatterSchema } from '../../src/schema/front-matter.js';
import { journalSchema } from '../../src/schema/journal.js';
import { galley, jsonDocument, repo } from './run.js';

describe('galley init → new → new → build', () => {
  it('builds both articles with only figure-placeholder warnings, at consecutive running numbers', { timeout: 180_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'galley-init-'));
    const init = await galley(['init', '--id', 'ej', '--title', 'Journal of Examples', '--languages', 'en,ru'], dir);
    expect(init.code).toBe(0);
    for (const path of ['journal.yaml', '.gitignore', 'article', 'issues', 'deposits', 'record']) expect(existsSync(join(dir, path)), path).toBe(true);

    const first = await galley(['new', 'first-article'], dir);
    const second = await galley(['new', 'second-article', '--lang', 'ru'], dir);
    expect([first.code, second.code]).toEqual([0, 0]);
    const year = new Date().getFullYear();
    expect(first.out).toContain(`reserved 10.5555/ej.${year}.1.1 (running number 1) for first-article`);
    expect(second.out).toContain(`reserved 10.5555/ej.${year}.1.2 (running number 2) for second-article`);
    const seq = (id: string) => (parse(readFileSync(join(dir, 'record/articles', `${id}.yaml`), 'utf8')) as { seq: number }).seq;
    expect(seq('second-article')).toBe(seq('first-article') + 1);

    const build = await galley(['build', '--format', 'json'], dir);
    const doc = jsonDocument(build);
    expect(doc.diagnostics.map((d: { rule: string }) => d.rule)).toEqual(['figure-placeholder', 'figure-placeholder']);
    expect(build.code).toBe(0);
    expect(doc.result.articles).toEqual([{ id: 'first-article', built: true }, { id: 'second-article', built: true }]);
    const jats = readFileSync(join(dir, 'dist/second-article/second-article.jats.xml'), 'utf8');
    expect(jats).toContain(`<article-id pub-id-type="doi">10.5555/ej.${year}.1.2</article-id>`);
    expect(jats).toMatch(/<fn\b[^>]*>[\s\S]*TODO The text of the footnote/);
    expect(existsSync(join(dir, 'dist/first-article/first-article.pdf'))).toBe(true);
  });

  it("init's files validate against the schemas they point editors at", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'galley-init-schema-'));
    expect((await galley(['init', '--languages', 'en,ru', '--id', 'sj'], dir)).code).toBe(0);
    expect((await galley(['new', 'a', '--no-reserve'], dir)).code).toBe(0);
    const profileText = readFileSync(join(dir, 'journal.yaml'), 'utf8');
    const modeline = /^# yaml-language-server: \$schema=(\S+)$/m.exec(profileText)![1];
    expect(existsSync(join(dir, modeline))).toBe(true);
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validProfile = ajv.compile(journalSchema());
    expect(validProfile(parse(profileText)), JSON.stringify(validProfile.errors)).toBe(true);
    const article = readFileSync(join(dir, 'article/a/article.md'), 'utf8');
    const articleModeline = /# yaml-language-server: \$schema=(\S+)/.exec(article)![1];
    expect(existsSync(join(dir, 'article/a', articleModeline))).toBe(true);
    const validArticle = ajv.compile(frontMatterSchema(['en', 'ru']));
    expect(validArticle(parse(article.split(/^---\s*$/m)[1])), JSON.stringify(validArticle.errors)).toBe(true);
  });

  it('refuses to start a journal over an existing one, or an article that exists', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'galley-init-twice-'));
    expect((await galley(['init', '--id', 'tw'], dir)).code).toBe(0);
    const again = await galley(['init', '--id', 'tw'], dir);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/journal\.yaml exists already/);
    expect((await galley(['new', 'x', '--no-reserve'], dir)).code).toBe(0);
    expect((await galley(['new', 'x'], dir)).err).toMatch(/article\/x exists already/);
    expect((await galley(['new', 'Bad Id'], dir)).code).toBe(2);
  });
});

describe('galley new in a journal with a record', () => {
  it('takes the running number after the highest the record holds, and the UDC field the journal requires', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'galley-new-qr-'));
    for (const folder of ['article', 'record', 'issues']) cpSync(join(repo, folder), join(dir, folder), { recursive: true });
    writeFileSync(
      join(dir, 'journal.yaml'),
      readFileSync(join(repo, 'journal.yaml'), 'utf8')
        .replace(/^templates: .*$/m, `templates: ${join(repo, 'templates')}`)
        .replace(/^  crossref: vendor\/crossref-\{version\}$/m, `  crossref: ${join(repo, 'vendor')}/crossref-{version}`),
    );
    const r = await galley(['new', 'next-article', '--year', '2018', '--volume', '6', '--issue', '1', '--format', 'json'], dir);
    const doc = jsonDocument(r);
    // The sample issue's articles hold 245–248.
    expect(doc.result).toMatchObject({ doi: '10.15826/qr.2018.1.249', seq: 249 });
    expect(doc.diagnostics.map((d: { rule: string }) => d.rule)).toEqual(['figure-placeholder']);
    expect(readFileSync(join(dir, 'article/next-article/article.md'), 'utf8')).toMatch(/^udc: "0" +# TODO/m);
  });
});
