// The repository's journal profile, with the Crossref schema version a test asks for.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadProfile } from '../../../src/profile/load.js';
import type { Profile } from '../../../src/profile/types.js';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../../..');

export function journalProfile(version = '5.4.0', raw: Record<string, unknown> = {}): Profile {
  const { profile, diagnostics } = loadProfile(join(repoRoot, 'journal.yaml'));
  if (!profile) throw new Error(`journal.yaml did not load: ${diagnostics.items.map((d) => d.message).join('; ')}`);
  return { ...profile, crossref: { ...profile.crossref, schemaVersion: version }, raw: { ...profile.raw, ...raw } };
}
