#!/usr/bin/env node
// Thin launcher: the CLI is compiled to lib/ and bundled into lib/bundle/ by
// `npm ci` (prepare script) or `npm run compile`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../lib/bundle/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('galley: the compiled CLI is missing (lib/bundle/main.js). Run `npm ci` or `npm run compile` first.\n');
  process.exit(2);
}
// Before the CLI loads: its main thread compiles libxml2's WebAssembly while it loads a build's modules (lib/util/v8-flags.js).
const { raiseWasmTieringBudget } = await import('../lib/util/v8-flags.js');
raiseWasmTieringBudget();
const { main, raiseJsInterruptBudget } = await import(entry.href);
// Most of a build's JavaScript runs hot only for a moment: V8 optimises less eagerly.
// The CLI's own copy of the module, which puts V8's default back while a worker boots.
raiseJsInterruptBudget();
process.exitCode = await main(process.argv.slice(2));
