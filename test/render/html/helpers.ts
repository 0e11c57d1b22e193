// Shared by the HTML galley's tests: the journal profile and a build clock.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadProfile } from '../../../src/profile/load.js';
import { fixedClock, type RenderContext } from '../../../src/render/context.js';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export function testContext(): RenderContext {
  const { profile, diagnostics } = loadProfile(join(repoRoot, 'journal.yaml'));
  if (!profile) throw new Error(`journal.yaml did not load: ${diagnostics.items.map((d) => d.message).join('; ')}`);
  return { profile, clock: fixedClock(new Date('2017-09-30T00:00:00Z')) };
}
