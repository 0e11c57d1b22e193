import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { loadProfile } from '../../src/profile/load.js';
import type { Profile } from '../../src/profile/types.js';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const fixtures = join(repoRoot, 'test/fixtures');

let cached: Profile | undefined;
/** The Quaestio Rossica profile of the repository. */
export function journalProfile(): Profile {
  if (!cached) {
    const { profile, diagnostics } = loadProfile(join(repoRoot, 'journal.yaml'));
    if (!profile) throw new Error(`journal.yaml does not load: ${diagnostics.items.map((d) => d.message).join('; ')}`);
    cached = profile;
  }
  return cached;
}
