// How eagerly V8 recompiles WebAssembly with its optimising compiler. A wasm
// function starts in baseline (Liftoff) code and is recompiled with TurboFan
// once it has run ~1.8 MB of code (V8's --wasm-tiering-budget). libxml2's DTD
// load and its XSD compile (with MathML stubbed) trip that for hundreds of
// functions and then spend more CPU recompiling them, on background threads
// beside the main thread, than the faster code gives back: the schema preload
// of a text build took ~0.85 s of CPU with the default budget, ~0.45 s with a
// budget 55× larger. The seconds-long compile of the full MathML schema still
// tiers up its hot functions and is no slower (measured: 6.3 s vs 6.0 s CPU).
//
// The flag is per process and read when a module is compiled: V8 shares one
// compiled libxml2 between the main thread and the workers, so it must be set
// before the first import of libxml2-wasm (the CLI's launcher does it first),
// and it applies to every wasm module the process compiles after it (the CSL
// validator's too, which runs just as briefly).
import { setFlagsFromString } from 'node:v8';

export const wasmTieringBudget = 100_000_000;

let raised = false;

/** Raise V8's wasm tier-up budget for this process (once; later calls do nothing). */
export function raiseWasmTieringBudget(): void {
  if (raised) return;
  raised = true;
  setFlagsFromString(`--wasm-tiering-budget=${wasmTieringBudget}`);
}
