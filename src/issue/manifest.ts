// The issue manifest: every output with its checksum, and what the next
// incremental build needs to know (hashes, page counts, placements, DOIs).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
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

/** Every built issue under dist/issues/, for single-article builds that must keep their folios. */
export function builtIssues(distDir: string): { dir: string; manifest: IssueManifest }[] {
  const root = join(distDir, 'issues');
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => ({ dir: join(root, e.name), manifest: readManifest(join(root, e.name)) }))
    .filter((x): x is { dir: string; manifest: IssueManifest } => x.manifest !== undefined);
}

export function findPlacement(distDir: string, articleId: string): { issueId: string; article: ManifestArticle } | undefined {
  for (const { manifest } of builtIssues(distDir)) {
    const article = manifest.articles.find((a) => a.id === articleId);
    if (article) return { issueId: manifest.issue.id, article };
  }
  return undefined;
}
