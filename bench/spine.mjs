// Whole-process time of `galley build` without the PDF for the sample article.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fmt, median, row, timeCommand } from './util.mjs';

export function benchSpine() {
  const dist = mkdtempSync(join(tmpdir(), 'galley-bench-'));
  try {
    const run = () => timeCommand(process.execPath, ['bin/galley.mjs', 'build', 'article/harris-2017', '--skip', 'pdf', '--dist', dist]).ms;
    const cold = run();
    const warm = median([run(), run(), run(), run()]);
    row('build sample, no PDF, first process', fmt(cold), 'target ≤ 0.5 s');
    row('build sample, no PDF, median of 4 more processes', fmt(warm), 'target ≤ 0.5 s');
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
}
