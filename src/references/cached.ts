// resolveReferences behind the disk cache: the citation engine's first run is
// the costliest step of a text-only build, and its result depends only on the
// source, the profile, the styles and this code.
import { join } from 'node:path';
import type { ArticleSource } from '../model/types.js';
import type { Profile } from '../profile/types.js';
import { cacheDir, cacheKey, codeFingerprint, folderFingerprint, readCache, writeCache } from '../util/disk-cache.js';
import { resolveReferences, type ResolvedReferences } from './resolve.js';
import { repositoryVersion } from './repository.js';

interface Stored {
  references: ResolvedReferences['references'];
  citations: [string, ResolvedReferences['citations'] extends Map<string, infer V> ? V : never][];
  layouts: [string, ResolvedReferences['layouts'] extends Map<string, infer V> ? V : never][];
  diagnostics: ResolvedReferences['diagnostics'];
  noteStyle?: boolean;
}

export function resolveReferencesCached(source: ArticleSource, profile: Profile): ResolvedReferences {
  const dir = cacheDir(profile.root);
  const key = dir
    ? cacheKey(
        JSON.stringify(source),
        JSON.stringify(profile),
        ...profile.templates.map((t) => folderFingerprint(join(t, 'csl'))),
        codeFingerprint(import.meta.url),
        repositoryVersion(),
      )
    : '';
  const hit = readCache<Stored>(dir, 'references', key);
  if (hit) return { references: hit.references, citations: new Map(hit.citations), layouts: new Map(hit.layouts), noteStyle: hit.noteStyle, diagnostics: hit.diagnostics };
  const resolved = resolveReferences(source, profile);
  writeCache(dir, 'references', key, { references: resolved.references, citations: [...resolved.citations], layouts: [...resolved.layouts], noteStyle: resolved.noteStyle, diagnostics: resolved.diagnostics } satisfies Stored);
  return resolved;
}
