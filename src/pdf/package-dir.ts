// The folder of an installed package, found from Galley's own location even
// when the package's `exports` hides package.json.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** @throws Error when the package is not installed. */
export function packageDir(name: string): string {
  for (const start of require.resolve.paths(name) ?? []) {
    const dir = join(start, name);
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === name) return dir;
  }
  // Fall back to the entry point and walk up to its package.json.
  let dir = dirname(require.resolve(name));
  while (dir !== dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === name) return dir;
    dir = dirname(dir);
  }
  throw new Error(`Unexpected missing package ${name}, expected it installed with Galley`);
}
