// No path where a JavaScript stack reaches the user: every verb, failing the
// ways a bug of ours would, prints one line and exits 1; a reader that closes
// the pipe early ends the process quietly.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../..');
const bin = join(repo, 'bin/galley.mjs');
const compiled = existsSync(join(repo, 'lib/cli/main.js'));

const verbs: [string, string[]][] = [
  ['build', ['build', 'article/harris-2017']],
  ['check', ['check', 'article/harris-2017']],
  ['issue', ['issue', 'build', 'issues/2017-5-3.yaml']],
  ['preview', ['preview', 'article/harris-2017']],
  ['deposit', ['deposit', 'article/harris-2017', '--dry-run']],
];
const faults = ['throw', 'reject', 'timer', 'rejection'];

describe('a forced internal failure in every verb', () => {
  it('the CLI is compiled (npx tsc -p tsconfig.build.json)', () => expect(compiled).toBe(true));

  it.each(verbs.flatMap(([verb, args]) => faults.map((fault) => [verb, fault, args] as const)))('%s, %s: one line, exit 1', (verb, fault, args) => {
    const run = spawnSync(process.execPath, [bin, ...args], {
      cwd: repo,
      encoding: 'utf8',
      timeout: 30_000,
      env: { ...process.env, GALLEY_INJECT_FAULT: `${verb}:${fault}`, GALLEY_DEBUG: '' },
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`galley ${verb}: internal error: injected fault (${fault}) (please report it; GALLEY_DEBUG=1 shows where)\n`);
  });
});

describe('a closed stdout', () => {
  it('`galley check … 2>&1 | head -c 10` ends quietly, without an EPIPE stack (diagnostics go to stderr)', () => {
    // An article with a hundred unknown citation keys, checked ten times: far more than a pipe buffer.
    const dir = join(mkdtempSync(join(tmpdir(), 'galley-epipe-')), 'many');
    cpSync(join(repo, 'article/harris-2017'), dir, { recursive: true });
    const file = join(dir, 'article.md');
    writeFileSync(file, readFileSync(file, 'utf8') + Array.from({ length: 120 }, (_, i) => `\nText [@missing${i}].\n`).join(''));
    const dirs = Array.from({ length: 10 }, () => JSON.stringify(dir)).join(' ');
    const run = spawnSync('bash', ['-c', `set -o pipefail; ${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} check ${dirs} 2>&1 | head -c 10 > /dev/null`], {
      cwd: repo,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.stderr).toBe('');
    // The check found errors (exit 1); what matters is that nothing was printed about the pipe.
    expect([0, 1]).toContain(run.status);
  }, 130_000);
});
