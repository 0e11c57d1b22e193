// `galley build --proof` on the sample, through the CLI: the author proof is the
// final layout with line numbers, a proof mark and the build's diagnostics.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { journalCopy, repoRoot } from '../helpers/journal-copy.js';

let dir: string;
let stdout: string;
const proof = () => join(dir, 'dist/harris-2017/harris-2017.proof.pdf');
const page = (n: number) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', proof(), '-'], { encoding: 'utf8' });

beforeAll(() => {
  dir = journalCopy({ record: true });
  stdout = execFileSync('node', [join(repoRoot, 'bin/galley.mjs'), 'build', '--proof', 'article/harris-2017'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}, 300_000);

describe('galley build --proof', () => {
  it('writes the proof beside the galleys', () => {
    expect(stdout).toContain('harris-2017.proof.pdf');
    expect(existsSync(join(dir, 'dist/harris-2017/harris-2017.pdf'))).toBe(true);
  });

  it('has the galley\'s 15 pages and one page of diagnostics, tagged, and says it is a proof', () => {
    const info = execFileSync('pdfinfo', [proof()], { encoding: 'utf8' });
    expect(info).toMatch(/^Pages:\s+16$/m);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Title:\s+Proof · harris-2017: The Bolshevik Party Transformed/m);
    expect(page(2)).toMatch(/PROOF · HARRIS-2017/);
  });

  it('numbers the lines of every page in the margin, from 1', () => {
    const numbered = page(3).split('\n').map((l) => l.match(/^\s*(\d+)\s+\S/)?.[1]).filter(Boolean).map(Number);
    expect(numbered.slice(0, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(numbered.length).toBeGreaterThan(35);
    // The text itself is the galley's: the same first line as page 3 of the PDF.
    const galley = execFileSync('pdftotext', ['-f', '3', '-l', '3', '-layout', join(dir, 'dist/harris-2017/harris-2017.pdf'), '-'], { encoding: 'utf8' });
    const firstText = (t: string) => t.split('\n').map((l) => l.replace(/^\s*\d+\s+(?=\S)/, '').trim()).filter((l) => l && !l.startsWith('PROOF'))[1];
    expect(firstText(page(3))).toBe(firstText(galley));
  });

  it('ends with the build\'s diagnostics, each with its position and rule', () => {
    const last = page(16).replace(/\s+/g, ' ');
    expect(last).toContain('Build diagnostics');
    expect(last).toContain('article/harris-2017/article.md:97:1 warning figure-placeholder');
    expect(last).toContain('article/harris-2017/article.md:111:1 warning figure-placeholder');
  });

  it('leaves the galley as it is: 15 pages, no line numbers, no mark', () => {
    const galley = join(dir, 'dist/harris-2017/harris-2017.pdf');
    expect(execFileSync('pdfinfo', [galley], { encoding: 'utf8' })).toMatch(/^Pages:\s+15$/m);
    const text = execFileSync('pdftotext', ['-layout', galley, '-'], { encoding: 'utf8' });
    expect(text).not.toContain('PROOF');
    expect(text).not.toContain('Build diagnostics');
  });
});
