// PDF bench (`npm run bench`, or `node bench/pdf.mjs`): whole-process times of
// `galley build` for the sample (all galleys, PDF only), a batch of ten copies
// in one browser, beside the floor (Chromium printing the same print HTML
// without paged.js, see floor.mjs) and pagedjs-cli; peak memory is the sampled
// sum of the RSS of the build process and its children (Chromium's processes).
// Printed, never asserted.
//
// pagedjs-cli depends on puppeteer, which downloads a browser when installed:
// it is NOT a project dependency. It is installed once into a cache folder in
// the temp directory with PUPPETEER_SKIP_DOWNLOAD=1 and pointed at the same
// Chromium Galley uses (PUPPETEER_EXECUTABLE_PATH).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { floorBatch, floorProcess } from './floor.mjs';
import { mb, measure } from './measure.mjs';
import { fmt, fmtRun, median, row } from './util.mjs';

const root = resolve(import.meta.dirname, '..');
const sample = join(root, 'article/harris-2017');
const PAGEDJS_CLI = '0.4.3';

// Every process starts without the build cache unless `env` gives it one (GALLEY_CACHE_DIR).
const galley = (args, dist, env = { GALLEY_CACHE: 'off' }, memory = true) =>
  measure(process.execPath, [join(root, 'bin/galley.mjs'), 'build', ...args, '--dist', dist, '--profile', join(root, 'journal.yaml')], { cwd: root, env: { ...process.env, ...env }, memory });

/** Ten copies of the sample under different ids (the folder name is the id). */
function batchOfTen(dir) {
  const dirs = [];
  for (let i = 1; i <= 10; i++) {
    const copy = join(dir, `harris-2017-copy-${String(i).padStart(2, '0')}`);
    cpSync(sample, copy, { recursive: true });
    dirs.push(copy);
  }
  return dirs;
}

/** pagedjs-cli in a cache folder of its own (never in the project's node_modules). */
function pagedjsCli() {
  const dir = join(tmpdir(), `galley-bench-pagedjs-cli-${PAGEDJS_CLI}`);
  const bin = join(dir, 'node_modules/.bin/pagedjs-cli');
  if (!existsSync(bin)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), '{ "name": "galley-bench-pagedjs-cli", "private": true }\n');
    const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--save-exact', `pagedjs-cli@${PAGEDJS_CLI}`], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' },
    });
    if (r.status !== 0) return { error: `npm install pagedjs-cli failed: ${r.stderr.split('\n').slice(-3).join(' ')}` };
  }
  return { bin };
}

const lib = (p) => import(pathToFileURL(join(root, 'lib', p)).href);

/** An article as renderers receive it (the sample by default), and its render context. */
async function sampleArticle(dir = sample) {
  const { loadProfile } = await lib('profile/load.js');
  const { prepareArticle } = await lib('pipeline/prepare.js');
  const { sourceClock } = await lib('pipeline/clock.js');
  const { profile } = loadProfile(join(root, 'journal.yaml'));
  const { article } = prepareArticle(dir, profile);
  return { article, ctx: { profile, clock: sourceClock(article.meta) } };
}

/** The print HTML Galley gives paged.js, written beside the work files (pagedjs-cli and the floor open it). */
async function printHtml(dir, articleDir = sample) {
  const { renderPrintHtml } = await lib('render/print/index.js');
  const { article, ctx } = await sampleArticle(articleDir);
  const file = join(dir, `${article.id}.print.html`);
  writeFileSync(file, renderPrintHtml(article, ctx));
  return file;
}

/** Chromium as Galley finds and launches it. */
async function chromiumSetup() {
  const { chromiumArgs } = await lib('pdf/browser.js');
  const { findChromium } = await lib('pdf/find-chromium.js');
  return { executable: findChromium({ env: process.env }), args: chromiumArgs };
}

/** The PDF stage alone, in this process: browser launch, then renderPdf of the loaded sample (first and warm). */
async function pdfStage() {
  const { BrowserPool } = await lib('pdf/browser.js');
  const { renderPdf } = await lib('pdf/render-pdf.js');
  const { article, ctx } = await sampleArticle();
  const t0 = performance.now();
  const pool = await BrowserPool.open({ profile: ctx.profile });
  const launched = performance.now();
  try {
    const times = [];
    for (let i = 0; i < 4; i++) {
      const t = performance.now();
      const r = await renderPdf(article, ctx, pool);
      if (!r.pdf.length) throw new Error(r.diagnostics.map((d) => d.message).join('; '));
      times.push(performance.now() - t);
    }
    return { launch: launched - t0, first: times[0], warm: median(times.slice(1)) };
  } finally {
    await pool.close();
  }
}

/**
 * Three runs timed without the memory sampler (the floor has none either): the one
 * of median wall time and its CPU; then one run sampled for its peak memory.
 */
async function medianRun(run) {
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await run(false));
  const middle = [...runs].sort((a, b) => a.ms - b.ms)[1];
  const sampled = await run(true);
  return { ms: middle.ms, cpuMs: middle.cpuMs, peak: sampled.peak, peakPss: sampled.peakPss };
}

export async function benchPdf() {
  if (!existsSync(join(root, 'lib/cli/main.js'))) {
    console.error('bench pdf: compile first (npm ci or npm run compile)');
    return;
  }
  const work = mkdtempSync(join(tmpdir(), 'galley-bench-pdf-'));
  row('load average (1 min) before the PDF bench', loadavg()[0].toFixed(2), 'other work on the machine slows every figure');
  try {
    const dist = (name) => join(work, `dist-${name}`);
    // Whole-process rows are the median of three runs (one run on a 2-core machine varies by ±15 %).
    const cold = await medianRun((memory) => galley([sample], dist('cold'), undefined, memory));
    // The build cache (rendered references, clean schema verdicts) filled by one process, used by the next.
    const cache = { GALLEY_CACHE_DIR: join(work, 'cache') };
    await galley([sample], dist('fill'), cache);
    const cached = await galley([sample], dist('cached'), cache);
    const pdfOnly = [await galley([sample, '--only', 'pdf'], dist('pdf1')), await galley([sample, '--only', 'pdf'], dist('pdf2')), await galley([sample, '--only', 'pdf'], dist('pdf3'))];
    const batchDirs = batchOfTen(join(work, 'articles'));
    const batch = await medianRun((memory) => galley(batchDirs, dist('batch'), undefined, memory));
    const pdfMs = median(pdfOnly.map((r) => r.ms));

    // The floor, in the same run: the same print HTML, no paged.js.
    const chromium = await chromiumSetup();
    const floorDir = join(work, 'floor');
    mkdirSync(floorDir);
    const sampleHtml = await printHtml(floorDir);
    const floorRuns = [];
    for (let i = 0; i < 3; i++) floorRuns.push(await floorProcess(chromium.executable, sampleHtml, join(floorDir, `one-${i}.pdf`), chromium.args));
    const floorOne = median(floorRuns);
    const batchHtml = [];
    for (const d of batchDirs) batchHtml.push(await printHtml(floorDir, d));
    const floorTenRuns = [];
    for (let i = 0; i < 3; i++) floorTenRuns.push(await floorBatch(chromium.executable, batchHtml, chromium.args, Number(process.env.GALLEY_PDF_CONCURRENCY) || undefined));
    const floorTen = median(floorTenRuns);

    const stage = await pdfStage();
    row('sample, all galleys, new process, no build cache (median of 3)', fmtRun(cold.ms, cold.cpuMs), 'target ≤ 2.5 s');
    row('sample, all galleys, new process, build cache warm', fmtRun(cached.ms, cached.cpuMs), 'target ≤ 2.5 s');
    row('sample, PDF only (median of 3 processes)', fmtRun(pdfMs, median(pdfOnly.map((r) => r.cpuMs))), '');
    row('  floor: Chromium --print-to-pdf, same print HTML, no paged.js (median of 3)', fmt(floorOne), '');
    row('  PDF stage in process: browser launch', fmt(stage.launch), '');
    row('  PDF stage in process: renderPdf, first / warm', `${fmt(stage.first)} / ${fmt(stage.warm)}`, '');
    row('batch of 10 copies, all galleys, one browser (median of 3)', fmtRun(batch.ms, batch.cpuMs), 'target ≤ 8 s');
    row('  per article in the batch', fmt(batch.ms / 10), `target ≤ 2× floor = ${fmt((2 * floorTen) / 10)}`);
    row('  floor per article: one browser, same pages in parallel, no paged.js (median of 3)', fmt(floorTen / 10), '(launch included, as in the batch)');
    row('  ratio galley batch / floor', `${(batch.ms / floorTen).toFixed(1)}×`, 'target ≤ 2×');
    row('peak memory of the batch (build process + Chromium, RSS sum, a fourth run)', mb(batch.peak), 'target ≤ 1.5 GB');
    row('  the same as PSS (shared pages counted once)', mb(batch.peakPss), '');

    const cli = pagedjsCli();
    if (cli.error) row('pagedjs-cli', 'skipped', cli.error);
    else {
      const html = sampleHtml;
      const env = { ...process.env, PUPPETEER_EXECUTABLE_PATH: chromium.executable, PUPPETEER_SKIP_DOWNLOAD: '1' };
      const runs = [];
      for (let i = 0; i < 3; i++) runs.push(await measure(cli.bin, [html, '-o', join(work, `cli-${i}.pdf`), '--browserArgs=--no-sandbox,--disable-gpu'], { env }));
      const cliMs = median(runs.map((r) => r.ms));
      row('pagedjs-cli 0.4.3, same print HTML (median of 3)', fmt(cliMs), '');
      row('  ratio pagedjs-cli / galley PDF-only process', `${(cliMs / pdfMs).toFixed(1)}×`, '(galley also loads and resolves the source)');
      row('  ratio pagedjs-cli / galley per article in the batch', `${(cliMs / (batch.ms / 10)).toFixed(1)}×`, 'target ≥ 2×');
      row('  ratio pagedjs-cli / galley launch + first renderPdf', `${(cliMs / (stage.launch + stage.first)).toFixed(1)}×`, '(same work: HTML → PDF)');
    }
    row('peak memory, single article (all galleys), RSS sum (a fourth run)', mb(cold.peak), '');
    row('peak memory, PDF only, RSS sum (highest of 3)', mb(Math.max(...pdfOnly.map((r) => r.peak))), '');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(`Galley PDF bench — node ${process.version}, ${(await import('node:os')).cpus().length} cores\n`);
  await benchPdf();
}
