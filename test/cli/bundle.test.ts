// The CLI runs bundled (lib/bundle/main.cjs, scripts/bundle.mjs) from V8's cache
// of its compiled code (lib/code-cache/, src/util/code-cache.ts), with Galley's
// templates precompiled (lib/templates-precompiled.json). None of it may change
// anything: the bundled CLI writes the bytes the TypeScript sources write, loads
// ES module packages from its cached script, and every path a module builds
// from its own location resolves the same from lib/bundle/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildArticles } from '../../src/pipeline/build.js';
// @ts-expect-error a build script, no types
import { bundleEntries } from '../../scripts/bundle.mjs';

const repo = resolve(import.meta.dirname, '../..');

describe('the bundled CLI', () => {
  it('is built by npm run compile', () => {
    expect(existsSync(join(repo, 'lib/bundle/main.cjs'))).toBe(true);
    expect(existsSync(join(repo, 'lib/bundle/schema-worker.js'))).toBe(true);
    expect(existsSync(join(repo, 'lib/templates-precompiled.json'))).toBe(true);
    expect(existsSync(join(repo, 'lib/code-cache/main.cjs.bin'))).toBe(true);
  });

  /** Compile the CLI's script as the launcher does, after `setup`; whether V8 took the code cache. */
  const cacheTaken = (setup: string) => {
    const lib = (p: string) => JSON.stringify(pathToFileURL(join(repo, 'lib', p)).href);
    const script = `const flags = await import(${lib('util/v8-flags.js')});
      ${setup}
      const { runCommonJs } = await import(${lib('util/code-cache.js')});
      console.log(runCommonJs(${JSON.stringify(join(repo, 'lib/bundle/main.cjs'))}, ${JSON.stringify(join(repo, 'lib/code-cache/main.cjs.bin'))}).cacheAccepted);`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    return run.stdout.trim();
  };

  it("compiles from the code cache npm run compile wrote, under the launcher's flags (V8 refuses it under others)", () => {
    expect(readFileSync(join(repo, 'bin/galley.mjs'), 'utf8')).toMatch(/raiseLaunchBudgets\(\);\nconst \{ runCommonJs \}/);
    expect(cacheTaken('flags.raiseLaunchBudgets();')).toBe('true');
    expect(cacheTaken('')).toBe('false');
  });

  it('loads ES module packages on its main thread from the cached script (libxml2-wasm: a JATS import)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'galley-bundled-import-'));
    try {
      const run = spawnSync(process.execPath, [join(repo, 'bin/galley.mjs'), 'import', 'jats', join(repo, '../shared/corpus/jats/elife-00666.xml'), '--into', join(dir, 'article')], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, GALLEY_CACHE: 'off' },
      });
      expect(run.status, run.stderr).toBe(0);
      expect(readFileSync(join(dir, 'article/elife-00666/article.md'), 'utf8')).toMatch(/^doi: 10\.7554\/eLife\.00666$/m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('writes the text galleys of the sample byte for byte as the sources do', async () => {
    const bundled = mkdtempSync(join(tmpdir(), 'galley-bundled-'));
    const sources = mkdtempSync(join(tmpdir(), 'galley-sources-'));
    const run = spawnSync(process.execPath, ['bin/galley.mjs', 'build', 'article/harris-2017', '--skip', 'pdf', '--dist', bundled], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, GALLEY_CACHE: 'off' },
    });
    expect(run.status, run.stderr).toBe(0);
    await buildArticles([join(repo, 'article/harris-2017')], { profileFile: join(repo, 'journal.yaml'), distDir: sources, only: ['jats', 'html', 'crossref'] });
    for (const file of ['harris-2017.jats.xml', 'harris-2017.crossref.xml', 'index.html']) {
      const a = readFileSync(join(bundled, 'harris-2017', file), 'utf8');
      expect(a, file).toBe(readFileSync(join(sources, 'harris-2017', file), 'utf8'));
    }
    expect(readFileSync(join(bundled, 'harris-2017', 'harris-2017.jats.xml'), 'utf8')).toContain('<article-id pub-id-type="doi">10.15826/qr.2017.3.');
  }, 120_000);

  it('finds its files from lib/bundle/ as from lib/<area>/: import.meta.url paths only in modules one folder below src/', () => {
    const offenders: string[] = [];
    for (const file of readdirSync(join(repo, 'src'), { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.ts')) continue;
      const text = readFileSync(join(repo, 'src', file), 'utf8');
      // createRequire(import.meta.url) resolves packages from any depth; a code fingerprint hashes its own file.
      const uses = text.match(/.{0,40}import\.meta\.url.{0,10}/g)?.filter((u) => !/createRequire\(import\.meta\.url\)|codeFingerprint\(import\.meta\.url\)/.test(u)) ?? [];
      if (!uses.length) continue;
      const depth = file.split(sep).length;
      // A worker's file is a sibling of its client in lib/bundle/ too, when it is an entry of the bundle.
      const siblings = uses.map((u) => u.match(/new URL\('\.\/([\w-]+)\.js', import\.meta\.url/)?.[1]);
      const unbundled = siblings.filter((name) => name && !(name in bundleEntries));
      if (unbundled.length) offenders.push(`${file}: ./${unbundled.join('.js, ./')}.js is not an entry of scripts/bundle.mjs`);
      if (depth !== 2 && !siblings.every((name) => name && name in bundleEntries)) offenders.push(`${relative(repo, join(repo, 'src', file))}: ${uses.join(' | ')}`);
    }
    expect(offenders).toEqual([]);
  });
});
