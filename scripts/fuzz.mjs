#!/usr/bin/env node
// The long fuzz run (a script, never a test): mutated copies of the sample
// article, byte-level and structure-aware, go through `galley check`'s own
// function in-process. It prints the count, escaped exceptions, inputs over
// 10 s, diagnostics without a position and the slowest input; it exits 1 when
// any of the first three is not zero.
//
//   npx tsc -p tsconfig.build.json && nice -n 10 node scripts/fuzz.mjs [--runs 10000] [--seed 11] [--keep dir] [--note rule]
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '..');
// Thousands of mutated outputs must not fill the repository's build cache.
const cacheDir = mkdtempSync(join(tmpdir(), 'galley-fuzz-cache-'));
process.env.GALLEY_CACHE_DIR ??= cacheDir;
const lib = (path) => import(new URL(`../lib/${path}`, import.meta.url).href);
const { checkArticleDiagnostics } = await lib('pipeline/check.js');
const { loadProfile } = await lib('profile/load.js');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const runs = Number(option('runs', 10_000));
const seed = Number(option('seed', 11));
const slowLimitMs = 10_000;

// Deterministic randomness: the same seed replays the same inputs.
function mulberry32(a) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(seed);
const int = (n) => Math.floor(random() * n);
const pick = (list) => list[int(list.length)];

const seedDir = join(repo, 'article/harris-2017');
const seedArticle = readFileSync(join(seedDir, 'article.md'), 'utf8');
const seedReferences = readFileSync(join(seedDir, 'references.yaml'), 'utf8');

const tokens = [
  '[@', '[^', '[^1]', '[^1]: again', ']', '](', '![x](', '![x](../../etc/passwd)', '![x](figures/../../x.png)', '![x](/etc/passwd)',
  '*', '**', '_', '`', '```', '<div>', '&amp;', '&#11;', '&#x0B;', '&#0;', '&#xD800;', '\\', '\n', '\n\n', '\t', '"', "'", '|', '{', '}',
  '\u0000', '\u0001', '\u000b', '\u001f', '\ufffe', '\u200b', '\u00ad', '\u202e', 'e\u0301', '\u212b', '\ud83d\ude00', 'О', 'С', 'а',
  ' *Pravda*', '*Pravda*', ' &a ', ' *a', ' !!binary ', ' !<tag> ', ' ? ', ' - - - ', '%YAML 1.2', '"\\x0B"', '"\\uD800"', '"\\0"', '"\\U0010FFFF"',
  '---', '...', '# ', '####### ', '> ', '- ', '1. ', '    ', '[@schapiro1955, p. 3]', '[@missing]', '@', '; @',
];

const yamlValues = [
  '*Pravda*', '*Pravda* and the Party', '&anchor value', '*anchor', '[', '{', ']', '"unclosed', "'unclosed", '|', '>', '!!int x', '!!binary AAAA',
  '"\\x0B"', '"\\uD800 lone"', '"\\0"', '2017-02-30', '10.15826/qr.2017.3.245О', 'https://doi.org/10.15826/qr.2017.3.245', '94(47О)', '929Cталин',
  '94(47\u200b0)', '0000-0002-1825-009X', 'null', '~', '', '-1', '1e999', '0x1F', 'yes', '[[[[[[[[[[[[[[[[[[[[[[[[x]]]]]]]]]]]]]]]]]]]]]]]',
  '{a: {b: {c: {d: {e: {f: {g: {h: {i: {j: {k: {l: {m: {n: {o: {p: {q: {r: {s: {t: {u: {v: 1}}}}}}}}}}}}}}}}}}}}}}',
  '../../../../tmp/outside.yaml', '/etc/passwd', 'references.bib', 'missing.yaml',
];

/** A mutation: (article, references) → (article, references). */
const byteMutations = [
  (t) => splice(t, int(t.length + 1), 0, pick(tokens)),
  (t) => splice(t, int(t.length + 1), 1 + int(40), ''),
  (t) => splice(t, int(t.length + 1), 0, String.fromCharCode(...Array.from({ length: 1 + int(8) }, () => int(0x3000)))),
  (t) => {
    const at = int(t.length);
    return splice(t, at, 0, t.slice(at, at + int(200)));
  },
  (t) => {
    const lines = t.split('\n');
    const i = int(lines.length);
    if (random() < 0.5) lines.splice(i, 1);
    else lines.splice(i, 0, lines[i] ?? '');
    return lines.join('\n');
  },
];

const structureMutations = [
  // A front-matter value replaced.
  (t) => {
    const lines = t.split('\n');
    const end = lines.indexOf('---', 1);
    if (end < 2) return t;
    const i = 1 + int(end - 1);
    lines[i] = lines[i].replace(/^(\s*(?:- )?[\w-]+:)\s.*$/, `$1 ${pick(yamlValues)}`);
    return lines.join('\n');
  },
  // A front-matter line indented differently, or a key repeated.
  (t) => {
    const lines = t.split('\n');
    const end = lines.indexOf('---', 1);
    if (end < 2) return t;
    const i = 1 + int(end - 1);
    if (random() < 0.5) lines[i] = ' '.repeat(int(6)) + lines[i].trimStart();
    else lines.splice(i, 0, lines[i]);
    return lines.join('\n');
  },
  // Anchors and aliases, a few levels of laughs.
  (t) => {
    const levels = 1 + int(6);
    const laughs = ['lol0: &a0 [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: levels }, (_, i) => `lol${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(', ')}]`)];
    return t.replace('\n', `\n${laughs.join('\n')}\n`);
  },
  // Lists nested by indentation, quotes, footnotes in footnotes.
  (t) => {
    const levels = 10 + int(30);
    const kind = int(4);
    const block =
      kind === 0 ? Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}- level`).join('\n')
      : kind === 1 ? `${'> '.repeat(levels)}quoted`
      : kind === 2 ? Array.from({ length: levels }, (_, i) => `${'   '.repeat(i)}1. level`).join('\n')
      : Array.from({ length: levels }, (_, i) => `${'    '.repeat(i)}[^n${i}]: note`).join('\n');
    return insertParagraph(t, block);
  },
  // Long runs that stress micromark: emphasis, brackets, links, a long paragraph.
  (t) => {
    const n = 100 + int(5000);
    const unit = pick(['*', '_', '[', '[a](', '![', '<', '`', '\\', '&#', 'x ', '[@a; ', '[^1]']);
    return insertParagraph(t, unit.repeat(Math.ceil(n / unit.length)));
  },
  // A footnote defined twice, a citation mangled, a figure outside the folder.
  (t) => insertParagraph(t, pick(['[^1]: A second text.', '[@schapiro1955, p. 3; @', '![A figure](../harris-2017/article.md)', '![A figure](figures/none.png)', '| a | b |\n|---|---|\n| 1 | 2 |', '<div>x</div>', '```\nunclosed'])),
];

function splice(text, at, remove, insert) {
  return text.slice(0, at) + insert + text.slice(at + remove);
}

function insertParagraph(text, block) {
  const end = text.indexOf('\n---', 4);
  const bodyStart = end < 0 ? 0 : end + 4;
  const breaks = [...text.slice(bodyStart).matchAll(/\n\n/g)].map((m) => bodyStart + m.index);
  const at = breaks.length ? pick(breaks) : text.length;
  return `${text.slice(0, at)}\n\n${block}\n\n${text.slice(at)}`;
}

function mutate() {
  let article = seedArticle;
  let references = seedReferences;
  const count = 1 + int(4);
  for (let k = 0; k < count; k++) {
    const structure = random() < 0.5;
    const onReferences = random() < 0.15;
    const apply = pick(structure ? structureMutations : byteMutations);
    if (onReferences) references = apply(references);
    else article = apply(article);
  }
  // Invalid UTF-8 and NUL bytes now and then, after the text mutations.
  let bytes = Buffer.from(article, 'utf8');
  if (random() < 0.05) {
    const at = int(bytes.length);
    bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from([pick([0x00, 0x80, 0xc3, 0xed, 0xff])]), bytes.subarray(at)]);
  }
  return { article: bytes, references };
}

const profile = loadProfile(join(repo, 'journal.yaml')).profile;
if (!profile) throw new Error('journal.yaml does not load');
const work = mkdtempSync(join(tmpdir(), 'galley-fuzz-'));
const dir = join(work, 'harris-2017');
cpSync(seedDir, dir, { recursive: true });
const keep = option('keep', undefined);
/** Also keep the inputs that draw this rule (`--note jats-schema`: outputs the schema refuses). */
const note = option('note', undefined);
let noted = 0;

let escaped = 0;
let slow = 0;
let unpositioned = 0;
let slowest = { ms: 0, run: -1 };
const rules = new Map();
const unhandled = [];
process.on('unhandledRejection', (error) => unhandled.push(error));
// The first check compiles the schemas (seconds): done once before the clock starts.
await checkArticleDiagnostics(seedDir, profile);
const started = performance.now();
let done = 0;
// Stopped early (Ctrl-C, a time budget): the figures so far are still printed.
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    summary(true);
    process.exit(escaped || slow || unpositioned ? 1 : 2);
  });

for (let run = 0; run < runs; run++) {
  const input = mutate();
  writeFileSync(join(dir, 'article.md'), input.article);
  writeFileSync(join(dir, 'references.yaml'), input.references);
  const t = performance.now();
  let diagnostics = [];
  try {
    diagnostics = await checkArticleDiagnostics(dir, profile);
  } catch (error) {
    escaped++;
    record(run, input, `exception: ${error?.stack ?? error}`);
  }
  const ms = performance.now() - t;
  if (ms > slowest.ms) slowest = { ms, run };
  if (ms > slowLimitMs) {
    slow++;
    record(run, input, `slow: ${Math.round(ms)} ms`);
  }
  for (const d of diagnostics) {
    rules.set(d.rule, (rules.get(d.rule) ?? 0) + 1);
    if (d.rule === note && noted++ < 20) record(run, input, `noted ${d.rule}: ${d.message}`);
    if (/internal error/i.test(d.message)) {
      escaped++;
      record(run, input, `internal error diagnostic: ${d.message}`);
    }
    const p = d.position;
    if (!p || !p.file || !(p.line >= 1) || !(p.column >= 1) || /(^|\/)dist\//.test(p.file)) {
      unpositioned++;
      record(run, input, `no position: ${d.rule} ${d.message}`);
    }
  }
  done = run + 1;
  if ((run + 1) % 500 === 0) process.stderr.write(`${run + 1} runs, ${Math.round((performance.now() - started) / 1000)} s\n`);
}

function record(run, input, why) {
  process.stderr.write(`run ${run}: ${why.split('\n')[0]}\n`);
  if (!keep) return;
  const out = join(keep, `run-${run}`);
  cpSync(dir, out, { recursive: true });
  writeFileSync(join(out, 'article.md'), input.article);
  writeFileSync(join(out, 'why.txt'), why + '\n');
}

summary(false);
process.exitCode = escaped || slow || unpositioned ? 1 : 0;

function summary(stopped) {
  rmSync(work, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
  const total = (performance.now() - started) / 1000;
  const all = escaped + unhandled.length;
  console.log(`fuzz seed ${seed}: ${done} mutated sources through check in ${total.toFixed(0)} s (${((total * 1000) / Math.max(done, 1)).toFixed(0)} ms each on average)${stopped ? ` — stopped early, ${runs} asked` : ''}`);
  console.log(`  escaped exceptions:               ${all}`);
  console.log(`  inputs over ${slowLimitMs / 1000} s:                 ${slow}`);
  console.log(`  diagnostics without a position:   ${unpositioned}`);
  console.log(`  slowest input:                    ${Math.round(slowest.ms)} ms (run ${slowest.run})`);
  console.log(`  rules seen: ${[...rules].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${n}`).join(', ')}`);
}
