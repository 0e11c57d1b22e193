// A CommonJS script run with V8's code cache (src/util/code-cache.ts): the cache
// is taken on the next run, a broken one is refused and the script still runs,
// and the script imports ES modules through the importModule it is given, from
// the cache too (a vm script's own import() needs an option Node 20 loses once
// V8 compiled the script from a cache, so it is not used).
// Runs against the compiled code (npm run compile).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'galley-code-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const script = join(dir, 'script.cjs');
writeFileSync(
  script,
  `exports.answer = () => 42;
exports.viaImportModule = async () => typeof (await importModule('node:path')).join;
exports.viaOwnImport = async () => typeof (await import('node:path')).join;
`,
);

/** Run the script in a new process (the compiled module, lib/util/code-cache.js) with `cacheFile`; what it reports. */
function run(cacheFile: string, write = false): { accepted: boolean; answer: number; viaImportModule: string; viaOwnImport: string } {
  const probe = `
    const { runCommonJs } = await import(${JSON.stringify(pathToFileURL(join(import.meta.dirname, '../../lib/util/code-cache.js')).href)});
    const s = runCommonJs(${JSON.stringify(script)}, ${JSON.stringify(cacheFile)});
    const own = await s.exports.viaOwnImport().catch((e) => e.code);
    console.log(JSON.stringify({ accepted: s.cacheAccepted, answer: s.exports.answer(), viaImportModule: await s.exports.viaImportModule(), viaOwnImport: own }));
    if (${write}) s.writeCache(${JSON.stringify(cacheFile)});`;
  const out = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' });
  expect(out.stderr).toBe('');
  return JSON.parse(out.stdout);
}

describe('a CommonJS script with V8 code cache', () => {
  it('is compiled from the cache a run wrote, and imports ES modules through importModule from it', () => {
    const cache = join(dir, 'good.bin');
    expect(run(cache, true)).toEqual({ accepted: false, answer: 42, viaImportModule: 'function', viaOwnImport: 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING' });
    const cached = run(cache);
    expect(cached).toMatchObject({ accepted: true, answer: 42, viaImportModule: 'function' });
    expect(cached.viaOwnImport).toBe('ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING');
  });

  it('runs without a cache V8 refuses (not its own)', () => {
    const broken = join(dir, 'broken.bin');
    writeFileSync(broken, 'not a code cache');
    expect(run(broken)).toMatchObject({ accepted: false, answer: 42, viaImportModule: 'function' });
  });
});
