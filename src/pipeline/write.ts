// Writes an article's output folder whole or not at all: everything goes into
// a sibling temporary folder that replaces the old one by rename, so a failed
// or interrupted build leaves the previous output intact.
import { cpSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { OutputFile } from './types.js';

/**
 * Replace `targetDir` by the previous content plus `files` (a partial build such
 * as `--only pdf` keeps the other galleys).
 */
export function writeOutputsAtomically(targetDir: string, files: OutputFile[], keepExisting = true): void {
  const parent = dirname(targetDir);
  mkdirSync(parent, { recursive: true });
  const stamp = `${process.pid}-${process.hrtime.bigint().toString(36)}`;
  const temp = join(parent, `.${basename(targetDir)}.tmp-${stamp}`);
  const old = join(parent, `.${basename(targetDir)}.old-${stamp}`);
  try {
    if (keepExisting && existsSync(targetDir)) cpSync(targetDir, temp, { recursive: true });
    else mkdirSync(temp, { recursive: true });
    for (const file of files) {
      const path = join(temp, file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.data);
    }
    if (existsSync(targetDir)) renameSync(targetDir, old);
    renameSync(temp, targetDir);
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    if (existsSync(old) && !existsSync(targetDir)) renameSync(old, targetDir);
    throw error;
  }
  rmSync(old, { recursive: true, force: true });
}

/** Write one file atomically (temporary sibling + rename). */
export function writeFileAtomically(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${process.hrtime.bigint().toString(36)}`);
  writeFileSync(temp, data);
  renameSync(temp, path);
}
