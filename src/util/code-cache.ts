// Run a CommonJS script with V8's cache of its compiled code. Node 20 caches no
// compiled code of ES modules, and a cold build of Galley spends ~0.1 s of its
// main thread compiling the CLI's ~2 MB of JavaScript (top level and the
// functions it calls, each on first use). `npm run compile` runs the sample
// once and writes what V8 compiled (`scripts/write-code-cache.mjs`); later runs
// read it back. V8 checks the cache against the script's text, its own version
// and its flags: a cache it does not take costs nothing but the compile.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import vm from 'node:vm';

export interface CachedScript {
  /** What the script put on `module.exports`. */
  exports: Record<string, unknown>;
  /** V8 compiled the script from the cache. */
  cacheAccepted: boolean;
  /** Write what V8 has compiled of the script so far (atomically). */
  writeCache(file: string): void;
}

export function runCommonJs(file: string, cacheFile: string): CachedScript {
  const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  // Node's own wrapper, on the script's first line so that its line numbers stay,
  // and `importModule`: a vm script's own import() needs importModuleDynamically,
  // which Node 20 loses once V8 compiled the script from a cache
  // (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING), so the script imports ES modules
  // through this module's import() (src/util/import-package-bundled.ts).
  const source = `(function (exports, require, module, __filename, __dirname, importModule) { ${readFileSync(file, 'utf8')}\n})`;
  const script = new vm.Script(source, { filename: file, cachedData });
  const module = { exports: {} as Record<string, unknown> };
  const importModule = (name: string): Promise<unknown> => import(name);
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file), importModule);
  return {
    exports: module.exports,
    cacheAccepted: cachedData !== undefined && !script.cachedDataRejected,
    writeCache(to) {
      mkdirSync(dirname(to), { recursive: true });
      const temp = `${to}.tmp-${process.pid}`;
      writeFileSync(temp, script.createCachedData());
      renameSync(temp, to);
    },
  };
}
