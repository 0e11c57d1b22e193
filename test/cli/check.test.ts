// `galley check` as production staff run it: exit codes and the one-line diagnostics.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';

const repo = resolve(import.meta.dirname, '../..');

async function galley(args: string[], cwd = repo): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), cwd, env: process.env };
  const code = await main(args, io);
  return { code, out, err };
}

/** A copy of the sample article with one front-matter line changed. */
function variant(from: RegExp, to: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'galley-check-')), 'harris-2017');
  cpSync(join(repo, 'article/harris-2017'), dir, { recursive: true });
  const file = join(dir, 'article.md');
  const text = readFileSync(file, 'utf8');
  expect(text).toMatch(from);
  writeFileSync(file, text.replace(from, to));
  return dir;
}

describe('galley check', () => {
  it('passes the sample article with exit 0', async () => {
    const r = await galley(['check', 'article/harris-2017']);
    expect(r.out).toContain('0 errors');
    expect(r.code).toBe(0);
  });

  it('rejects a DOI written as a URL, naming the rule and the line', async () => {
    const dir = variant(/^doi: .*$/m, 'doi: https://doi.org/10.15826/qr.2017.3.245');
    const r = await galley(['check', dir, '--profile', join(repo, 'journal.yaml')]);
    expect(r.code).toBe(1);
    // Diagnostics on stderr, results (the summary) on stdout, for every verb.
    expect(r.err).toMatch(/article\.md:4:\d+ {2}error {2}doi-url-form {2}Unexpected URL form/);
    expect(r.out).toMatch(/^\d+ errors?, \d+ warnings?\n$/);
  });

  it('rejects a broken UDC code, naming the rule and the column', async () => {
    const dir = variant(/^udc: .*$/m, "udc: '329.8++321'");
    const r = await galley(['check', dir, '--profile', join(repo, 'journal.yaml'), '--format', 'json']);
    expect(r.code).toBe(1);
    const udc = JSON.parse(r.out).diagnostics.find((d: { rule: string }) => d.rule === 'udc-syntax');
    expect(udc.line).toBe(6);
    // `udc: '329.8++321'`: the second + stands at column 13 of the line.
    expect(udc.column).toBe(13);
    expect(udc.message).toMatch(/Unexpected/);
  });

  it('answers a usage error with exit 2 and one line', async () => {
    const r = await galley(['check', '--no-such-option']);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect((await galley(['frobnicate'])).code).toBe(2);
  });
});

describe('severities from the profile', () => {
  it('turns a rule off or raises it to an error through `rules:` in journal.yaml', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'galley-rules-'));
    const profile = readFileSync(join(repo, 'journal.yaml'), 'utf8')
      .replace(/^templates: .*$/m, `templates: ${join(repo, 'templates')}`)
      .replace(/^  crossref: vendor\/crossref-\{version\}$/m, `  crossref: ${resolve(repo, 'vendor')}/crossref-{version}`);
    writeFileSync(join(dir, 'off.yaml'), profile.replace(/^rules: \{\}$/m, 'rules: { figure-placeholder: off, text-straight-quote: off }'));
    writeFileSync(join(dir, 'error.yaml'), profile.replace(/^rules: \{\}$/m, 'rules: { figure-placeholder: error, text-straight-quote: off }'));
    const off = await galley(['check', join(repo, 'article/harris-2017'), '--profile', join(dir, 'off.yaml'), '--format', 'json']);
    expect(off.code).toBe(0);
    expect(JSON.parse(off.out).diagnostics).toEqual([]);
    const raised = await galley(['check', join(repo, 'article/harris-2017'), '--profile', join(dir, 'error.yaml'), '--format', 'json']);
    expect(raised.code).toBe(1);
    expect(JSON.parse(raised.out).diagnostics.map((d: { rule: string; severity: string }) => `${d.rule}:${d.severity}`)).toEqual(['figure-placeholder:error', 'figure-placeholder:error']);
  });
});
