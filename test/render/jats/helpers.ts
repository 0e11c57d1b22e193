// Shared by the JATS renderer tests: the real profile, a fixed clock, and
// xmllint as an independent judge of validity.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadProfile } from '../../../src/profile/load.js';
import type { Profile } from '../../../src/profile/types.js';
import { fixedClock, type RenderContext } from '../../../src/render/context.js';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export function testProfile(): Profile {
  const { profile, diagnostics } = loadProfile(join(repoRoot, 'journal.yaml'));
  if (!profile) throw new Error(diagnostics.items.map((d) => d.message).join('\n'));
  return profile;
}

export function testContext(profile: Profile = testProfile()): RenderContext {
  return { profile, clock: fixedClock(new Date('2017-09-30T00:00:00Z')) };
}

/** xmllint with the official DTD of that version forced (see the schema folder's README). */
export function xmllintDtd(xml: string, version = '1.3'): { ok: boolean; stderr: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'galley-jats-')), 'article.jats.xml');
  writeFileSync(file, xml);
  const v = version.replace('.', '-');
  const dtd = `/work/shared/schemas/jats-dtd-${version}/JATS-journalpublishing${v}-mathml3.dtd`;
  // The catalog resolves the DOCTYPE's URL offline, so xmllint has nothing to warn about.
  const env = { ...process.env, XML_CATALOG_FILES: `/work/shared/schemas/jats-dtd-${version}/catalog.xml` };
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--dtdvalid', dtd, file], { encoding: 'utf8', env });
  return { ok: run.status === 0, stderr: run.stderr };
}
