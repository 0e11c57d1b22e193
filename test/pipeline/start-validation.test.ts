// The validation worker starts before the profile is read when the build will
// validate, and not when the cache beside the profile holds verdicts of every
// kind it would check (a warm build may need no schema). Runs against the
// compiled code (only it has a worker to start): `npx tsc -p tsconfig.build.json` first.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

type Galleys = typeof import('../../src/pipeline/galleys.js');
const compiled = pathToFileURL(resolve(import.meta.dirname, '../../lib/pipeline/galleys.js')).href;

const saved = { dir: process.env.GALLEY_CACHE_DIR, cache: process.env.GALLEY_CACHE };
afterEach(() => {
  for (const [key, value] of [['GALLEY_CACHE_DIR', saved.dir], ['GALLEY_CACHE', saved.cache]] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

let started = 0;
process.on('worker', () => started++);

/** A cache folder holding one remembered verdict in each of these buckets. */
function cacheWith(...buckets: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'galley-start-validation-'));
  for (const bucket of buckets) {
    mkdirSync(join(dir, bucket));
    writeFileSync(join(dir, bucket, 'verdict.json'), '{}');
  }
  return dir;
}

describe('starting the validation worker before the profile is read', () => {
  it('waits when nothing will be validated or every verdict may come from the cache', async () => {
    const { startValidation } = (await import(compiled)) as Galleys;
    delete process.env.GALLEY_CACHE;
    process.env.GALLEY_CACHE_DIR = cacheWith();
    startValidation('journal.yaml', ['html', 'pdf']);
    process.env.GALLEY_CACHE_DIR = cacheWith('jats-valid', 'crossref-valid');
    startValidation('journal.yaml', ['jats', 'html', 'crossref']);
    await new Promise((r) => setTimeout(r, 50));
    expect(started).toBe(0);
  });

  it('starts it when a schema will be needed: a bucket without verdicts', async () => {
    const { startValidation } = (await import(compiled)) as Galleys;
    process.env.GALLEY_CACHE_DIR = cacheWith('jats-valid');
    startValidation('journal.yaml', ['jats', 'crossref']);
    await new Promise((r) => setTimeout(r, 50));
    expect(started).toBe(1);
    // Once per process.
    process.env.GALLEY_CACHE = 'off';
    startValidation('journal.yaml', ['jats']);
    expect(started).toBe(1);
  });
});
