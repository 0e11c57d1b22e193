// Help for every verb, printed from the one option table each verb parses with.
import { readdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/commands.js';
import { commandHelp } from '../../src/cli/help.js';
import { galley, repo } from './run.js';

describe('galley help', () => {
  it('`galley build --help` lists every option of build with its default, exit 0', async () => {
    const r = await galley(['build', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^usage: galley build \[article…\] \[options\]/);
    expect(r.out).toMatch(/--only GALLEYS\s+build only these galleys \(jats, html, pdf, crossref\) \(repeatable or comma-separated; default: all\)/);
    expect(r.out).toMatch(/-o, --dist DIR\s+where the galleys are written \(default: dist\)/);
    expect(r.out).toMatch(/-f, --format FORMAT .*\(default: human\)/);
    expect(r.err).toBe('');
  });

  it('`galley help issue` is the help of `issue build`; `check -h` is check\'s, not an article named -h', async () => {
    const issue = await galley(['help', 'issue']);
    expect(issue.code).toBe(0);
    expect(issue.out).toMatch(/^usage: galley issue build <issue-file> \[options\]/);
    expect(issue.out).toContain('--force');
    expect(issue.out).toContain('--deposits DIR');
    const check = await galley(['check', '-h']);
    expect(check.code).toBe(0);
    expect(check.out).toMatch(/^usage: galley check/);
    expect((await galley(['deposit', 'status', '--help'])).out).toMatch(/^usage: galley deposit status/);
    // Short flags where conventional: -f for --format, -p for --profile.
    expect(JSON.parse((await galley(['rules', '-f', 'json', '-p', 'journal.yaml'])).out).verb).toBe('rules');
  });

  it('`galley --version` prints the package version (the compiled CLI too)', async () => {
    const version = (JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string }).version;
    const r = await galley(['--version']);
    expect(r).toEqual({ code: 0, out: `${version}\n`, err: '' });
    expect(execFileSync(process.execPath, [join(repo, 'bin/galley.mjs'), '--version'], { encoding: 'utf8' })).toBe(`${version}\n`);
  });

  it('the overview names every verb', async () => {
    const r = await galley(['help']);
    for (const c of Object.values(commands)) expect(r.out).toContain(`  ${c.name}`);
  });

  it('did you mean: verbs, options, option values, rule ids', async () => {
    expect((await galley(['biuld'])).err).toMatch(/unknown verb 'biuld'; did you mean build\?/);
    expect((await galley(['build', '--onyl', 'pdf'])).err).toMatch(/unknown option --onyl; did you mean --only\?/);
    expect((await galley(['check', '--skip', 'pfd'])).err).toMatch(/--skip must be one of jats, html, pdf, crossref, got "pfd"; did you mean pdf\?/);
    expect((await galley(['explain', 'udc-sytnax'])).err).toMatch(/unknown rule 'udc-sytnax'; did you mean udc-syntax\?/);
    expect((await galley(['issue', 'biuld'])).err).toMatch(/did you mean build\?/);
    expect((await galley(['deposit', 'statsu'])).err).toMatch(/unknown sub-command or article folder 'statsu'; did you mean status\?/);
    expect((await galley(['doi', 'resreve'])).err).toMatch(/did you mean reserve\?/);
  });
});

describe('every option the code reads is in the help', () => {
  const cli = join(repo, 'src/cli');
  // Which table each verb file parses with: `parseArgs(…, commands.build)` / `commands['issue build']`.
  const files = readdirSync(cli).filter((f) => f.endsWith('.ts'));
  const uses = files.flatMap((file) => {
    const text = readFileSync(join(cli, file), 'utf8');
    const tables = [...text.matchAll(/parseArgs\([^,]+,\s*commands(?:\.(\w+)|\['([\w ]+)'\])\)/g)].map((m) => m[1] ?? m[2]);
    return tables.length ? [{ file, text, tables }] : [];
  });

  it('finds the verbs that parse options', () => {
    expect(uses.map((u) => u.file).sort()).toEqual(['build.ts', 'check.ts', 'correct.ts', 'deposit.ts', 'doi.ts', 'explain.ts', 'import.ts', 'init.ts', 'issue.ts', 'new.ts', 'preview.ts', 'rules.ts']);
  });

  it.each(uses.map((u) => [u.file, u] as const))('%s reads only options of its table, and the help shows each', (_, use) => {
    const read = new Set([...use.text.matchAll(/(?<![\w/.])options(?:\.([a-z]\w*)|\['([a-z][\w-]*)'\])/g)].map((m) => m[1] ?? m[2]));
    const tables = use.tables.map((t) => commands[t as keyof typeof commands]);
    const names = new Set(tables.flatMap((t) => t.options.map((o) => o.name)));
    for (const name of read) {
      expect(names, `${use.file} reads --${name}`).toContain(name);
      expect(tables.map(commandHelp).join('\n'), `help of ${use.file}`).toContain(`--${name}`);
    }
    // And the help of each table lists all its options.
    for (const t of tables) for (const o of t.options) expect(commandHelp(t)).toContain(`--${o.name}`);
  });

  it('names every option the issue found missing from the help', async () => {
    const all = (await Promise.all(['build', 'check', 'issue', 'deposit', 'doi', 'correct'].map((v) => galley(['help', v])))).map((r) => r.out).join('\n');
    for (const o of ['--profile', '--dist', '--deposits', '--file', '--endpoint', '--dry-run', '--retries', '--timeout', '--batch', '--doi', '--all']) expect(all).toContain(o);
  });
});

describe('docs/cli.md', () => {
  it('names every verb and every option', () => {
    const doc = readFileSync(join(repo, 'docs/cli.md'), 'utf8');
    for (const c of Object.values(commands)) {
      expect(doc, c.name).toContain(`galley ${c.name}`);
      for (const o of c.options) expect(doc, `${c.name} --${o.name}`).toContain(`--${o.name}`);
    }
  });
});
