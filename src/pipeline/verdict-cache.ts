// Schema validation remembered by content: a document already found valid
// against the same schema files is valid again. Only clean verdicts are kept,
// so every error is always reported afresh with its position.
import type { Diagnostic } from '../checks/diagnostic.js';
import type { Profile } from '../profile/types.js';
import { createRequire } from 'node:module';
import { cacheDir, cacheKey, codeFingerprint, folderFingerprint, readCache, writeCache } from '../util/disk-cache.js';

export function validateRemembered(profile: Profile, bucket: string, xml: string, schemaDirs: (string | undefined)[], validate: () => Diagnostic[]): Diagnostic[] {
  const dir = cacheDir(profile.root);
  const key = dir ? verdictKey(xml, schemaDirs) : '';
  if (readCache<true>(dir, bucket, key) === true) return [];
  const diagnostics = validate();
  if (!diagnostics.length) writeCache(dir, bucket, key, true);
  return diagnostics;
}

/** As validateRemembered, for validators that run off the main thread. */
export async function validateRememberedAsync(profile: Profile, bucket: string, xml: string, schemaDirs: (string | undefined)[], validate: () => Promise<Diagnostic[]>): Promise<Diagnostic[]> {
  const dir = cacheDir(profile.root);
  const key = dir ? verdictKey(xml, schemaDirs) : '';
  if (readCache<true>(dir, bucket, key) === true) return [];
  const diagnostics = await validate();
  if (!diagnostics.length) writeCache(dir, bucket, key, true);
  return diagnostics;
}

/**
 * A verdict depends on the document, the schema files (a folder the profile
 * names is fingerprinted; the default is the DTD package of this install) and
 * the code that validates: this folder, the checks (which schema variant a
 * document gets, the MathML stub, the input provider) and libxml2-wasm.
 */
function verdictKey(xml: string, schemaDirs: (string | undefined)[]): string {
  return cacheKey(xml, ...schemaDirs.map((d) => (d ? folderFingerprint(d) : packageVersion('@jats4r/dtds'))), validatorFingerprint());
}

let validator: string | undefined;
function validatorFingerprint(): string {
  validator ??= [codeFingerprint(import.meta.url), codeFingerprint(new URL('../checks/xml-schema.js', import.meta.url).href), packageVersion('libxml2-wasm')].join('\n');
  return validator;
}

function packageVersion(name: string): string {
  const pkg = createRequire(import.meta.url)(`${name}/package.json`) as { version: string };
  return `${name}@${pkg.version}`;
}
