// A 12-article issue built cold, then rebuilt after a one-paragraph edit.
// Articles are copies of the sample articles under new ids, DOIs left to the issue build.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { mb, measure } from './measure.mjs';
import { fmtRun, row } from './util.mjs';

const root = resolve(import.meta.dirname, '..');

export function workspace(count) {
  const dir = mkdtempSync(join(tmpdir(), 'galley-issue-bench-'));
  mkdirSync(join(dir, 'issues'));
  cpSync(join(root, 'templates'), join(dir, 'templates'), { recursive: true });
  cpSync(join(root, 'journal.yaml'), join(dir, 'journal.yaml'));
  const sources = readdirSync(join(root, 'article')).filter((n) => existsSync(join(root, 'article', n, 'article.md'))).sort();
  const ids = [];
  for (let i = 0; i < count; i++) {
    const src = sources[i % sources.length];
    const id = `${src}-b${String(i + 1).padStart(2, '0')}`;
    cpSync(join(root, 'article', src), join(dir, 'article', id), { recursive: true });
    const file = join(dir, 'article', id, 'article.md');
    // The issue build assigns DOIs and folios to the copies.
    const text = readFileSync(file, 'utf8').replace(/^(doi|seq|pages|citation-block):.*\n(  .*\n)*/gm, '');
    writeFileSync(file, text);
    ids.push(id);
  }
  writeFileSync(
    join(dir, 'issues', 'bench.yaml'),
    `volume: 5\nnumber: 3\nyear: 2017\npublished: 2017-09-30\nfirst-page: 693\nsections:\n  - title: { en: Articles, ru: Статьи }\n    articles: [${ids.join(', ')}]\n`,
  );
  return { dir, ids };
}

export async function benchIssue() {
  const { dir, ids } = workspace(12);
  const env = { ...process.env, GALLEY_CROSSREF_SCHEMAS: process.env.GALLEY_CROSSREF_SCHEMAS ?? resolve(root, 'vendor') + '/crossref-{version}' };
  const galley = (...args) => measure(process.execPath, [join(root, 'bin/galley.mjs'), 'issue', 'build', 'issues/bench.yaml', ...args], { cwd: dir, env });
  try {
    const cold = await galley();
    row(`issue of ${ids.length} articles, cold`, fmtRun(cold.ms, cold.cpuMs), 'target ≤ 20 s');
    row(`  peak memory of the cold issue build (process + Chromium, RSS sum)`, mb(cold.peak), 'target ≤ 1.5 GB');
    row('  the same as PSS (shared pages counted once)', mb(cold.peakPss), '');
    const first = join(dir, 'article', ids[0], 'article.md');
    const text = readFileSync(first, 'utf8');
    const paragraph = text.split('\n').findIndex((l, i) => i > 20 && /^[A-ZА-Я][^\n]{200,}$/.test(l));
    const lines = text.split('\n');
    lines[paragraph] = lines[paragraph].replace(/\.$/, ', as the bench edit notes.');
    writeFileSync(first, lines.join('\n'));
    const incremental = await galley();
    row('issue rebuilt after a one-paragraph edit', fmtRun(incremental.ms, incremental.cpuMs), 'target ≤ 6 s');
    row('  peak memory of the rebuild (RSS sum)', mb(incremental.peak), '');
    // What the rebuild did with each article: only the edited one is rendered again.
    console.log('  the rebuild, article by article (first lines of its report):');
    console.log(incremental.out.split('\n').filter((l) => /rendered|reused|re-foliated/.test(l)).slice(0, 14).map((l) => `    ${l.trim()}`).join('\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
