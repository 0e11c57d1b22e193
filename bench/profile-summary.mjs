// Summarise a V8 .cpuprofile (`node --cpu-prof`): where the time went, by package or
// source file (self time) and by the slowest functions (self and total time), so
// start-up work can be attributed without a browser. `node bench/profile-summary.mjs
// <file.cpuprofile> [--by file|package] [--top N] [--match text] [--under function]`.
import { readFileSync } from 'node:fs';

const [file, ...rest] = process.argv.slice(2);
if (!file) {
  console.error('usage: node bench/profile-summary.mjs <file.cpuprofile> [--by file|package] [--top N] [--match text]');
  process.exit(2);
}
const opt = (name, fallback) => (rest.includes(name) ? rest[rest.indexOf(name) + 1] : fallback);
const by = opt('--by', 'package');
const top = Number(opt('--top', 25));
const match = opt('--match', '');
// Only samples whose stack passes through a function of this name (`--under loadJournalRecord`).
const under = opt('--under', '');

const profile = JSON.parse(readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

// Sample counts → self time per node (µs), from the time deltas.
const passesUnder = (id) => {
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) if (nodes.get(cur).callFrame.functionName === under) return true;
  return false;
};
const self = new Map();
profile.samples.forEach((id, i) => {
  if (under && !passesUnder(id)) return;
  self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
const total = [...self.values()].reduce((a, b) => a + b, 0);

const where = (url) => {
  if (!url) return '(native/idle)';
  const p = url.replace(/^file:\/\//, '');
  if (by === 'file') return p.replace(/^.*\/node_modules\//, 'nm:').replace(/^.*\/(lib|src)\//, '$1/');
  const m = p.match(/node_modules\/((@[^/]+\/)?[^/]+)/);
  if (m) return m[1];
  if (p.startsWith('node:')) return 'node';
  return p.replace(/^.*\/lib\//, 'lib/').replace(/\/[^/]+$/, '/');
};

const groups = new Map();
for (const [id, us] of self) {
  const n = nodes.get(id);
  const key = n.callFrame.functionName === '(garbage collector)' ? '(gc)' : n.callFrame.functionName === '(idle)' ? '(idle)' : where(n.callFrame.url);
  groups.set(key, (groups.get(key) ?? 0) + us);
}
const ms = (us) => `${(us / 1000).toFixed(0).padStart(6)} ms`;
console.log(`${file}: ${ms(total)} sampled\n\nself time by ${by}:`);
for (const [k, us] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms(us)}  ${k}`);

// Total (inclusive) time per function, each frame counted once per sample stack.
const inclusive = new Map();
for (const [id, us] of self) {
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const f = nodes.get(cur).callFrame;
    const key = `${f.functionName || '(anonymous)'} ${where(f.url)}:${f.lineNumber + 1}`;
    if (seen.has(key)) continue;
    seen.add(key);
    inclusive.set(key, (inclusive.get(key) ?? 0) + us);
  }
}
console.log(`\ntotal time by function${match ? ` (matching ${match})` : ''}:`);
for (const [k, us] of [...inclusive].filter(([k]) => !match || k.includes(match)).sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms(us)}  ${k}`);
