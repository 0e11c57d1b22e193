// Whole-process time of `galley build` without the PDF for the sample article:
// JATS alone (the spine), and every text galley (JATS, HTML, Crossref); medians
// of 3, the CPU time of the process (its worker threads included) beside.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fmtRun, median, row, timeCommand } from './util.mjs';

export function benchSpine() {
  const work = mkdtempSync(join(tmpdir(), 'galley-bench-'));
  const noCache = { ...process.env, GALLEY_CACHE: 'off' };
  const withCache = { ...process.env, GALLEY_CACHE_DIR: join(work, 'cache') };
  try {
    for (const [name, args] of [['JATS only', ['--only', 'jats']], ['no PDF (JATS, HTML, Crossref)', ['--skip', 'pdf']]]) {
      const run = (env) => timeCommand(process.execPath, ['bin/galley.mjs', 'build', 'article/harris-2017', ...args, '--dist', join(work, 'dist')], { env });
      const three = (env) => {
        const runs = [run(env), run(env), run(env)];
        return fmtRun(median(runs.map((r) => r.ms)), median(runs.map((r) => r.cpuMs)));
      };
      const cold = three(noCache);
      run(withCache);
      const warm = three(withCache);
      row(`build sample, ${name}, new process, no build cache`, cold, name === 'JATS only' ? '' : 'target ≤ 0.6 s');
      row(`build sample, ${name}, new process, build cache warm`, warm, '');
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
