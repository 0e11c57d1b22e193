// Cross-check with libxml2's own xmllint, offline, through the schema folder's catalog:
// the bundles the project ships in vendor/ (unchanged copies of ../shared/schemas/).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './profile.js';

export function xmllint(xml: string, version: string): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'galley-crossref-'));
  const file = join(dir, 'deposit.xml');
  writeFileSync(file, xml);
  const schemas = join(repoRoot, 'vendor', `crossref-${version}`);
  const result = spawnSync('xmllint', ['--noout', '--nonet', '--schema', join(schemas, `crossref${version}.xsd`), file], {
    env: { ...process.env, XML_CATALOG_FILES: join(schemas, 'catalog.xml') },
    encoding: 'utf8',
  });
  return { status: result.status, output: result.stderr };
}
