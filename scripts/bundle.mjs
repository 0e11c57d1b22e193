// Bundle the compiled CLI (lib/, from tsc) into lib/bundle/: one file for the
// CLI, one for each worker thread, shared chunks beside them. A cold build loads
// ~1,000 module files otherwise, and resolving, reading and linking them was a
// quarter of its time. Packages that find their own files next to their code
// (WebAssembly, page scripts, fonts, the browser driver) stay outside.
//
// lib/bundle/ sits at the depth of lib/<area>/, so the paths Galley's modules
// build from import.meta.url ('../../templates', '..' for the code hash, the
// workers' './…-worker.js') resolve to the same files bundled or not;
// test/cli/bundle.test.ts holds every such use to that.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}lib/bundle`;

export const externalPackages = [
  'libxml2-wasm', // loads its .wasm beside its module
  'csl-validator-wasm', // same
  'pagedjs', // read as page scripts from its package folder
  'omml2mathml', // Word import only; reads its XSLT beside its module
  'mammoth', // Word import only
  'temml', // loaded with require when a formula needs it
  'citeproc', // loaded with require when a style needs it
];

/** Entry name → compiled module: the CLI and each worker a module starts from its own sibling file. */
export const bundleEntries = {
  main: 'lib/cli/main.js',
  'schema-worker': 'lib/checks/xml/schema-worker.js',
  'print-worker': 'lib/pdf/print-worker.js',
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  rmSync(outdir, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: bundleEntries,
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: externalPackages,
    // CommonJS packages inside the bundle call require() for Node's own modules.
    banner: { js: "import { createRequire as galleyCreateRequire } from 'node:module';\nconst require = galleyCreateRequire(import.meta.url);" },
    chunkNames: 'chunk-[hash]',
    legalComments: 'none',
    logLevel: 'warning',
  });
}
