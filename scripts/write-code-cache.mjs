// `npm run compile`, last step: build the journal's first article once with the
// bundled CLI and keep what V8 compiled of the CLI's script in
// lib/code-cache/main.cjs.bin, which every later run of the launcher reads
// (src/util/code-cache.ts). All galleys: without a Chromium the PDF fails, and
// the print HTML this thread renders before it is compiled all the same.
// Without an article, `galley --version` leaves the cache of the CLI's top
// level. Nothing of the run's output is kept.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cacheFile = join(root, 'lib/code-cache/main.cjs.bin');
rmSync(cacheFile, { force: true });

const articles = join(root, 'article');
const first = existsSync(articles)
  ? readdirSync(articles, { withFileTypes: true })
      .filter((e) => e.isDirectory() && existsSync(join(articles, e.name, 'article.md')))
      .map((e) => e.name)
      .sort()[0]
  : undefined;
const dist = mkdtempSync(join(tmpdir(), 'galley-code-cache-'));
try {
  const args = first && existsSync(join(root, 'journal.yaml')) ? ['build', join(articles, first), '--dist', dist] : ['--version'];
  const run = spawnSync(process.execPath, [join(root, 'bin/galley.mjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, GALLEY_CACHE: 'off', GALLEY_WRITE_CODE_CACHE: cacheFile },
    timeout: 180_000,
  });
  // A failed build still compiled what it ran; only a missing cache is worth a word.
  if (!existsSync(cacheFile)) process.stderr.write(`write-code-cache: no code cache written (galley ${args[0]} exited ${run.status}): ${run.stderr.trim().split('\n').slice(-3).join(' ')}\n`);
} finally {
  rmSync(dist, { recursive: true, force: true });
}
