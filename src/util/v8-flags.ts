// How eagerly V8 recompiles code with its optimising compiler (TurboFan), for a
// process that runs mostly code it has not run before: a build is short, and
// most of what it runs (citeproc, the YAML and Markdown parsers, pdf-lib,
// libxml2) runs hot for a moment and never again.
//
// WebAssembly. A wasm function starts in baseline (Liftoff) code and is
// recompiled with TurboFan once it has run ~1.8 MB of code (--wasm-tiering-budget).
// libxml2's DTD load and its XSD compile (with MathML stubbed) trip that for
// hundreds of functions and then spend more CPU recompiling them, on background
// threads beside the main thread, than the faster code gives back: the DTD load,
// the stubbed XSD compile and the two validations of a text build took
// 0.57–0.77 s of CPU with the default budget, 0.36–0.40 s with a budget 55×
// larger. The seconds-long compile of the full MathML schema still tiers up its
// hot functions and is no slower (medians 6.3 s and 6.0 s of CPU). The CSL style
// check (rnv) is instantiated per style and reads the CSL schema each time: under
// V8's default ~50 of its functions were recompiled (~0.2 s of CPU, V8's
// --trace-wasm-compilation-times), so it runs under the raised budget too.
//
// JavaScript. A function is queued for TurboFan once it has used up its
// interrupt budget (--interrupt-budget, ~66 KB of bytecode run). Measured with
// `perf` on a batch of ten articles, TurboFan's background compiles were 13 % of
// all CPU (Chromium's included), and `--no-opt` was no slower than the default:
// the optimised code never paid for itself. With a budget 15× larger only the
// code that stays hot (the Markdown and YAML lexers over a whole article,
// pdf-lib's deflate) is optimised: the text build went from 0.90 to 0.80 s
// (CPU 1.34 → 1.10 s), all galleys 2.34 → 2.19 s, the batch of ten 5.46 →
// 4.98 s (hyperfine, quiet machine). Chromium's own V8 was left alone: paged.js
// stays hot for a whole layout, and the same budget there was no faster.
//
// Both flags are per process and V8 reads them as it compiles and runs, so the
// launcher raises them before the CLI loads. Any changed flag makes Node's code
// cache for its own modules invalid in a thread that starts meanwhile (a worker's
// start took 55–60 ms of CPU instead of 27–30), so a worker boots with V8's
// defaults: `startWorker` puts them back and raises the JS budget again once
// every booting worker is online. The validation worker raises the wasm budget
// itself while it loads libxml2.
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';

export const wasmTieringBudget = 100_000_000;

/** V8's own default (test/util/v8-flags.test.ts checks it): exactly it, so the flag hash is V8's again. */
export const defaultWasmTieringBudget = 1_800_000;

export const jsInterruptBudget = 1_000_000;

/** V8's own default (checked by the same test). */
export const defaultJsInterruptBudget = 67_584;

export function raiseWasmTieringBudget(): void {
  setFlagsFromString(`--wasm-tiering-budget=${wasmTieringBudget}`);
}

export function restoreWasmTieringBudget(): void {
  setFlagsFromString(`--wasm-tiering-budget=${defaultWasmTieringBudget}`);
}

/** Run `load` (an import that compiles WebAssembly) with the raised budget, then put the default back. */
export async function withRaisedWasmTieringBudget<T>(load: () => Promise<T>): Promise<T> {
  raiseWasmTieringBudget();
  try {
    return await load();
  } finally {
    restoreWasmTieringBudget();
  }
}

/**
 * The launcher's flags, before the CLI's script is compiled and again when its
 * code cache is written: V8 takes a code cache only under the flags it was made
 * with (src/util/code-cache.ts).
 */
export function raiseLaunchBudgets(): void {
  raiseWasmTieringBudget();
  raiseJsInterruptBudget();
}

let jsBudgetRaised = false;
// How many workers are booting, shared with them: a worker's start can't wait for
// this thread's events (it is busy with the build), so the last worker to boot
// raises the budget again itself.
const booting = new Int32Array(new SharedArrayBuffer(4));

interface WorkerFlags {
  booting: Int32Array;
  raise: boolean;
}

/** The launcher's: the larger JS budget for this process (put back while a worker boots). */
export function raiseJsInterruptBudget(): void {
  jsBudgetRaised = true;
  if (Atomics.load(booting, 0) === 0) setFlagsFromString(`--interrupt-budget=${jsInterruptBudget}`);
}

/** A worker thread started with V8's default flags, so it boots from Node's code cache. */
export function startWorker(url: URL): Worker {
  Atomics.add(booting, 0, 1);
  restoreWasmTieringBudget();
  if (jsBudgetRaised) setFlagsFromString(`--interrupt-budget=${defaultJsInterruptBudget}`);
  return new Worker(url, { workerData: { v8Flags: { booting, raise: jsBudgetRaised } satisfies WorkerFlags } });
}

/**
 * The first thing a worker started by `startWorker` does: it has booted. The last
 * one raises the JS budget again. Only speed is at stake either way: a worker
 * started at that very moment may boot with it raised, and one that fails before
 * it gets here leaves the process on V8's default.
 */
export function workerBooted(data: unknown): void {
  const flags = (data as { v8Flags?: WorkerFlags } | undefined)?.v8Flags;
  if (!flags) return;
  if (Atomics.sub(flags.booting, 0, 1) === 1 && flags.raise) setFlagsFromString(`--interrupt-budget=${jsInterruptBudget}`);
}
