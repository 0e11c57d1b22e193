// The issue manifest: every output with its checksum, and what the next
// incremental build may reuse (input hashes, page counts, placements). A cache,
// never the source of a DOI or a folio: those are the record's (docs/record.md).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Placement } from './types.js';

export interface ManifestArticle extends Placement {
  doi: string;
  /** DOI given by the issue build (not written in the source). */
  doiAssigned: boolean;
  pageCount: number;
  /** Hash of the article's sources + profile + templates (pages excluded). */
  inputHash: string;
  title: Record<string, string>;
}

export interface IssueManifest {
  galley: string;
  issue: { id: string; volume: number; number: string; year: number; published: string };
  firstPage: number;
  lastPage: number;
  articles: ManifestArticle[];
  outputs: { path: string; sha256: string; bytes: number }[];
}

export const manifestName = 'manifest.json';

export function readManifest(issueDir: string): IssueManifest | undefined {
  const path = join(issueDir, manifestName);
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as IssueManifest;
  } catch {
    return undefined;
  }
}
