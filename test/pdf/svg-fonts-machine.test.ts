// Issue 15, point 2: the PDF of an article with SVG figures is the same on a
// machine without DejaVu or Liberation. The machine is simulated with a
// fontconfig configuration that knows no font at all (it keeps the system's
// rendering rules, /etc/fonts/conf.d, which are not fonts) given to the build
// and so to its Chromium; the bytes must equal the normal build's, and only
// the journal's fonts may be embedded.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { journalCopy } from '../helpers/journal-copy.js';

const repo = resolve(import.meta.dirname, '../..');
const id = 'okafor-volkov-2017-postal-roads';

/** A fontconfig that finds no font: an empty font folder, the system's rendering rules. */
function noFontsConfig(): string {
  const dir = mkdtempSync(join(tmpdir(), 'galley-no-fonts-'));
  const file = join(dir, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n<fontconfig>\n  <dir>${join(dir, 'none')}</dir>\n  <cachedir>${join(dir, 'cache')}</cachedir>\n  <include ignore_missing="yes">/etc/fonts/conf.d</include>\n</fontconfig>\n`,
  );
  return file;
}

function buildPdf(journal: string, dist: string, env: NodeJS.ProcessEnv): { pdf: Buffer; file: string; stderr: string; status: number | null } {
  const run = spawnSync(process.execPath, [join(repo, 'bin/galley.mjs'), 'build', join(journal, 'article', id), '--only', 'pdf', '--dist', dist], {
    cwd: journal,
    env: { ...process.env, GALLEY_CACHE: 'off', ...env },
    encoding: 'utf8',
    timeout: 240_000,
  });
  const file = join(dist, id, `${id}.pdf`);
  let pdf = Buffer.alloc(0);
  try {
    pdf = readFileSync(file);
  } catch {
    // reported by the status
  }
  return { pdf, file, stderr: run.stderr, status: run.status };
}

let journal: string;
let fontsConf: string;
let normal: ReturnType<typeof buildPdf>;
let bare: ReturnType<typeof buildPdf>;

beforeAll(() => {
  journal = journalCopy({ record: true });
  fontsConf = noFontsConfig();
  normal = buildPdf(journal, join(journal, 'dist-normal'), {});
  bare = buildPdf(journal, join(journal, 'dist-no-fonts'), { FONTCONFIG_FILE: fontsConf });
}, 600_000);

describe('an article with SVG figures on a machine without system fonts', () => {
  it('the simulated machine has no font at all', () => {
    expect(execFileSync('fc-list', { env: { ...process.env, FONTCONFIG_FILE: fontsConf }, encoding: 'utf8' }).trim()).toBe('');
    expect(execFileSync('fc-list', { encoding: 'utf8' })).toMatch(/DejaVu|Liberation/); // and this one has them
  });

  it('builds both times', () => {
    expect(normal.status, normal.stderr).toBe(0);
    expect(bare.status, bare.stderr).toBe(0);
  });

  it('gives the same PDF bytes as the normal build', () => {
    expect(bare.pdf.length).toBeGreaterThan(10_000);
    expect(bare.pdf.equals(normal.pdf)).toBe(true);
  });

  it('embeds the journal\'s fonts only, the figure\'s text drawn in PT Sans', () => {
    const rows = execFileSync('pdffonts', [normal.file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) expect(row.split(/\s+/)[0], row).toMatch(/^[A-Z]{6}\+PT(Serif|Sans)-/);
    const figurePage = execFileSync('pdftotext', ['-f', '3', '-l', '3', normal.file, '-'], { encoding: 'utf8' });
    expect(figurePage).toContain('Verkhnii Brod');
    expect(figurePage).toContain('winter road (invented)');
    expect(execFileSync('pdffonts', ['-f', '3', '-l', '3', normal.file], { encoding: 'utf8' })).toMatch(/\+PTSans-Regular/);
  });

  it('refuses a figure font the journal does not provide, at its place in the SVG', () => {
    const svg = join(journal, 'article', id, 'figures', 'post-road-map.svg');
    writeFileSync(svg, readFileSync(svg, 'utf8').replace('font-family="PT Sans, sans-serif"', 'font-family="Arial"'));
    const run = buildPdf(journal, join(journal, 'dist-arial'), {});
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/figures\/post-road-map\.svg:1:\d+ +error +svg-figure-font +Unexpected font family 'Arial' in an SVG figure, expected PT Serif, PT Sans, serif, sans-serif/);
  }, 300_000);
});
