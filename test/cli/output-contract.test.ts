// One output contract for every verb: diagnostics on stderr, results on stdout,
// and with --format json one document valid against docs/cli-output.schema.json,
// even when the command fails fatally.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { galley, jsonDocument, repo } from './run.js';

/** A copy of the sample article with one front-matter line changed. */
function variant(from: RegExp, to: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'galley-contract-')), 'harris-2017');
  cpSync(join(repo, 'article/harris-2017'), dir, { recursive: true });
  const file = join(dir, 'article.md');
  const text = readFileSync(file, 'utf8');
  expect(text).toMatch(from);
  writeFileSync(file, text.replace(from, to));
  return dir;
}

let journal: string;
beforeAll(async () => {
  journal = mkdtempSync(join(tmpdir(), 'galley-contract-journal-'));
  expect((await galley(['init', '--id', 'tj', '--languages', 'en,ru'], journal)).code).toBe(0);
  expect((await galley(['new', 'first', '--no-reserve', '--year', '2026'], journal)).code).toBe(0);
}, 60_000);

describe('--format json of every verb', () => {
  it('check: the diagnostics with rule, severity, position, message and URL; nothing on stderr', async () => {
    const dir = variant(/^doi: .*$/m, 'doi: https://doi.org/10.15826/qr.2017.3.245');
    const r = await galley(['check', dir, '--skip', 'pdf', '--profile', join(repo, 'journal.yaml'), '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    const doc = jsonDocument(r);
    expect(doc).toMatchObject({ format: 'galley-output', version: 1, verb: 'check', ok: false, exitCode: 1, fatal: null });
    const url = doc.diagnostics.find((d: { rule: string }) => d.rule === 'doi-url-form');
    expect(url).toMatchObject({ severity: 'error', line: 4, message: expect.stringMatching(/^Unexpected URL form/) });
    expect(url.file).toMatch(/harris-2017\/article\.md$/);
    expect(doc.summary.errors).toBeGreaterThan(0);
    expect(doc.timings.totalMs).toBeGreaterThanOrEqual(0);
  });

  it('new, doi reserve, init: what they wrote', async () => {
    const made = jsonDocument(await galley(['new', 'second', '--year', '2026', '--format', 'json'], journal));
    expect(made.result).toMatchObject({ article: 'second', doi: '10.5555/tj.2026.1.1', seq: 1 });
    expect(made.outputs.map((o: { path: string }) => o.path)).toEqual(expect.arrayContaining(['article/second/article.md', 'record/articles/second.yaml']));
    const reserved = jsonDocument(await galley(['doi', 'reserve', 'article/first', '--format', 'json'], journal));
    expect(reserved.result.reservations).toEqual([{ id: 'first', doi: '10.5555/tj.2026.1.2', reserved: true }]);
    const fresh = mkdtempSync(join(tmpdir(), 'galley-contract-init-'));
    const init = jsonDocument(await galley(['init', '--format', 'json'], fresh));
    expect(init.outputs.map((o: { path: string }) => o.path)).toEqual(expect.arrayContaining(['journal.yaml', '.gitignore']));
  }, 60_000);

  it('build: the outputs written and the timings', async () => {
    const r = await galley(['build', '--only', 'jats', '--format', 'json'], journal);
    const doc = jsonDocument(r);
    expect(r.code).toBe(0);
    expect(doc.outputs).toContainEqual({ path: 'dist/first/first.jats.xml', article: 'first' });
    expect(doc.timings.buildMs).toBeGreaterThan(0);
    expect(doc.result.articles).toEqual([{ id: 'first', built: true }, { id: 'second', built: true }]);
  });

  it('deposit --dry-run: the batch in the result, no credentials needed', async () => {
    const doc = jsonDocument(await galley(['deposit', 'article/harris-2017', '--dry-run', '--format', 'json']));
    expect(doc.exitCode).toBe(0);
    expect(doc.result.dois).toEqual(['10.15826/qr.2017.3.245']);
    expect(doc.result.xml).toContain('<doi>10.15826/qr.2017.3.245</doi>');
  });

  it('deposit status without credentials, issue build of a missing file, explain, rules', async () => {
    const status = jsonDocument(await galley(['deposit', 'status', '--format', 'json'], repo, { GALLEY_CROSSREF_LOGIN: '', GALLEY_CROSSREF_PASSWORD: '' }));
    expect(status).toMatchObject({ exitCode: 1, fatal: { kind: 'failed' } });
    const issue = jsonDocument(await galley(['issue', 'build', 'issues/no-such-issue.yaml', '--format', 'json']));
    expect(issue.exitCode).toBe(1);
    expect(issue.diagnostics.length).toBeGreaterThan(0);
    const explain = jsonDocument(await galley(['explain', 'udc-syntax', '--format', 'json']));
    expect(explain.result).toMatchObject({ rule: 'udc-syntax', severity: 'error' });
    const rules = jsonDocument(await galley(['rules', '--format', 'json']));
    expect(rules.result.rules.length).toBeGreaterThan(50);
  });

  it('a fatal error still answers with the document: usage, a verb without --format, a bug of ours', async () => {
    const usage = await galley(['check', '--no-such-option', '--format', 'json']);
    expect(usage.code).toBe(2);
    expect(jsonDocument(usage)).toMatchObject({ ok: false, exitCode: 2, fatal: { kind: 'usage', message: expect.stringContaining('--no-such-option') } });
    expect(usage.err).toBe('galley check: unknown option --no-such-option (galley check --help lists them)\n');
    const sarif = JSON.parse((await galley(['check', '--no-such-option', '--format', 'sarif'])).out);
    expect(sarif.runs[0].invocations[0]).toMatchObject({ executionSuccessful: false, exitCode: 2 });
    expect(jsonDocument(await galley(['correct', 'article/harris-2017', '--format', 'json']))).toMatchObject({ exitCode: 2, fatal: { kind: 'usage' } });
    expect(jsonDocument(await galley(['preview', '--format', 'json']))).toMatchObject({ exitCode: 2, fatal: { kind: 'usage' } });
    const bug = await galley(['check', '--format', 'json'], repo, { GALLEY_INJECT_FAULT: 'check:throw' });
    expect(bug.code).toBe(1);
    expect(jsonDocument(bug)).toMatchObject({ exitCode: 1, fatal: { kind: 'internal', message: 'injected fault (throw)' } });
    expect(bug.err).toMatch(/^galley check: internal error: injected fault/);
  });
});

describe('a failure that escapes the verb (the real process)', () => {
  it('a throw in a timer still ends with the JSON document on stdout and one line on stderr', () => {
    const run = spawnSync(process.execPath, [join(repo, 'bin/galley.mjs'), 'check', '--format', 'json'], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, GALLEY_INJECT_FAULT: 'check:timer' },
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('galley check: internal error: injected fault (timer) (please report it; GALLEY_DEBUG=1 shows where)\n');
    expect(jsonDocument({ code: 1, out: run.stdout, err: run.stderr })).toMatchObject({ exitCode: 1, fatal: { kind: 'internal', message: 'injected fault (timer)' } });
  });
});

describe('the other formats', () => {
  it('--format github writes workflow annotations with file, line and column', async () => {
    const dir = variant(/^udc: .*$/m, "udc: '329.8++321'");
    const r = await galley(['check', dir, '--skip', 'pdf', '--profile', join(repo, 'journal.yaml'), '--format', 'github']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^::error file=[^,]*harris-2017\/article\.md,line=6,col=13,title=udc-syntax::Unexpected '\+'/m);
    expect(r.out).toMatch(/\d+ errors?, \d+ warnings?/);
  });

  it('--format sarif writes one SARIF 2.1.0 log with the rules used', async () => {
    const dir = variant(/^udc: .*$/m, "udc: '329.8++321'");
    const r = await galley(['check', dir, '--skip', 'pdf', '--profile', join(repo, 'journal.yaml'), '--format', 'sarif']);
    const log = JSON.parse(r.out);
    expect(log.version).toBe('2.1.0');
    const result = log.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'udc-syntax');
    expect(result.locations[0].physicalLocation.region).toEqual({ startLine: 6, startColumn: 13 });
    expect(log.runs[0].tool.driver.rules[result.ruleIndex].id).toBe('udc-syntax');
  });

  it('for people: diagnostics on stderr with the source line and the column marked; colour only on a terminal without NO_COLOR', async () => {
    const dir = variant(/^doi: .*$/m, 'doi: https://doi.org/10.15826/qr.2017.3.245');
    const plain = await galley(['check', dir, '--skip', 'pdf', '--profile', join(repo, 'journal.yaml')]);
    expect(plain.err).toMatch(/article\.md:4:6 {2}error {2}doi-url-form {2}Unexpected URL form[^\n]*\n {4}doi: https:\/\/doi\.org\/10\.15826\/qr\.2017\.3\.245\n {9}\^ column 6\n/);
    expect(plain.out).toMatch(/^\d+ errors?, \d+ warnings?\n$/);
    expect(plain.err).not.toContain('\u001b[');
    const tty = await galley(['check', dir, '--skip', 'pdf', '--profile', join(repo, 'journal.yaml')], repo, {}, true);
    expect(tty.err).toContain('\u001b[31;1merror\u001b[0m');
    const noColor = await galley(['check', dir, '--skip', 'pdf', '--profile', join(repo, 'journal.yaml')], repo, { NO_COLOR: '1' }, true);
    expect(noColor.err).not.toContain('\u001b[');
  });

  it('shows an excerpt for a YAML error in the front matter', async () => {
    const r = await galley(['check', join(repo, 'test/fixtures/bad/malformed-yaml'), '--skip', 'pdf']);
    expect(r.err).toMatch(/front-matter-yaml {2}Unexpected YAML[^\n]*\n {4}[^\n]+\n *\^ column \d+/);
  });
});
