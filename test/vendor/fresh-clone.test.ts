// The product ships what it needs: the vendored Crossref bundles are the
// collection's files byte for byte, and a copy of the repository with no
// ../shared beside it builds the sample article with every galley.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../..');
const collection = resolve(repo, '../shared/schemas');

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
}

describe('vendored schemas', () => {
  for (const version of ['5.4.0', '5.3.1']) {
    it(`crossref-${version} holds exactly the collection's files, unchanged`, () => {
      const vendored = join(repo, 'vendor', `crossref-${version}`);
      const original = join(collection, `crossref-${version}`);
      expect(files(vendored)).toEqual(files(original));
      for (const f of files(original)) expect(readFileSync(join(vendored, f)).equals(readFileSync(join(original, f))), f).toBe(true);
    });
  }
});

describe('a clone with nothing beside it', () => {
  it('builds the sample article with all galleys, the deposit checked against the vendored XSD', { timeout: 120_000 }, () => {
    const root = mkdtempSync(join(tmpdir(), 'galley-clone-'));
    const clone = join(root, 'main');
    const skip = new Set(['node_modules', 'dist', '.git', '.galley-cache', 'test-artifacts']);
    cpSync(repo, clone, { recursive: true, filter: (src) => !skip.has(relative(repo, src).split('/')[0]) });
    symlinkSync(join(repo, 'node_modules'), join(clone, 'node_modules'));
    expect(existsSync(join(root, 'shared'))).toBe(false);
    const env: NodeJS.ProcessEnv = { ...process.env, GALLEY_CACHE: 'off' };
    delete env.GALLEY_CROSSREF_SCHEMAS;
    const run = spawnSync(process.execPath, ['bin/galley.mjs', 'build', 'article/harris-2017'], { cwd: clone, env, encoding: 'utf8' });
    expect(run.stderr).not.toMatch(/error/);
    expect(run.status).toBe(0);
    const out = join(clone, 'dist/harris-2017');
    expect(readdirSync(out)).toEqual(expect.arrayContaining(['harris-2017.pdf', 'harris-2017.jats.xml', 'harris-2017.crossref.xml', 'index.html']));
    const deposit = readFileSync(join(out, 'harris-2017.crossref.xml'), 'utf8');
    expect(deposit).toContain('<doi>10.15826/qr.2017.3.245</doi>');
    expect(readFileSync(join(out, 'harris-2017.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
