// Writes an output folder whole or not at all: everything goes into a sibling
// temporary folder that replaces the old one by rename, so a failed or
// interrupted build leaves a complete folder, and the folder holds exactly
// what the build made. A build killed between the two renames is repaired by
// the next one, which also removes the temporary folders of killed builds.
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { OutputFile } from './types.js';

export interface WriteHooks {
  /** Called after the old folder moved aside and before the new one moves in (tests inject a kill here). */
  betweenRenames?: () => void;
}

/**
 * Replace `targetDir` by `files`. With `keepExisting` (a partial build such as
 * `--only pdf`) the previous content is kept under the new files; otherwise
 * nothing of the previous folder survives.
 */
export function writeOutputsAtomically(targetDir: string, files: OutputFile[], keepExisting = false, hooks: WriteHooks = {}): void {
  const parent = dirname(targetDir);
  mkdirSync(parent, { recursive: true });
  repairInterruptedWrites(targetDir);
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
    hooks.betweenRenames?.();
    renameSync(temp, targetDir);
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    if (existsSync(old) && !existsSync(targetDir)) renameSync(old, targetDir);
    throw error;
  }
  rmSync(old, { recursive: true, force: true });
}

const leftover = /^\.(.+)\.(tmp|old)-(\d+)-([0-9a-z]+)$/;

/**
 * Finishes a swap a killed build left half done, then removes the temporary
 * folders of builds that are no longer running. A `.tmp-` folder beside an
 * `.old-` of the same stamp was complete (it moves only after every file is
 * written), so it becomes the output; a lone `.old-` is the previous output.
 */
export function repairInterruptedWrites(targetDir: string): void {
  const parent = dirname(targetDir);
  const name = basename(targetDir);
  let entries: string[];
  try {
    entries = readdirSync(parent);
  } catch {
    return;
  }
  const dead = entries
    .map((entry) => ({ entry, match: leftover.exec(entry) }))
    .filter(({ match }) => match && match[1] === name && !isRunning(Number(match[3])))
    .map(({ entry, match }) => ({ path: join(parent, entry), kind: match![2], stamp: `${match![3]}-${match![4]}` }));
  if (!existsSync(targetDir)) {
    const olds = dead.filter((d) => d.kind === 'old').sort((a, b) => mtime(b.path) - mtime(a.path));
    const newest = olds[0];
    if (newest) {
      const finished = dead.find((d) => d.kind === 'tmp' && d.stamp === newest.stamp);
      renameSync((finished ?? newest).path, targetDir);
    }
  }
  for (const d of dead) rmSync(d.path, { recursive: true, force: true });
}

/** Whether a process id is alive (another build writing the same folder right now). */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function mtime(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/** Write one file atomically (temporary sibling + rename). */
export function writeFileAtomically(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${process.hrtime.bigint().toString(36)}`);
  writeFileSync(temp, data);
  renameSync(temp, path);
}
