// How eagerly V8 recompiles WebAssembly with its optimising compiler. A wasm
// function starts in baseline (Liftoff) code and is recompiled with TurboFan
// once it has run ~1.8 MB of code (V8's --wasm-tiering-budget). libxml2's DTD
// load and its XSD compile (with MathML stubbed) trip that for hundreds of
// functions and then spend more CPU recompiling them, on background threads
// beside the main thread, than the faster code gives back: the DTD load, the
// stubbed XSD compile and the two validations of a text build took 0.57–0.77 s
// of CPU with the default budget, 0.36–0.40 s with a budget 55× larger. The
// seconds-long compile of the full MathML schema still tiers up its hot
// functions and is no slower (medians 6.3 s and 6.0 s of CPU).
//
// The flag is per process and V8 reads it when it compiles a module, which it
// then shares between the main thread and the workers. So the launcher raises
// it before the CLI loads (the main thread compiles libxml2 while it loads the
// build's modules), and the validation worker raises it while it loads libxml2
// (in case it is the first). It is put back to V8's default before a worker
// starts: any changed flag makes Node's code cache for its own modules invalid,
// and a worker's start-up then took 65 ms of CPU instead of 30.
import { setFlagsFromString } from 'node:v8';

export const wasmTieringBudget = 100_000_000;

/** V8's own default (test/checks/wasm-tiering.test.ts checks it): exactly it, so the flag hash is V8's again. */
export const defaultWasmTieringBudget = 1_800_000;

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
