// A journal profile in a temporary folder (so the deposit log and the kept
// files go there, never into the repository's deposits/), plus the fixture's
// deposit XML and a CliIO that records what the verb printed.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIO } from '../../src/cli/io.js';
import { loadProfile } from '../../src/profile/load.js';
import type { Profile } from '../../src/profile/types.js';
import { fixedClock } from '../../src/render/context.js';
import { buildHead, renderCrossref } from '../../src/render/crossref/index.js';
import { crossrefFixtureArticle } from '../fixtures/articles/crossref.js';
import { repoRoot } from '../render/crossref/profile.js';

export const password = 'pa$$ w&rd<1>"%é';
export const login = 'qr-depositor@example.org/urfu';

export interface Workspace {
  dir: string;
  profileFile: string;
  profile: Profile;
  logFile: string;
  archiveDir: string;
}

export function workspace(extraYaml = ''): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'galley-deposit-'));
  const schemas = join(repoRoot, 'vendor/crossref-{version}');
  const text = readFileSync(join(repoRoot, 'journal.yaml'), 'utf8').replace(/^(\s+crossref:\s*)vendor\/crossref-\{version\}.*$/m, `$1${schemas}`);
  const profileFile = join(dir, 'journal.yaml');
  writeFileSync(profileFile, `${text}\n${extraYaml}`);
  const { profile, diagnostics } = loadProfile(profileFile);
  if (!profile) throw new Error(diagnostics.items.map((d) => d.message).join('; '));
  if (!profile.schemas.crossref?.startsWith(join(repoRoot, 'vendor'))) throw new Error(`schema path not rewritten: ${profile.schemas.crossref}`);
  return { dir, profileFile, profile, logFile: join(dir, 'deposits', 'qr.jsonl'), archiveDir: join(dir, 'deposits', 'qr') };
}

export function fixtureXml(profile: Profile, doi?: string): string {
  const article = crossrefFixtureArticle();
  if (doi) article.meta = { ...article.meta, doi };
  const clock = fixedClock(new Date('2017-09-30T00:00:00Z'));
  return renderCrossref([article], { profile, clock }, buildHead([article], clock));
}

export interface RecordingIO extends CliIO {
  out: string[];
  err: string[];
}

export function recordingIO(cwd: string, env: NodeJS.ProcessEnv = { GALLEY_CROSSREF_LOGIN: login, GALLEY_CROSSREF_PASSWORD: password }): RecordingIO {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, cwd, env, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) };
}
