// Which processes hold the memory at the peak of a command's process tree:
// `node bench/memory-breakdown.mjs -- <command> <args…>` prints, at the sampled
// peak of the RSS sum, each process's RSS, PSS and kind (Chromium's --type).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { processTree } from './measure.mjs';

const args = process.argv.slice(process.argv.indexOf('--') + 1);
const read = (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
};
// Chromium rewrites its helpers' command lines into one string: look for the flags anywhere.
const kind = (pid) => {
  const cmd = read(`/proc/${pid}/cmdline`).replace(/\0/g, ' ');
  const type = cmd.match(/--type=(\S+)/)?.[1];
  const service = cmd.match(/--utility-sub-type=(\S+)/)?.[1];
  const client = cmd.match(/--renderer-client-id=(\d+)/)?.[1];
  if (type) return `chromium ${type}${service ? ` ${service}` : ''}${client ? ` #${client}` : ''}`;
  if (/renderer-client-id/.test(cmd)) return `chromium renderer #${client}`;
  return cmd.split(' ')[0].split('/').pop();
};
const field = (text, name) => Number(text.match(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm'))?.[1] ?? 0) / 1024;

const child = spawn(args[0], args.slice(1), { stdio: ['ignore', 'ignore', 'inherit'] });
let peak = { sum: 0, rows: [] };
const timer = setInterval(() => {
  const rows = processTree(child.pid).map((pid) => ({ pid, kind: kind(pid), rss: field(read(`/proc/${pid}/status`), 'VmRSS') }));
  const sum = rows.reduce((a, r) => a + r.rss, 0);
  if (sum > peak.sum) {
    for (const r of rows) r.pss = field(read(`/proc/${r.pid}/smaps_rollup`), 'Pss');
    peak = { sum, rows, at: process.uptime() };
  }
}, 100);
child.on('close', (code) => {
  clearInterval(timer);
  console.log(`exit ${code}; peak RSS sum ${peak.sum.toFixed(0)} MB at ${peak.at?.toFixed(1)} s`);
  for (const r of peak.rows.sort((a, b) => b.rss - a.rss)) console.log(`${r.rss.toFixed(0).padStart(6)} MB RSS ${r.pss.toFixed(0).padStart(6)} MB PSS  ${r.kind}`);
});
