// citeproc, loaded on first use with require, not import: importing this 1 MB
// CommonJS file from an ES module makes Node scan it for named exports first
// (over 100 ms here). The CLI's CommonJS bundle takes citeproc-package-bundled.ts
// instead (scripts/bundle.mjs), which names the package to require so that
// esbuild puts citeproc into the script, and so into V8's code cache.
import { createRequire } from 'node:module';
import type CSL from 'citeproc';

let citeproc: typeof CSL | undefined;

export function loadCiteproc(): typeof CSL {
  citeproc ??= createRequire(import.meta.url)('citeproc') as typeof CSL;
  return citeproc;
}
