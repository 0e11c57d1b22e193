// CPU time of a command's main thread beside that of all its threads (Linux):
// the wall time of a cold build can't fall below the larger of the two floors,
// its main thread's CPU and all its CPU over the cores. All CPU is sh's `times`
// once the command has ended (exact to a clock tick, 10 ms); the main thread's is
// its /proc/<pid>/task/<pid>/schedstat, polled every 10 ms while it runs (its
// last few ms can be missed; polling more often took CPU from the build itself).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { childrenCpu, withTimes } from './util.mjs';

export const threadCpuAvailable = () => existsSync(`/proc/${process.pid}/task/${process.pid}/children`);

/** Run `cmd` to completion: wall time, CPU of its main thread and of everything it ran, and how long its main thread waited for a core. */
export function threadCpu(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const shell = spawn('/bin/sh', withTimes(cmd, args), { stdio: ['ignore', 'ignore', 'ignore', 'pipe'], ...opts });
    let times = '';
    shell.stdio[3].on('data', (chunk) => (times += chunk));
    let pid;
    let main = { run: 0, wait: 0 };
    const poll = () => {
      try {
        pid ??= readFileSync(`/proc/${shell.pid}/task/${shell.pid}/children`, 'utf8').trim().split(' ')[0] || undefined;
        if (!pid) return;
        const [run, wait] = readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ').map(Number);
        main = { run, wait };
      } catch {
        // not started yet, or ended between two polls
      }
    };
    const timer = setInterval(poll, 10);
    shell.on('error', reject);
    shell.on('close', (code) => {
      clearInterval(timer);
      if (code !== 0) return reject(new Error(`${cmd} ${args.join(' ')} exited ${code}`));
      resolve({ ms: performance.now() - started, mainMs: main.run / 1e6, mainWaitMs: main.wait / 1e6, allMs: childrenCpu(times) });
    });
  });
}
