// A content-addressed cache on disk for work whose result depends only on its
// inputs (rendered references, schema verdicts). Keys hash every input, so a
// stale entry cannot be hit; GALLEY_CACHE=off turns it off, GALLEY_CACHE_DIR moves it.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function cacheDir(root: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.GALLEY_CACHE === 'off') return undefined;
  return env.GALLEY_CACHE_DIR ?? join(root, '.galley-cache');
}

/** The bucket holds at least one remembered value. */
export function hasCachedEntries(dir: string | undefined, bucket: string): boolean {
  if (!dir) return false;
  try {
    return readdirSync(join(dir, bucket)).some((name) => name.endsWith('.json'));
  } catch {
    return false;
  }
}

export function cacheKey(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\u0000');
  return hash.digest('hex');
}

export function readCache<T>(dir: string | undefined, bucket: string, key: string): T | undefined {
  if (!dir) return undefined;
  const file = join(dir, bucket, `${key}.json`);
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

export function writeCache(dir: string | undefined, bucket: string, key: string, value: unknown): void {
  if (!dir) return;
  try {
    const file = join(dir, bucket, `${key}.json`);
    mkdirSync(dirname(file), { recursive: true });
    const temp = `${file}.tmp-${process.pid}`;
    writeFileSync(temp, JSON.stringify(value));
    renameSync(temp, file);
  } catch {
    // A cache that cannot be written only costs time.
  }
}

/** Names, sizes and modification times of the files below `dir`: a cheap fingerprint of a folder. */
export function folderFingerprint(dir: string): string {
  if (!existsSync(dir)) return `missing:${dir}`;
  const lines: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(d, e.name);
      if (e.isDirectory()) walk(path);
      else {
        const s = statSync(path);
        lines.push(`${path}\t${s.size}\t${s.mtimeMs}`);
      }
    }
  };
  walk(dir);
  return lines.join('\n');
}

/** Fingerprint of Galley's own code for a module folder, so a new version never reads old entries. */
export function codeFingerprint(moduleUrl: string): string {
  return folderFingerprint(dirname(fileURLToPath(moduleUrl)));
}
