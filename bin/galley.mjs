#!/usr/bin/env node
// Thin launcher: the CLI is compiled to lib/ and bundled into lib/bundle/main.cjs
// by `npm ci` (prepare script) or `npm run compile`, with V8's cache of its
// compiled code beside it (lib/code-cache/main.cjs.bin, src/util/code-cache.ts).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../lib/bundle/main.cjs', import.meta.url));
const codeCache = fileURLToPath(new URL('../lib/code-cache/main.cjs.bin', import.meta.url));
if (!existsSync(entry)) {
  process.stderr.write('galley: the compiled CLI is missing (lib/bundle/main.cjs). Run `npm ci` or `npm run compile` first.\n');
  process.exit(2);
}
// V8's budgets before the CLI loads: its main thread compiles libxml2's WebAssembly
// while it starts, and most of a build's JavaScript runs hot only for a moment
// (lib/util/v8-flags.js). The code cache is written under the same flags.
const { raiseLaunchBudgets } = await import('../lib/util/v8-flags.js');
raiseLaunchBudgets();
const { runCommonJs } = await import('../lib/util/code-cache.js');
const cli = runCommonJs(entry, codeCache);
// The CLI's own copy of the flags module, which puts V8's default back while a worker boots.
cli.exports.raiseJsInterruptBudget();
process.exitCode = await cli.exports.main(process.argv.slice(2));
// `npm run compile` (scripts/write-code-cache.mjs): what this run compiled, for the runs after it.
const writeTo = process.env.GALLEY_WRITE_CODE_CACHE;
if (writeTo) {
  raiseLaunchBudgets();
  cli.writeCache(writeTo);
}
