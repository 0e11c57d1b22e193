// Every manuscript of the Word corpus: imported without an uncaught error; the
// ones with pending tracked changes or comments stop with the list of them
// until told; the imported sources build (`galley build --skip pdf`).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocxFile } from '../../src/import/docx/import-docx.js';
import { writeImportedArticle } from '../../src/import/write-article.js';
import { galley } from '../cli/run.js';
import { addEditorFields, corpus, corpusFile, pendingFiles, scratchJournal } from './docx-helpers.js';

const all = readdirSync(corpus)
  .filter((f) => f.endsWith('.docx'))
  .map((f) => f.replace(/\.docx$/, ''))
  .sort();

describe('the Word corpus', () => {
  it('holds the fifteen manuscripts the tests name', () => {
    expect(all).toHaveLength(15);
    for (const f of pendingFiles) expect(all).toContain(f);
  });

  it.each(all)('%s imports, or stops on pending changes, without an uncaught error', (name) => {
    const r = importDocxFile(corpusFile(name), { into: 'article' });
    if (pendingFiles.includes(name)) {
      expect('pending' in r, name).toBe(true);
      if (!('pending' in r)) return;
      expect(r.pending.diagnostics.length).toBeGreaterThan(0);
      for (const d of r.pending.diagnostics) expect(d).toMatchObject({ rule: 'import-docx-pending-changes', severity: 'error' });
      const accepted = importDocxFile(corpusFile(name), { into: 'article', changes: 'accept' });
      expect('article' in accepted).toBe(true);
      const rejected = importDocxFile(corpusFile(name), { into: 'article', changes: 'reject' });
      expect('article' in rejected).toBe(true);
    } else {
      expect('article' in r, name).toBe(true);
      if (!('article' in r)) return;
      expect(r.article.body.trim().length).toBeGreaterThan(0);
    }
  });

  it('builds every import (tracked ones accepted) with `galley build --skip pdf`', { timeout: 240_000 }, async () => {
    const journal = scratchJournal();
    const into = join(journal, 'article');
    const built: string[] = [];
    for (const [n, name] of all.entries()) {
      const r = importDocxFile(corpusFile(name), { into: 'article', changes: 'accept' });
      if (!('article' in r)) throw new Error(`${name} did not import`);
      expect(writeImportedArticle(into, r.article, { force: false })).toBe('written');
      const added = addEditorFields(join(into, r.article.id), n);
      // The editor supplies people, abstract, keywords, issue and DOI, never the text.
      for (const k of added) expect(['authors', 'affiliations', 'abstract', 'keywords', 'volume', 'issue', 'year', 'doi']).toContain(k);
      const b = await galley(['build', `article/${r.article.id}`, '--skip', 'pdf'], journal);
      expect(b.err, `${name}\n${b.err}`).not.toMatch(/ error /);
      expect(b.code, name).toBe(0);
      const jats = readFileSync(join(journal, 'dist', r.article.id, `${r.article.id}.jats.xml`), 'utf8');
      expect(jats).toContain('<body>');
      built.push(name);
    }
    expect(built).toEqual(all);
  });
});
