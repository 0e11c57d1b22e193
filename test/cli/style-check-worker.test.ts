// The journal's CSL styles are checked against the CSL schema on the validation
// worker of the compiled CLI (lib/checks/xml/schema-worker.js), while the articles
// are prepared: its verdicts are the in-process ones, and a style that fails
// still fails the whole build before anything is written.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { styleSchemaErrors } from '../../src/references/style-schema.js';

const repo = resolve(import.meta.dirname, '../..');
const gost = join(repo, 'templates/csl/gost-qr.csl');
const broken = readFileSync(gost, 'utf8').replace('<citation>', '<citation><wrong/>');

type OnWorker = typeof import('../../src/checks/xml/on-worker.js');

describe('the CSL schema check on its worker', () => {
  it('answers as the in-process check does', async () => {
    const compiled = join(repo, 'lib/checks/xml/on-worker.js');
    expect(existsSync(join(repo, 'lib/checks/xml/schema-worker.js'))).toBe(true);
    const { styleSchemaErrorsAsync } = (await import(pathToFileURL(compiled).href)) as OnWorker;
    const [onWorker, clean] = await Promise.all([styleSchemaErrorsAsync(broken), styleSchemaErrorsAsync(readFileSync(gost, 'utf8'))]);
    expect(onWorker.map((e) => e.message)).toEqual(['element wrong not allowed']);
    expect(onWorker).toEqual(await styleSchemaErrors(broken));
    expect(clean).toEqual([]);
  });

  it('fails the build of a journal whose style is broken, writing nothing', () => {
    const journal = mkdtempSync(join(tmpdir(), 'galley-style-'));
    cpSync(join(repo, 'journal.yaml'), join(journal, 'journal.yaml'));
    cpSync(join(repo, 'templates'), join(journal, 'templates'), { recursive: true });
    cpSync(join(repo, 'article/harris-2017'), join(journal, 'article/harris-2017'), { recursive: true });
    cpSync(join(repo, 'record'), join(journal, 'record'), { recursive: true });
    mkdirSync(join(journal, 'templates/csl'), { recursive: true });
    writeFileSync(join(journal, 'templates/csl/gost-qr.csl'), broken);
    const dist = join(journal, 'dist');
    const run = spawnSync(process.execPath, [join(repo, 'bin/galley.mjs'), 'build', 'article/harris-2017', '--skip', 'pdf', '--dist', dist], {
      cwd: journal,
      encoding: 'utf8',
      env: { ...process.env, GALLEY_CACHE: 'off' },
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/templates\/csl\/gost-qr\.csl:\d+:\d+ +error +reference-style-schema +Unexpected CSL: element wrong not allowed/);
    expect(existsSync(join(dist, 'harris-2017'))).toBe(false);
  }, 60_000);
});
