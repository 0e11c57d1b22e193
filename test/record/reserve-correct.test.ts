// `galley doi reserve` and `galley correct`: the record written by hand-run
// commands, through the same running numbers and files as issue builds.
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { journalCopy } from '../helpers/journal-copy.js';

async function galley(args: string[], cwd: string) {
  let out = '';
  let err = '';
  const io: CliIO = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), cwd, env: { ...process.env, GALLEY_CACHE: 'off' } };
  return { code: await main(args, io), out, err };
}

const journal = (record: boolean) => journalCopy({ record });

describe('galley doi reserve', () => {
  it('gives the next running numbers, writes them to the record, and never gives a second DOI', async () => {
    const dir = journal(false);
    cpSync(join(dir, 'article/okafor-volkov-2017-postal-roads'), join(dir, 'article/second-new-article'), { recursive: true });
    const first = await galley(['doi', 'reserve', 'article/okafor-volkov-2017-postal-roads', 'article/second-new-article'], dir);
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    // 245–247 are written in the other sources: the next numbers are 248 and 249.
    expect(first.out).toContain('reserved 10.15826/qr.2017.3.248 for okafor-volkov-2017-postal-roads');
    expect(first.out).toContain('reserved 10.15826/qr.2017.3.249 for second-new-article');
    const record = readFileSync(join(dir, 'record/articles/second-new-article.yaml'), 'utf8');
    expect(record).toMatch(/^doi: 10\.15826\/qr\.2017\.3\.249\nseq: 249\ndoi-origin: reserved$/m);
    const again = await galley(['doi', 'reserve', 'article/okafor-volkov-2017-postal-roads'], dir);
    expect(again.out).toBe('okafor-volkov-2017-postal-roads has its DOI already: 10.15826/qr.2017.3.248\n');
    // Every command now sees the reserved DOI: check no longer says doi-missing.
    const check = await galley(['check', '--skip', 'pdf', '--format', 'json', 'article/okafor-volkov-2017-postal-roads'], dir);
    expect(JSON.parse(check.out).diagnostics.filter((d: { severity: string }) => d.severity === 'error')).toEqual([]);
    expect(check.code).toBe(0);
  }, 60_000);

  it('is a usage error without an article folder', async () => {
    expect((await galley(['doi', 'reserve'], journal(false))).code).toBe(2);
  });
});

describe('galley correct', () => {
  it('adds the correction to the record of a published article, keeping its DOI and folios', async () => {
    const dir = journal(true);
    const r = await galley(['correct', 'article/harris-2017', '--note', 'Figure 2: the year of the photograph', '--date', '2018-02-01'], dir);
    expect(r.code).toBe(0);
    const record = readFileSync(join(dir, 'record/articles/harris-2017.yaml'), 'utf8');
    expect(record).toContain('doi: 10.15826/qr.2017.3.245');
    expect(record).toContain('pages: { first: 693, last: 707 }');
    expect(record).toMatch(/corrections:\n {2}- date: 2018-02-01\n {4}note: "Figure 2: the year of the photograph"\n$/);
  });

  it('refuses an article that was never published', async () => {
    const r = await galley(['correct', 'article/okafor-volkov-2017-postal-roads', '--note', 'x'], journal(false));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/error\s+record-missing\s+Unexpected correction of okafor-volkov-2017-postal-roads, expected a published article/);
  });
});
