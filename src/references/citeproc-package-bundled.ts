// loadCiteproc in the CLI's CommonJS bundle (see citeproc-package.ts): a require
// esbuild can follow, so citeproc is part of the script; run on first use.
import type CSL from 'citeproc';

let citeproc: typeof CSL | undefined;

export function loadCiteproc(): typeof CSL {
  citeproc ??= require('citeproc') as typeof CSL;
  return citeproc;
}
