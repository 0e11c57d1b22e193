#!/usr/bin/env node
// Page images of issue 15's faults, before and after: the sample issue built
// by Galley as it was at the end of session 2 (a temporary git worktree of
// `main` at that time) and by this working tree, and the pages that show each
// fault rendered with poppler's pdftoppm (HTML faults as Chromium screenshots)
// into test-artifacts/issue-15/, with an index (README.md).
//
//   node scripts/issue-15-pages.mjs [--before <commit>] [--out <dir>] [--dpi 72]
//
// Needs git, poppler-utils and Chromium; builds twice (about a minute each).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const repo = resolve(dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const run = (cmd, argv, cwd, quiet = true) => execFileSync(cmd, argv, { cwd, encoding: 'utf8', stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit', maxBuffer: 64 << 20 });
const git = (...argv) => run('git', ['-C', repo, ...argv]).trim();

const before = option('--before', git('log', '--before=2026-12-01 11:00', '-1', '--format=%H', 'main'));
const out = resolve(option('--out', join(repo, 'test-artifacts/issue-15')));
const dpi = option('--dpi', '72');
const issue = '2017-5-3';
const work = mkdtempSync(join(tmpdir(), 'galley-issue-15-pages-'));

/** A journal folder to build in: the sources of `src`, the templates and vendored schemas of `code`. */
function journalAt(src, code, into) {
  for (const part of ['article', 'issues', 'record']) cpSync(join(src, part), join(into, part), { recursive: true });
  writeFileSync(
    join(into, 'journal.yaml'),
    readFileSync(join(src, 'journal.yaml'), 'utf8')
      .replace(/^templates: .*$/m, `templates: ${join(code, 'templates')}`)
      .replace(/^  crossref: vendor\/crossref-\{version\}$/m, `  crossref: ${join(code, 'vendor')}/crossref-{version}`),
  );
  return into;
}

function buildIssue(code, journal, label) {
  process.stderr.write(`building the sample issue ${label} …\n`);
  run(process.execPath, [join(code, 'bin/galley.mjs'), 'issue', 'build', `issues/${issue}.yaml`], journal);
  return join(journal, 'dist/issues', issue);
}

// Before: a worktree of the commit, compiled.
const beforeCode = join(work, 'before-code');
git('worktree', 'add', '--detach', beforeCode, before);
let beforeDist;
let afterDist;
let proof;
try {
  symlinkSync(realpathSync(join(repo, 'node_modules')), join(beforeCode, 'node_modules'));
  run('npx', ['tsc', '-p', 'tsconfig.build.json'], beforeCode);
  beforeDist = buildIssue(beforeCode, journalAt(beforeCode, beforeCode, join(work, 'before')), `at ${before.slice(0, 10)}`);
  const afterJournal = journalAt(repo, repo, join(work, 'after'));
  afterDist = buildIssue(repo, afterJournal, 'of this working tree');
  run(process.execPath, [join(repo, 'bin/galley.mjs'), 'build', '--proof', 'article/harris-2017', '--only', 'pdf', '--dist', join(work, 'proof')], afterJournal);
  proof = join(work, 'proof/harris-2017/harris-2017.proof.pdf');

  /** Pages (1-based) of a PDF whose text matches `pattern`. */
  const pagesWith = (pdf, pattern) => {
    const count = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))[1]);
    const found = [];
    for (let p = 1; p <= count; p++) if (pattern.test(run('pdftotext', ['-f', String(p), '-l', String(p), pdf, '-']).replace(/\s+/g, ' '))) found.push(p);
    return found;
  };
  const article = (dist, id) => join(dist, id, `${id}.pdf`);

  /** Each fault: where its pages are, found by their text in each build. */
  const faults = [
    { name: 'hyphen-page-break', title: 'A hyphen disappears at a page break (693 → 694)', pdf: (d) => article(d, 'harris-2017'), pages: () => [1, 2], look: 'the last line of page 693 and the first of 694' },
    { name: 'hyphen-page-break-okafor', title: 'The same in okafor-volkov (722 → 723)', pdf: (d) => article(d, 'okafor-volkov-2017-postal-roads'), pages: () => [1, 2], look: 'the last line of page 722' },
    { name: 'figure-float', title: 'Figures do not float; captions without "Fig. 1."', pdf: (d) => article(d, 'harris-2017'), pages: (pdf) => { const p = pagesWith(pdf, /Stalin\. 1918\. At the front/)[0]; return [p - 1, p]; }, look: 'the page before the figure (filled, or two-thirds empty) and the caption' },
    { name: 'reference-list', title: 'Reference lines holding only "p."', pdf: (d) => article(d, 'harris-2017'), pages: (pdf) => pagesWith(pdf, /Yale Univ\. Press/), look: 'the entries ending "340 p."' },
    { name: 'citation-footnote', title: 'The citation-block footnote justified with wide gaps', pdf: (d) => article(d, 'harris-2017'), pages: () => [1], look: 'the footnote at the foot of the first page' },
    { name: 'svg-fonts', title: 'Text inside SVG figures in the machine\'s fonts', pdf: (d) => article(d, 'okafor-volkov-2017-postal-roads'), pages: (pdf) => pagesWith(pdf, /winter road \(invented\)/), look: 'the map labels (Liberation Sans before, PT Sans after; pdffonts lists the fonts)' },
    { name: 'apostrophes', title: 'Straight apostrophes', pdf: (d) => article(d, 'harris-2017'), pages: (pdf) => pagesWith(pdf, /Trotsky['’]s/).slice(0, 1), look: '"Trotsky\'s"' },
    { name: 'contents', title: 'The issue\'s printed contents', pdf: (d) => join(d, 'toc.pdf'), pages: (pdf) => pagesWith(pdf, /Contents/), look: 'authors apart from titles, leaders, "(1917–1927)" unbroken' },
  ];

  rmSync(out, { recursive: true, force: true });
  const rows = [];
  for (const fault of faults) {
    const row = { fault, files: { before: [], after: [] } };
    for (const [side, dist] of [['before', beforeDist], ['after', afterDist]]) {
      const pdf = fault.pdf(dist);
      mkdirSync(join(out, side), { recursive: true });
      for (const page of fault.pages(pdf)) {
        const stem = join(out, side, `${fault.name}-p${page}`);
        run('pdftoppm', ['-f', String(page), '-l', String(page), '-r', dpi, '-png', '-singlefile', pdf, stem]);
        row.files[side].push(relative(out, `${stem}.png`));
      }
    }
    rows.push(row);
  }
  // Fonts per build, the evidence for the SVG fault.
  for (const [side, dist] of [['before', beforeDist], ['after', afterDist]]) {
    writeFileSync(join(out, side, 'pdffonts-okafor-volkov.txt'), run('pdffonts', [article(dist, 'okafor-volkov-2017-postal-roads')]));
    writeFileSync(join(out, side, 'pdfinfo-harris.txt'), run('pdfinfo', [article(dist, 'harris-2017')]).replace(/^(CreationDate|ModDate|File size).*\n/gm, ''));
  }
  // The proof exists only after.
  const proofPages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [proof]))[1]);
  const proofFiles = [];
  for (const page of [1, proofPages]) {
    const stem = join(out, 'after', `proof-p${page}`);
    run('pdftoppm', ['-f', String(page), '-l', String(page), '-r', dpi, '-png', '-singlefile', proof, stem]);
    proofFiles.push(relative(out, `${stem}.png`));
  }
  // HTML faults: Chromium screenshots of the notes of the sample and of the contents page.
  const html = await htmlShots([
    ['footnote-backlink', (d) => join(d, 'harris-2017/index.html'), '#notes'],
    ['html-contents', (d) => join(d, 'index.html'), 'body'],
  ], { before: beforeDist, after: afterDist });

  writeFileSync(join(out, 'README.md'), index(rows, proofFiles, proofPages, html));
  process.stderr.write(`wrote ${relative(repo, out)}/\n`);
} finally {
  run('git', ['-C', repo, 'worktree', 'remove', '--force', beforeCode]);
  rmSync(work, { recursive: true, force: true });
}

async function htmlShots(shots, dists) {
  const require = createRequire(join(repo, 'package.json'));
  const { chromium } = require('playwright-core');
  const { findChromium } = await import(pathToFileURL(join(repo, 'lib/pdf/find-chromium.js')).href);
  const browser = await chromium.launch({ executablePath: findChromium({ env: process.env }), args: ['--no-sandbox', '--font-render-hinting=none'] });
  const files = {};
  try {
    const page = await browser.newPage({ viewport: { width: 900, height: 1000 } });
    await page.route(/^https?:/, (route) => route.abort());
    for (const [name, file, selector] of shots) {
      files[name] = {};
      for (const [side, dist] of Object.entries(dists)) {
        const target = file(dist);
        if (!existsSync(target)) continue;
        await page.goto(pathToFileURL(target).href);
        const shot = join(out, side, `${name}.png`);
        const el = await page.$(selector);
        await (el ?? page).screenshot({ path: shot, ...(el ? {} : { fullPage: true }) });
        files[name][side] = relative(out, shot);
      }
    }
  } finally {
    await browser.close();
  }
  return files;
}

function index(rows, proofFiles, proofPages, html) {
  const link = (files) => (files.length ? files.map((f) => `[${f.split('/').pop()}](${f})`).join(', ') : '—');
  const lines = [
    '# Issue 15: the faults, before and after',
    '',
    `Made by \`node scripts/issue-15-pages.mjs\` (regenerate it the same way). Before: \`main\` at the end of session 2,`,
    `commit \`${before}\`; after: this working tree. Both build the sample issue \`issues/${issue}.yaml\``,
    'from their own sources; the pages are found by their text (page numbers move when the layout changes).',
    'Page images: pdftoppm at ' + dpi + ' dpi, named by PDF page (page 1 of an article is its first folio).',
    '',
    '| fault | look at | before | after |',
    '|---|---|---|---|',
    ...rows.map(({ fault, files }) => `| ${fault.title} | ${fault.look} | ${link(files.before)} | ${link(files.after)} |`),
    `| HTML footnote back-link "↩" on its own line | the notes of the sample's HTML | ${link(html['footnote-backlink']?.before ? [html['footnote-backlink'].before] : [])} | ${link(html['footnote-backlink']?.after ? [html['footnote-backlink'].after] : [])} |`,
    `| The issue's HTML contents page (fonts, links, wording) | the whole page | ${link(html['html-contents']?.before ? [html['html-contents'].before] : [])} | ${link(html['html-contents']?.after ? [html['html-contents'].after] : [])} |`,
    `| No proof for authors | line numbers, the "Proof" mark, the diagnostics page (page ${proofPages}) | — | ${link(proofFiles)} |`,
    '',
    'Also here: `pdffonts-okafor-volkov.txt` (the fonts embedded: Liberation Sans before, PT Serif and PT Sans only after)',
    'and `pdfinfo-harris.txt` ("Tagged: no" before, "Tagged: yes" after) in each folder.',
    '',
    '## What remains',
    '',
    '- PDF/UA-1: page wrappers as `NonStruct`/`Art`, running heads and folios not artifacts, footnotes as `LI`',
    '  rather than `Note`, reference lists as `P` rather than `BibEntry`, no PDF/UA identifier, no validator run',
    '  (docs/print-typography.md, "Tagged PDF").',
    '- The PDF bytes still depend on fontconfig\'s rendering rules (hinting, antialiasing), not on its fonts;',
    '  characters the print fonts lack in the body text fall to the machine\'s fonts without a diagnostic',
    '  (in SVG figures they are `svg-figure-font` errors).',
    '- A cross-reference to an unnumbered section printed as "Section 1" (decided in the model for every galley).',
    '',
  ];
  return lines.join('\n');
}
