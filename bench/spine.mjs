// Whole-process time of `galley build` without the PDF for the sample article:
// JATS alone (the spine), and every text galley (JATS, HTML, Crossref).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fmt, median, row, timeCommand } from './util.mjs';

export function benchSpine() {
  const work = mkdtempSync(join(tmpdir(), 'galley-bench-'));
  const noCache = { ...process.env, GALLEY_CACHE: 'off' };
  const withCache = { ...process.env, GALLEY_CACHE_DIR: join(work, 'cache') };
  try {
    for (const [name, args] of [['JATS only', ['--only', 'jats']], ['no PDF (JATS, HTML, Crossref)', ['--skip', 'pdf']]]) {
      const run = (env) => timeCommand(process.execPath, ['bin/galley.mjs', 'build', 'article/harris-2017', ...args, '--dist', join(work, 'dist')], { env }).ms;
      const cold = median([run(noCache), run(noCache), run(noCache)]);
      run(withCache);
      const warm = median([run(withCache), run(withCache), run(withCache)]);
      row(`build sample, ${name}, new process, no build cache`, fmt(cold), name === 'JATS only' ? '' : 'target ≤ 0.6 s');
      row(`build sample, ${name}, new process, build cache warm`, fmt(warm), '');
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
