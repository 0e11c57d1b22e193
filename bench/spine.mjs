// Whole-process time of `galley build` without the PDF for the sample article:
// JATS alone (the spine), and every text galley (JATS, HTML, Crossref); medians
// of 3, the CPU time of the process (its worker threads included) beside; for
// the text galleys, a fourth cold run's CPU by thread: the floors of its wall time.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { threadCpu, threadCpuAvailable } from './thread-cpu.mjs';
import { fmt, fmtRun, median, row, timeCommand } from './util.mjs';

export async function benchSpine() {
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
      if (name !== 'JATS only' && threadCpuAvailable()) {
        const { mainMs, allMs, mainWaitMs } = await threadCpu(process.execPath, ['bin/galley.mjs', 'build', 'article/harris-2017', ...args, '--dist', join(work, 'dist')], { env: noCache });
        row('  its main thread\'s CPU (a fourth run)', fmt(mainMs), `waited ${fmt(mainWaitMs)} for a core; the wall time can't be below either floor`);
        row(`  CPU of all its threads ÷ ${cpus().length} cores`, fmt(allMs / cpus().length), `${fmt(allMs)} in all`);
      }
      row(`build sample, ${name}, new process, build cache warm`, warm, '');
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
