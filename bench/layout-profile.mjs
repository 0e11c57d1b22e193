// Renderer side of the PDF stage, per article on a warm page: what paged.js'
// layout (`layOut`), the after-layout report and the print cost in Chromium's
// renderer process, and with --profile, where the layout's time goes.
//
//   node bench/layout-profile.mjs [--root <galley checkout>] [--article <dir>] [--runs N] [--profile]
//
// --root names the checkout whose compiled lib/ is measured (default: this one),
// so two builds can be compared under the same load, run after run.
// Figures come from the page's CDP session: `Performance.getMetrics` in thread
// ticks (TaskDuration: main-thread CPU; LayoutDuration, RecalcStyleDuration and
// their counts: Blink layout and style, most of it forced by a layout query);
// `Profiler` with a 100 µs interval attributes self time to paged.js, Galley's
// page scripts, the DOM call that ran (a layout query's self time is the reflow
// it forced), "(program)" (Blink outside script: the frames paged.js waits for,
// their style, layout and paint) and GC. Printed, never asserted.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median } from './util.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const root = resolve(opt('--root', join(import.meta.dirname, '..')));
const articleDir = resolve(opt('--article', join(root, 'article/harris-2017')));
const runs = Number(opt('--runs', 7));
const profiling = args.includes('--profile');

const lib = (p) => import(pathToFileURL(join(root, 'lib', p)).href);
const { loadProfile } = await lib('profile/load.js');
const { prepareArticle } = await lib('pipeline/prepare.js');
const { sourceClock } = await lib('pipeline/clock.js');
const { renderPrintHtml } = await lib('render/print/index.js');
const { fontPackageDir } = await lib('render/print/fonts.js');
const { printSettings } = await lib('pdf/print-profile.js');
const { BrowserPool } = await lib('pdf/browser.js');
const { layOut, pagedjsDir } = await lib('pdf/layout-document.js');
const { afterLayoutScript } = await lib('pdf/paged-script.js');

// The layout queries whose self time is the reflow (style + layout) they forced.
const layoutQueries = new Set(['getBoundingClientRect', 'getClientRects', 'getComputedStyle', 'scrollWidth', 'scrollHeight', 'offsetParent', 'offsetHeight', 'offsetWidth']);

/** Self time of one CPU profile in ms, by group ("paged.js", "galley", "forced reflow < galley", …). */
function attribute(profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const owner = (id) => {
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const { url, functionName } = nodes.get(cur).callFrame;
      if (url.includes('pagedjs')) return 'paged.js';
      if (functionName && url === '' && nodes.get(cur).callFrame.lineNumber >= 0) return 'galley';
    }
    return 'other';
  };
  const groups = new Map();
  const add = (k, us) => groups.set(k, (groups.get(k) ?? 0) + us / 1000);
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i + 1] ?? 0;
    const { functionName, url, lineNumber } = nodes.get(id).callFrame;
    if (functionName === '(idle)') return;
    if (functionName === '(program)' || functionName === '(garbage collector)') return add(functionName, us);
    const who = owner(id);
    if (url === '' && lineNumber < 0) add(`${layoutQueries.has(functionName) ? 'forced reflow' : 'DOM call'} < ${who}`, us);
    else add(who === 'other' ? 'other script' : `${who} script`, us);
  });
  return groups;
}

const { profile } = loadProfile(join(root, 'journal.yaml'));
const { article } = prepareArticle(articleDir, profile);
const work = mkdtempSync(join(tmpdir(), 'galley-layout-profile-'));
const htmlFile = join(work, `${article.id}.print.html`);
writeFileSync(htmlFile, renderPrintHtml(article, { profile, clock: sourceClock(article.meta) }));
const print = printSettings(profile);
const roots = [work, article.dir, pagedjsDir, fontPackageDir(print.fonts.body), fontPackageDir(print.fonts.heading)];
const pool = await BrowserPool.open({ profile, concurrency: 1 });
const rows = [];
const groupsPerRun = [];
try {
  await pool.withPage(roots, async ({ page }) => {
    // The page's own protocol session (src/pdf/cdp/page.ts).
    const cdp = { send: (method, params) => page.send(method, params) };
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    if (profiling) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    }
    const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    // Run 0 makes the page a layout document and loads the fonts: not counted.
    for (let i = 0; i <= runs; i++) {
      const before = await metrics();
      if (profiling && i > 0) await cdp.send('Profiler.start');
      const t0 = performance.now();
      await layOut(page, htmlFile, { hyphenGlyph: '-' });
      const t1 = performance.now();
      const report = await page.evaluate(afterLayoutScript(article.meta.pages.first ?? 1));
      const t2 = performance.now();
      if (profiling && i > 0) groupsPerRun.push(attribute((await cdp.send('Profiler.stop')).profile));
      const after = await metrics();
      const d = (k) => after[k] - before[k];
      // The print as the PDF stage asks for it (paged-run.ts), measured apart.
      await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true });
      const t3 = performance.now();
      const printed = await metrics();
      if (i > 0) rows.push({ pages: report.pageCount, cpu: d('TaskDuration') * 1000, layout: d('LayoutDuration') * 1000, style: d('RecalcStyleDuration') * 1000, layouts: d('LayoutCount'), styles: d('RecalcStyleCount'), layIn: t1 - t0, report: t2 - t1, print: t3 - t2, printCpu: (printed.TaskDuration - after.TaskDuration) * 1000 });
    }
  });
} finally {
  await pool.close();
  rmSync(work, { recursive: true, force: true });
}

const med = (k) => median(rows.map((r) => r[k]));
console.log(`${article.id} (${rows[0].pages} pages), ${root}: median of ${runs} warm articles`);
console.log(`  renderer main-thread CPU ${med('cpu').toFixed(0)} ms (layout ${med('layout').toFixed(0)} ms in ${med('layouts')}, style ${med('style').toFixed(0)} ms in ${med('styles')})`);
console.log(`  wall: layOut ${med('layIn').toFixed(0)} ms, after-layout report ${med('report').toFixed(0)} ms, print (tagged) ${med('print').toFixed(0)} ms (renderer main thread ${med('printCpu').toFixed(0)} ms)`);
console.log(`  cpu per run: ${rows.map((r) => r.cpu.toFixed(0)).join(' ')}`);
if (profiling) {
  const keys = [...new Set(groupsPerRun.flatMap((g) => [...g.keys()]))];
  const byKey = keys.map((k) => [k, median(groupsPerRun.map((g) => g.get(k) ?? 0))]).sort((a, b) => b[1] - a[1]);
  console.log('  self time by owner (median ms per article, CPU profile):');
  for (const [k, ms] of byKey) console.log(`    ${ms.toFixed(1).padStart(7)}  ${k}`);
}
