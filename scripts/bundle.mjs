// Bundle the compiled CLI (lib/, from tsc) into lib/bundle/: the CLI as one
// CommonJS script (main.cjs), each worker thread as an ES module with shared
// chunks beside it. A cold build loads ~1,000 module files otherwise, and
// resolving, reading and linking them was a quarter of its time. Packages that
// find their own files next to their code (WebAssembly, page scripts, fonts)
// stay outside.
//
// The CLI is CommonJS because V8 can cache a script's compiled code and Node 20
// caches no ES module's: the launcher runs main.cjs with the cache that
// `npm run compile` wrote (scripts/write-code-cache.mjs, src/util/code-cache.ts).
// A CommonJS script cannot import an ES module statically, so libxml2-wasm is
// bound by src/util/libxml2-deferred.ts there, and its import() of a package is
// the launcher's (src/util/import-package-bundled.ts).
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

/** The CLI's compiled entry: lib/bundle/main.cjs. */
export const cliEntry = 'lib/cli/main.js';

/** Entry name → compiled module: each worker a module starts from its own sibling file. */
export const bundleEntries = {
  'schema-worker': 'lib/checks/xml/schema-worker.js',
  'print-worker': 'lib/pdf/print-worker.js',
};

/**
 * Galley's modules the CLI script takes in another form: libxml2.js (static ES
 * imports) becomes libxml2-deferred.js (bound by loadLibxml2), import-package.js
 * (import()) import-package-bundled.js (the launcher's import), citeproc-package.js
 * (createRequire) citeproc-package-bundled.js (citeproc inside the script).
 */
const commonJsForms = {
  'libxml2.js': 'util/libxml2-deferred.js',
  'import-package.js': 'util/import-package-bundled.js',
  'citeproc-package.js': 'references/citeproc-package-bundled.js',
};
/** In every bundle: pdf-lib imported (and so bundled), not required from node_modules. */
const bundleForms = { 'pdf-lib-package.js': 'pdf/pdf-lib-package-bundled.js' };

/** A plugin that resolves Galley's own modules named in `forms` to their other form. */
function swapModules(forms) {
  const names = Object.keys(forms).map((n) => n.replace(/\.js$/, '').replace(/-/g, '\\-'));
  return {
    name: 'swap-modules',
    setup(build) {
      build.onResolve({ filter: new RegExp(`(^|/)(${names.join('|')})\\.js$`) }, (args) => {
        const swap = forms[args.path.split('/').pop()];
        return swap && args.importer.startsWith(`${root}lib/`) ? { path: `${root}lib/${swap}` } : undefined;
      });
    },
  };
}

/** An import() left in the CLI script would fail once V8 runs it from its code cache (src/util/code-cache.ts). */
function refuseDynamicImports(metafile) {
  const left = Object.values(metafile.outputs).flatMap((o) => o.imports.filter((i) => i.kind === 'dynamic-import' && i.external).map((i) => i.path));
  if (left.length) throw new Error(`lib/bundle/main.cjs would import() ${left.join(', ')}: load packages through src/util/import-package.ts`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  rmSync(outdir, { recursive: true, force: true });
  const common = { absWorkingDir: root, bundle: true, platform: 'node', target: 'node20', external: externalPackages, legalComments: 'none', logLevel: 'warning' };
  const cli = await build({
    ...common,
    entryPoints: { main: cliEntry },
    // citeproc too: a CommonJS file, required by name there (citeproc-package-bundled.ts).
    external: externalPackages.filter((p) => p !== 'citeproc'),
    metafile: true,
    outdir,
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
    plugins: [swapModules({ ...commonJsForms, ...bundleForms })],
    // Every module's import.meta.url is the script's own, in lib/bundle/ as the chunks are.
    define: { 'import.meta.url': 'galleyScriptUrl' },
    banner: { js: "const galleyScriptUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
  refuseDynamicImports(cli.metafile);
  await build({
    ...common,
    entryPoints: bundleEntries,
    outdir,
    plugins: [swapModules(bundleForms)],
    splitting: true,
    format: 'esm',
    // CommonJS packages inside the bundle call require() for Node's own modules.
    banner: { js: "import { createRequire as galleyCreateRequire } from 'node:module';\nconst require = galleyCreateRequire(import.meta.url);" },
    chunkNames: 'chunk-[hash]',
  });
}
