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
// Before the CLI loads: its main thread compiles libxml2's WebAssembly while it loads a build's modules (lib/checks/xml/wasm-tiering.js).
const { raiseWasmTieringBudget } = await import('../lib/checks/xml/wasm-tiering.js');
raiseWasmTieringBudget();
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
