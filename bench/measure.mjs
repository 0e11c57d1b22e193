// Whole-process measurement for the bench: wall time and the peak memory of a
// command's process tree (the build process, its worker threads and Chromium's processes).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** RSS and PSS (shared pages divided among the processes sharing them) in bytes of a process and its descendants, from /proc. */
export function treeMemory(pid) {
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
  let rss = 0;
  let pss = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop();
    try {
      rss += Number(readFileSync(`/proc/${p}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m)?.[1] ?? 0) * 1024;
      pss += Number(readFileSync(`/proc/${p}/smaps_rollup`, 'utf8').match(/^Pss:\s+(\d+) kB/m)?.[1] ?? 0) * 1024;
    } catch {
      // ended while we looked
    }
    stack.push(...(children.get(p) ?? []));
  }
  return { rss, pss };
}

/** Run a command to completion: wall time and the peak RSS/PSS of its process tree (sampled every 25 ms). */
export function measure(cmd, args, opts = {}) {
  return new Promise((done, fail) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], ...opts });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    let peak = 0;
    let peakPss = 0;
    const timer = setInterval(() => {
      const { rss, pss } = treeMemory(child.pid);
      peak = Math.max(peak, rss);
      peakPss = Math.max(peakPss, pss);
    }, 25);
    child.on('error', fail);
    child.on('close', (code) => {
      clearInterval(timer);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (code !== 0) fail(new Error(`${cmd} ${args.join(' ')} exited ${code}\n${out}`));
      else done({ ms, peak, peakPss, out });
    });
  });
}

export const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
