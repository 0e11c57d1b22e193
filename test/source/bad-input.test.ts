// Table-driven: every folder under test/fixtures/bad/ is an article with a
// problem, and messages.json is the golden list of diagnostics it must produce.
// GALLEY_UPDATE_GOLDEN=1 rewrites the goldens (read the diff before committing);
// a missing golden fails.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { sortDiagnostics, type Diagnostic } from '../../src/checks/diagnostic.js';
import { maxSourceBytes } from '../../src/source/read-source.js';
import { checkSourceDir } from '../../src/pipeline/check-source.js';
import type { Profile } from '../../src/profile/types.js';
import { fixtures, journalProfile, repoRoot } from './helpers.js';

const badRoot = join(fixtures, 'bad');
const updating = process.env.GALLEY_UPDATE_GOLDEN === '1';
const scratch = mkdtempSync(join(tmpdir(), 'galley-bad-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Cases too big to commit: their files are generated into a temporary copy. */
const generated: Record<string, (dir: string) => void> = {
  'huge-file': (dir) => {
    const head = readFileSync(join(badRoot, 'xml-special-characters-in-title/article.md'), 'utf8');
    const paragraph = 'The debate began early and went on for a long time. '.repeat(20) + '\n\n';
    writeFileSync(join(dir, 'article.md'), head + paragraph.repeat(Math.ceil(maxSourceBytes / paragraph.length) + 1));
  },
  // Symbolic links are made here, not committed: a checkout must not carry links out of the tree.
  'figure-symlink-outside': (dir) => {
    mkdirSync(join(dir, 'figures'), { recursive: true });
    symlinkSync('/etc/passwd', join(dir, 'figures/passwd.png'));
  },
  'source-symlink-outside': (dir) => {
    rmSync(join(dir, 'article.md'), { force: true });
    symlinkSync('/etc/passwd', join(dir, 'article.md'));
  },
  'bibliography-symlink-outside': (dir) => {
    const outside = join(scratch, 'outside-references.yaml');
    writeFileSync(outside, readFileSync(join(badRoot, 'deep-nesting/references.yaml')));
    symlinkSync(outside, join(dir, 'references.yaml'));
  },
};

type Check = (dir: string, profile: Profile, options?: { galleys?: string[] }) => Diagnostic[] | Promise<Diagnostic[]>;

/** The full pipeline's check when it exists (goldens then cover its rules too), else load + validate. */
async function pipelineCheck(): Promise<Check> {
  const full = join(repoRoot, 'src/pipeline/check.ts');
  if (existsSync(full)) {
    const mod = (await import(pathToFileURL(full).href)) as { checkArticleDiagnostics?: Check };
    // The text galleys only: no fixture's golden depends on the print layout.
    if (typeof mod.checkArticleDiagnostics === 'function') return (dir, profile) => mod.checkArticleDiagnostics!(dir, profile, { galleys: ['jats', 'html', 'crossref'] });
  }
  return checkSourceDir;
}

interface GoldenMessage {
  file: string;
  rule: string;
  severity: string;
  line: number | null;
  column: number | null;
  message: string;
}

function toGolden(diagnostics: Diagnostic[], caseDir: string): GoldenMessage[] {
  return sortDiagnostics(diagnostics).map((d) => ({
    file: d.position ? relative(caseDir, d.position.file) : '',
    rule: d.rule,
    severity: d.severity,
    line: d.position?.line ?? null,
    column: d.position?.column ?? null,
    message: d.message,
  }));
}

const cases = readdirSync(badRoot, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

describe('bad input fixtures', () => {
  it('cover at least 25 cases, each with an article or a generator', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    for (const name of cases) expect(existsSync(join(badRoot, name, 'article.md')) || name in generated, name).toBe(true);
  });

  it.each(cases)('%s', async (name) => {
    const source = join(badRoot, name);
    let dir = source;
    if (generated[name]) {
      dir = join(scratch, name);
      cpSync(source, dir, { recursive: true });
      generated[name](dir);
    }
    const check = await pipelineCheck();
    const actual = toGolden(await check(dir, journalProfile()), dir);
    const golden = join(source, 'messages.json');
    if (updating) writeFileSync(golden, JSON.stringify(actual, null, 2) + '\n');
    expect(existsSync(golden), `missing golden ${relative(repoRoot, golden)} (run with GALLEY_UPDATE_GOLDEN=1)`).toBe(true);
    expect(actual).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
  });
});
