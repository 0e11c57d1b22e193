// Golden files: a missing golden fails; GALLEY_UPDATE_GOLDEN=1 rewrites them.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const goldenDir = join(dirname(fileURLToPath(import.meta.url)), '../../golden/crossref');

export function expectGolden(name: string, actual: string): void {
  const file = join(goldenDir, name);
  if (process.env.GALLEY_UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
  }
  if (!existsSync(file)) throw new Error(`Unexpected missing golden ${file}, expected it in the repository (regenerate with GALLEY_UPDATE_GOLDEN=1 and read the diff)`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
