// Shared helpers for the bench scripts: run a command as a whole process and time it.
import { spawnSync } from 'node:child_process';

/** Run a command to completion: wall time and the CPU time (user + system) of its process tree. */
export function timeCommand(cmd, args, opts = {}) {
  const started = process.hrtime.bigint();
  const r = spawnSync('/bin/sh', withTimes(cmd, args), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe', 'pipe'], ...opts });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}\n${r.stdout}\n${r.stderr}`);
  return { ms, cpuMs: childrenCpu(r.output[3] ?? ''), stdout: r.stdout, stderr: r.stderr };
}

/** sh's arguments to run `cmd` and then write its `times` on fd 3: the CPU of everything the command ran, once it ended (childrenCpu). */
export const withTimes = (cmd, args) => ['-c', '"$@"; s=$?; times >&3; exit $s', 'sh', cmd, ...args];

/** User + system time of the children from the second line of sh's `times` ("0m22.750s 0m2.370s"), in ms. */
export function childrenCpu(times) {
  const line = String(times).trim().split('\n')[1] ?? '';
  const parts = [...line.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60_000 + Number(m[2]) * 1000);
  return parts.length === 2 ? parts[0] + parts[1] : NaN;
}

/** Wall time with the CPU time of the process tree beside it: "1.84 s (cpu 2.10 s)". */
export const fmtRun = (wallMs, cpuMs) => `${fmt(wallMs)} (cpu ${(cpuMs / 1000).toFixed(2)} s)`;

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;

export function row(name, value, target) {
  console.log(`${name.padEnd(72)} ${value.padStart(10)}   ${target ?? ''}`);
}
