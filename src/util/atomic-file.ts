// Replace a file whole: write a temporary sibling, flush it, rename it over the
// old one. A reader (or a killed run) sees the old file or the new one, never half.
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export function writeFileAtomically(file: string, data: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = join(dirname(file), `.${basename(file)}.tmp-${process.pid}-${process.hrtime.bigint().toString(36)}`);
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
}
