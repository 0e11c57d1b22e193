// Whole-process measurement for the bench: wall time and the peak memory of a
// command's process tree (the build process, its worker threads and Chromium's processes).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { childrenCpu } from './util.mjs';

/** Every process id and its parent, from /proc (costly on a busy machine: a few ms per scan). */
function parents() {
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(entry));
    } catch {
      // ended while we looked
    }
  }
  return children;
}

/** A process and its descendants. */
export function processTree(pid, children = parents()) {
  const tree = [];
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop();
    tree.push(p);
    stack.push(...(children.get(p) ?? []));
  }
  return tree;
}

const kb = (file, pattern) => {
  try {
    return Number(readFileSync(file, 'utf8').match(pattern)?.[1] ?? 0) * 1024;
  } catch {
    return 0; // ended while we looked
  }
};
const rssOf = (pids) => pids.reduce((sum, p) => sum + kb(`/proc/${p}/status`, /^VmRSS:\s+(\d+) kB/m), 0);
// smaps_rollup walks the page tables of the process: far dearer than status.
const pssOf = (pids) => pids.reduce((sum, p) => sum + kb(`/proc/${p}/smaps_rollup`, /^Pss:\s+(\d+) kB/m), 0);

/** RSS and PSS (shared pages divided among the processes sharing them) in bytes of a process and its descendants, from /proc. */
export function treeMemory(pid) {
  const tree = processTree(pid);
  return { rss: rssOf(tree), pss: pssOf(tree) };
}

/**
 * Run a command to completion: wall time, the CPU time of its whole tree, the peak RSS/PSS of its process tree, and
 * the CPU the sampling itself cost (it competes with the command on a 2-core machine).
 * RSS is read every 25 ms, PSS every 100 ms, the process tree found again every 200 ms;
 * `memory: false` reads none of it, for a time not slowed by the sampling (it costs
 * ~10 % of the machine while Chromium's twenty processes run).
 */
export function measure(cmd, args, { memory = true, ...opts } = {}) {
  return new Promise((done, fail) => {
    const started = process.hrtime.bigint();
    const cpuBefore = process.cpuUsage();
    // Through sh, whose `times` adds up the CPU of the whole tree once it ended
    // (Chromium's processes included): a figure far less moved by other work than wall time.
    const script = '"$@"; s=$?; times >&3; exit $s';
    const child = spawn('/bin/sh', ['-c', script, 'sh', cmd, ...args], { stdio: ['ignore', 'pipe', 'pipe', 'pipe'], ...opts });
    let times = '';
    child.stdio[3].on('data', (d) => (times += d));
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    let peak = 0;
    let peakPss = 0;
    let tree = [child.pid];
    let tick = 0;
    const timer = memory && setInterval(() => {
      if (tick % 8 === 0) tree = processTree(child.pid);
      peak = Math.max(peak, rssOf(tree));
      if (tick % 4 === 0) peakPss = Math.max(peakPss, pssOf(tree));
      tick++;
    }, 25);
    child.on('error', fail);
    child.on('close', (code) => {
      if (timer) clearInterval(timer);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const cpu = process.cpuUsage(cpuBefore);
      const samplerMs = (cpu.user + cpu.system) / 1000;
      if (code !== 0) fail(new Error(`${cmd} ${args.join(' ')} exited ${code}\n${out}`));
      else done({ ms, cpuMs: childrenCpu(times), peak, peakPss, samplerMs, out });
    });
  });
}

export const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
