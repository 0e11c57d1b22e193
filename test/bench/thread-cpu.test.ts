// bench/thread-cpu.mjs tells a process's main thread from the rest of its CPU:
// a process whose worker spins while its main thread waits.
import { describe, expect, it } from 'vitest';
// @ts-expect-error the bench scripts are plain ES modules without declarations
import { threadCpu, threadCpuAvailable } from '../../bench/thread-cpu.mjs';

// Spin until the process has used 0.6 s of CPU (process.cpuUsage counts every thread;
// CPU, not wall time, so a busy machine only makes it take longer).
const spin = 'const t = process.cpuUsage(); while (true) { const u = process.cpuUsage(t); if (u.user + u.system >= 600000) break; }';
const spinInWorker = `new (require('node:worker_threads').Worker)(${JSON.stringify(spin)}, { eval: true });`;

describe.runIf(threadCpuAvailable())('thread CPU of a command', () => {
  it('counts a worker in all CPU and not in the main thread', async () => {
    const r = await threadCpu(process.execPath, ['-e', spinInWorker]);
    expect(r.allMs).toBeGreaterThanOrEqual(600);
    expect(r.mainMs).toBeGreaterThan(0);
    expect(r.mainMs).toBeLessThan(r.allMs / 2);
  });

  it('counts a main thread that spins as the main thread', async () => {
    // The same spin on the main thread: nearly all of the process's CPU is then its own.
    const r = await threadCpu(process.execPath, ['-e', spin]);
    expect(r.mainMs).toBeGreaterThanOrEqual(550);
    // sh's `times` counts in clock ticks (10 ms), the thread's schedstat in ns.
    expect(r.allMs).toBeGreaterThanOrEqual(r.mainMs - 20);
  });

  it('rejects a command that fails', async () => {
    await expect(threadCpu(process.execPath, ['-e', 'process.exit(3)'])).rejects.toThrow(/exited 3/);
  });
});
