// The raised tier-up budgets (src/util/v8-flags.ts). Wasm: a hot function that V8
// recompiles with TurboFan by default stays in baseline code while the budget is
// raised, tiers up again once it is put back, and the launcher raises it before
// the CLI (and so libxml2) is loaded. JavaScript: the same for a briefly hot
// function, and a worker boots with V8's default while the rest of the process
// keeps the raised one. Runs against the compiled code: `npx tsc -p tsconfig.build.json` first.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../..');
const compiled = pathToFileURL(join(repo, 'lib/util/v8-flags.js')).href;

// (func (param i32) (result i32)): sums n, n-1, … 1 in a loop, so each call runs n iterations.
const sumModule = [
  0, 97, 115, 109, 1, 0, 0, 0, 1, 6, 1, 96, 1, 127, 1, 127, 3, 2, 1, 0, 7, 5, 1, 1, 102, 0, 0,
  10, 27, 1, 25, 1, 1, 127, 3, 64, 32, 1, 32, 0, 106, 33, 1, 32, 0, 65, 1, 107, 34, 0, 13, 0, 11, 32, 1, 11,
];

/**
 * Compile the module after `setup` (code run with the module's exports in scope),
 * run its function hot (~2,000 × 1,000 iterations), let V8's background compile finish, report its tier.
 */
function tierAfterHotLoop(setup: string): string {
  const script = `
    const { raiseWasmTieringBudget, restoreWasmTieringBudget, raiseLaunchBudgets } = await import(${JSON.stringify(compiled)});
    ${setup}
    const f = new WebAssembly.Instance(new WebAssembly.Module(new Uint8Array(${JSON.stringify(sumModule)}))).exports.f;
    if (f(4) !== 10) throw new Error('the test module does not sum');
    for (let i = 0; i < 2000; i++) f(1000);
    await new Promise((r) => setTimeout(r, 300));
    for (let i = 0; i < 10; i++) f(1000);
    await new Promise((r) => setTimeout(r, 300));
    console.log(%IsTurboFanFunction(f) ? 'turbofan' : %IsLiftoffFunction(f) ? 'liftoff' : 'other');`;
  const run = spawnSync(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
  expect(run.stderr).toBe('');
  return run.stdout.trim();
}

/** The launcher (bin/galley.mjs) calls `first` before it reaches `then`. */
function expectLauncherOrder(first: string, then: string): void {
  const launcher = readFileSync(join(repo, 'bin/galley.mjs'), 'utf8');
  const at = launcher.indexOf(first);
  expect(at, first).toBeGreaterThan(0);
  expect(at, `${first} before ${then}`).toBeLessThan(launcher.indexOf(then));
}

describe('the wasm tier-up budget', () => {
  it('leaves a briefly hot function in baseline code while raised (V8 recompiles it by default)', () => {
    expect(tierAfterHotLoop('')).toBe('turbofan');
    expect(tierAfterHotLoop('raiseWasmTieringBudget();')).toBe('liftoff');
    expect(tierAfterHotLoop('raiseWasmTieringBudget(); restoreWasmTieringBudget();')).toBe('turbofan');
  });

  it("puts back exactly V8's default (so Node's code cache stays valid)", async () => {
    const { defaultWasmTieringBudget } = (await import(compiled)) as typeof import('../../src/util/v8-flags.js');
    const options = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8' }).stdout;
    expect(options).toMatch(new RegExp(`default: --wasm-tiering-budget=${defaultWasmTieringBudget}\\b`));
  });

  it('is raised by the launcher before the CLI, and so libxml2, is loaded', () => {
    expect(tierAfterHotLoop('raiseLaunchBudgets();')).toBe('liftoff');
    expectLauncherOrder('raiseLaunchBudgets()', 'runCommonJs(entry');
  });
});

/** TurboFan compiles of wasm functions while the compiled style check runs on the shipped GOST style (V8's own trace). */
function wasmTurboFanCompilesOfStyleCheck(setup: string): number {
  const checker = pathToFileURL(join(repo, 'lib/references/style-schema.js')).href;
  const style = join(repo, 'templates/csl/gost-qr.csl');
  const script = `
    const { readFileSync } = await import('node:fs');
    const flags = await import(${JSON.stringify(compiled)});
    ${setup}
    const { styleSchemaErrors } = await import(${JSON.stringify(checker)});
    const errors = await styleSchemaErrors(readFileSync(${JSON.stringify(style)}, 'utf8'));
    if (errors.length) throw new Error('the shipped style does not pass');`;
  const run = spawnSync(process.execPath, ['--trace-wasm-compilation-times', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
  expect(run.stderr).toBe('');
  return run.stdout.split('\n').filter((line) => /^Compiled function .* using TurboFan/.test(line)).length;
}

describe('the CSL style check (rnv, WebAssembly)', () => {
  // rnv is instantiated per style and reads the CSL schema each time: with V8's
  // default budget ~50 of its functions were recompiled for a run of ~0.1 s.
  it('runs under the raised tier-up budget, whatever the budget around it', () => {
    const compiles = wasmTurboFanCompilesOfStyleCheck('flags.restoreWasmTieringBudget();');
    expect(compiles).toBeLessThan(10);
  });
});

/** After `setup`, run a small JS function briefly hot (~300 calls), wait for V8's background compile, report its tier. */
function jsTierAfter(setup: string): string {
  const script = `
    const flags = await import(${JSON.stringify(compiled)});
    ${setup}
    const f = (n) => { let s = 0; for (let i = 0; i < n; i++) s += i % 7; return s; };
    for (let i = 0; i < 300; i++) f(50);
    await new Promise((r) => setTimeout(r, 200));
    for (let i = 0; i < 5; i++) f(50);
    console.log(%GetOptimizationStatus(f) & 64 ? 'turbofan' : 'not optimised');`;
  // A file, not -e: a worker inherits the process's options, and --input-type would stop it.
  const dir = mkdtempSync(join(tmpdir(), 'galley-v8-flags-'));
  try {
    writeFileSync(join(dir, 'run.mjs'), script);
    const run = spawnSync(process.execPath, ['--allow-natives-syntax', join(dir, 'run.mjs')], { encoding: 'utf8', timeout: 30_000 });
    expect(run.stderr).toBe('');
    return run.stdout.trim();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the JavaScript tier-up budget', () => {
  const dir = mkdtempSync(join(tmpdir(), 'galley-v8-flags-'));
  // Workers as startWorker starts them: one that reports its boot, as Galley's do, and one that never does.
  const booting = join(dir, 'booting.mjs');
  writeFileSync(booting, `import { parentPort, workerData } from 'node:worker_threads';\nconst { workerBooted } = await import(${JSON.stringify(compiled)});\nworkerBooted(workerData);\nparentPort.postMessage('up');\n`);
  const silent = join(dir, 'silent.mjs');
  writeFileSync(silent, `import { parentPort } from 'node:worker_threads';\nparentPort.postMessage('up');\n`);
  const afterWorker = (file: string) =>
    `flags.raiseJsInterruptBudget();
    const worker = flags.startWorker(new URL(${JSON.stringify(`file://${file}`)}));
    await new Promise((r) => worker.once('message', r));
    await worker.terminate();`;

  it('leaves a briefly hot function unoptimised while raised (V8 optimises it by default)', () => {
    expect(jsTierAfter('')).toBe('turbofan');
    expect(jsTierAfter('flags.raiseJsInterruptBudget();')).toBe('not optimised');
  });

  it('puts V8\'s default back while a worker boots, and the booted worker raises it again', () => {
    expect(jsTierAfter(afterWorker(booting))).toBe('not optimised');
    expect(jsTierAfter(afterWorker(silent))).toBe('turbofan');
    rmSync(dir, { recursive: true, force: true });
  });

  it("uses exactly V8's default while a worker boots", async () => {
    const { defaultJsInterruptBudget } = (await import(compiled)) as typeof import('../../src/util/v8-flags.js');
    const options = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8' }).stdout;
    expect(options).toMatch(new RegExp(`default: --interrupt-budget=${defaultJsInterruptBudget}\\b`));
  });

  it('is raised by the launcher before the CLI runs, and both workers report their boot', () => {
    expect(jsTierAfter('flags.raiseLaunchBudgets();')).toBe('not optimised');
    // The CLI's own copy of the module knows it is raised (its workers boot with V8's default).
    expectLauncherOrder('cli.exports.raiseJsInterruptBudget()', 'await cli.exports.main(');
    for (const worker of ['src/pdf/print-worker.ts', 'src/checks/xml/schema-worker.ts']) expect(readFileSync(join(repo, worker), 'utf8')).toMatch(/^workerBooted\(workerData\);$/m);
  });
});
