// Schema validation remembered by content: a document already found valid
// against the same schema files is valid again. Only clean verdicts are kept,
// so every error is always reported afresh with its position.
import type { Diagnostic } from '../checks/diagnostic.js';
import type { Profile } from '../profile/types.js';
import { createRequire } from 'node:module';
import { cacheDir, cacheKey, codeFingerprint, folderFingerprint, readCache, writeCache } from '../util/disk-cache.js';

export function validateRemembered(profile: Profile, bucket: string, xml: string, schemaDirs: (string | undefined)[], validate: () => Diagnostic[]): Diagnostic[] {
  const dir = cacheDir(profile.root);
  // A folder the profile names is fingerprinted; the default is the DTD package of this install.
  const key = dir ? cacheKey(xml, ...schemaDirs.map((d) => (d ? folderFingerprint(d) : defaultSchemas())), codeFingerprint(import.meta.url)) : '';
  if (readCache<true>(dir, bucket, key) === true) return [];
  const diagnostics = validate();
  if (!diagnostics.length) writeCache(dir, bucket, key, true);
  return diagnostics;
}

function defaultSchemas(): string {
  const pkg = createRequire(import.meta.url)('@jats4r/dtds/package.json') as { version: string };
  return `@jats4r/dtds@${pkg.version}`;
}

/** As validateRemembered, for validators that run off the main thread. */
export async function validateRememberedAsync(profile: Profile, bucket: string, xml: string, schemaDirs: (string | undefined)[], validate: () => Promise<Diagnostic[]>): Promise<Diagnostic[]> {
  const dir = cacheDir(profile.root);
  const key = dir ? cacheKey(xml, ...schemaDirs.map((d) => (d ? folderFingerprint(d) : defaultSchemas())), codeFingerprint(import.meta.url)) : '';
  if (readCache<true>(dir, bucket, key) === true) return [];
  const diagnostics = await validate();
  if (!diagnostics.length) writeCache(dir, bucket, key, true);
  return diagnostics;
}
