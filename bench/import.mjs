// Whole-process time of `galley import jats` over the 15 corpus articles in
// one batch (reading, DTD validity of each input, front, body, references,
// writing the folders and the journal profile). Target: under 10 s in all.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fmt, median, row, timeCommand } from './util.mjs';

const corpus = process.env.GALLEY_JATS_CORPUS ?? '/work/shared/corpus/jats';

export function benchImport() {
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const work = mkdtempSync(join(tmpdir(), 'galley-bench-import-'));
    try {
      runs.push(timeCommand(process.execPath, ['bin/galley.mjs', 'import', 'jats', corpus, '--into', join(work, 'article')], { env: { ...process.env, GALLEY_CACHE: 'off' } }).ms);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  row('import jats, the 15 corpus articles in one batch, new process', fmt(median(runs)), 'target < 10 s');
}
