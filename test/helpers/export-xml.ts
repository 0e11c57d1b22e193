// Test helpers for the issue exports: xmllint against the collection's schema
// (offline, with the folder's catalog), XPath over a file, the raw front matter.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { XmlDocument, type XmlElement } from 'libxml2-wasm';
import { parse as parseYaml } from 'yaml';
import { repoRoot } from './sample-issue.js';

/** The project's schema collection: `shared/schemas` beside the repository or a folder above it (worktrees). */
export const collection = ((): string => {
  for (let dir = dirname(repoRoot); dir !== dirname(dir); dir = dirname(dir)) if (existsSync(join(dir, 'shared/schemas'))) return join(dir, 'shared/schemas');
  return join(repoRoot, '../shared/schemas');
})();

/** xmllint --schema, as each schema folder's README gives the command. */
export function xmllintExport(xml: string, folder: string, xsd: string): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'galley-export-'));
  const file = join(dir, 'export.xml');
  writeFileSync(file, xml);
  const catalog = join(collection, folder, 'catalog.xml');
  const result = spawnSync('xmllint', ['--noout', '--nonet', '--schema', join(collection, folder, xsd), file], {
    env: { ...process.env, ...(existsSync(catalog) ? { XML_CATALOG_FILES: catalog } : {}) },
    encoding: 'utf8',
  });
  return { status: result.status, output: result.stderr };
}

/** Run `fn` over the parsed document, disposed afterwards. */
export function withXml<T>(xml: string, fn: (doc: XmlDocument) => T): T {
  const doc = XmlDocument.fromString(xml);
  try {
    return fn(doc);
  } finally {
    doc.dispose();
  }
}

export const texts = (nodes: unknown[]) => (nodes as XmlElement[]).map((n) => n.content);

/** The front matter of an article source, parsed straight from the file (not through Galley). */
export function frontMatter(id: string): Record<string, any> {
  const text = readFileSync(join(repoRoot, 'article', id, 'article.md'), 'utf8');
  return parseYaml(text.split(/^---$/m)[1]) as Record<string, any>;
}
