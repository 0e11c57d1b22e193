// Content hashes decide what an incremental issue build may reuse.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Profile } from '../profile/types.js';

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Hash of every file below the given paths (names and bytes), in a stable order. */
export function hashTree(paths: string[]): string {
  const hash = createHash('sha256');
  for (const root of paths) {
    if (!existsSync(root)) {
      hash.update(`missing:${root}\n`);
      continue;
    }
    for (const file of listFiles(root)) {
      hash.update(`${relative(root, file)}\n`);
      hash.update(readFileSync(file));
      hash.update('\n');
    }
  }
  return hash.digest('hex');
}

function listFiles(root: string): string[] {
  if (statSync(root).isFile()) return [root];
  const out: string[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(root, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(path));
    else out.push(path);
  }
  return out;
}

/** Galley's own code: the compiled modules beside this one's folder (lib/, or src/ under the tests). */
const galleyCode = fileURLToPath(new URL('..', import.meta.url));
const galleyPackage = fileURLToPath(new URL('../../package.json', import.meta.url));

/**
 * What every article of an issue is rendered with: Galley's code (its modules and
 * package.json, which pins the dependencies) and the journal's profile and templates.
 * A change to any of them re-renders every article; the version number alone does
 * not move when the code does.
 */
export function sharedInputsHash(profile: Pick<Profile, 'file' | 'templates'>, code = { modules: galleyCode, packageFile: galleyPackage }): string {
  return sha256(`${hashTree([code.packageFile])}\n${hashTree([code.modules])}\n${hashTree([profile.file])}\n${hashTree(profile.templates)}`);
}
