// An output that fails its schema is reported in the source, never in a dist/
// file that neither check nor a failed build writes.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArticleDiagnostics } from '../../src/pipeline/check.js';
import { positionsInSource } from '../../src/pipeline/output-positions.js';
import { diagnostic } from '../../src/checks/diagnostic.js';
import { sampleDir } from '../helpers/sample-article.js';
import { journalProfile, repoRoot } from '../source/helpers.js';

describe('output problems mapped to the source', () => {
  it('a JATS schema error from a journal template points at the source line that produced the text', async () => {
    // A journal template that puts an undeclared element beside the title.
    const templates = mkdtempSync(join(tmpdir(), 'galley-templates-'));
    cpSync(join(repoRoot, 'templates/jats'), join(templates, 'jats'), { recursive: true });
    const meta = join(templates, 'jats/article-meta.hbs');
    writeFileSync(meta, readFileSync(meta, 'utf8').replace('<article-title>{{{meta.title.xml}}}', '<article-title><bogus/>{{{meta.title.xml}}}'));
    const base = journalProfile();
    const profile = { ...base, templates: [templates, ...base.templates] };
    const diagnostics = await checkArticleDiagnostics(sampleDir, profile);
    const schema = diagnostics.filter((d) => d.rule === 'jats-schema');
    expect(schema.length).toBeGreaterThan(0);
    for (const d of schema) expect(d.position?.file).not.toMatch(/dist\//);
    const bogus = schema.find((d) => d.message.includes('bogus'))!;
    expect(bogus.position).toEqual({ file: join(sampleDir, 'article.md'), line: 14, column: 8 });
    expect(bogus.message).toMatch(/\(in the generated harris-2017\.jats\.xml line \d+, column \d+\)$/);
    expect(bogus.detail).toContain('generated: <article-title><bogus/>The Bolshevik Party Transformed');
  });

  it('falls back to the source file when no text of the output line is in the source', () => {
    const [moved] = positionsInSource(
      [diagnostic('jats-schema', 'Unexpected markup: x; expected a document valid against the official schema', { file: 'dist/a/a.jats.xml', line: 2, column: 3 })],
      [{ name: 'dist/a/a.jats.xml', text: '<a>\n<b/><c/>\n</a>' }],
      [{ file: '/src/a/article.md', text: 'nothing alike' }],
    );
    expect(moved.position).toEqual({ file: '/src/a/article.md', line: 1, column: 1 });
    expect(moved.message).toContain('(in the generated a.jats.xml line 2, column 3)');
  });
});
