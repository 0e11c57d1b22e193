// `galley check` tells the truth: it lays out the print PDF (the only way to
// know an article fits its pages), reads the journal's record like every other
// command, and one broken article never hides the others.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { journalCopy, repoRoot as repo } from '../helpers/journal-copy.js';

async function galley(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), cwd, env: process.env };
  return { code: await main(args, io), out, err };
}

const rules = (out: string) => [...out.matchAll(/^(\S+):\d+:\d+\s+(error|warning)\s+(\S+)/gm)].map((m) => `${m[1]} ${m[2]} ${m[3]}`);

describe('galley check with the print layout', () => {
  it('passes every sample article, each laid out at the folios the record gives it', { timeout: 240_000 }, async () => {
    const r = await galley(['check', '--format', 'json'], repo);
    expect(r.err).toBe('');
    const found = JSON.parse(r.out).diagnostics as { rule: string; severity: string }[];
    expect(found.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('reports pdf-page-count (and the issue it no longer fits) for a lengthened article', { timeout: 120_000 }, async () => {
    const dir = journalCopy({ record: true });
    const source = join(dir, 'article/harris-2017/article.md');
    const text = readFileSync(source, 'utf8');
    const paragraph = 'The party that took power in October was not the party that Stalin led a decade later; this added paragraph stands for an author’s late correction, long enough to need pages of its own. '.repeat(12);
    writeFileSync(source, `${text.trimEnd()}\n\n${`${paragraph}\n\n`.repeat(10)}`);
    const r = await galley(['check', 'article/harris-2017'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/error\s+pdf-page-count\s+Unexpected \d+ pages \(693–\d+\) in the print layout, expected 15 \(693–707\)/);
    expect(r.err).toMatch(/record\/articles\/harris-2017\.yaml:\d+:\d+\s+error\s+issue-page-overflow\s+.*pp\. 693–707 in issue 2017-5-3/);
    // --skip pdf cannot know: no page rule then.
    const skipped = await galley(['check', '--skip', 'pdf', 'article/harris-2017'], dir);
    expect(skipped.err).not.toContain('page-count');
  });

  it('checks every article when one is broken, and an article with no DOI anywhere is doi-missing, not a crash', { timeout: 120_000 }, async () => {
    const dir = journalCopy();
    const broken = join(dir, 'article/lindqvist-2017-railway-time/article.md');
    writeFileSync(broken, readFileSync(broken, 'utf8').replace(/^volume: 5$/m, 'volume: [5'));
    const udc = join(dir, 'article/solonitsyna-2017-salt-ledgers/article.md');
    writeFileSync(udc, readFileSync(udc, 'utf8').replace(/^udc: .*$/m, "udc: '94(470)++63'"));
    const r = await galley(['check', '--skip', 'pdf'], dir);
    expect(r.code).toBe(1);
    const found = rules(r.err);
    expect(found).toContain('article/lindqvist-2017-railway-time/article.md error front-matter-yaml');
    expect(found).toContain('article/solonitsyna-2017-salt-ledgers/article.md error udc-syntax');
    // No record here: okafor-volkov has no DOI until an issue build or a reservation gives it one.
    expect(found).toContain('article/okafor-volkov-2017-postal-roads/article.md error doi-missing');
    // The seed's own warnings: its two placeholder figures and its straight apostrophes (the seed is never edited).
    expect(found.filter((f) => f.startsWith('article/harris-2017/') && !f.endsWith('text-straight-quote'))).toEqual(['article/harris-2017/article.md warning figure-placeholder', 'article/harris-2017/article.md warning figure-placeholder']);
    expect(r.err).not.toMatch(/at \S+:\d+:\d+\)|TypeError|placeholder \{doi\}/);
  });
});
