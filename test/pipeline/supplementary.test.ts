// A supplementary file listed in the front matter is copied into dist/<id>/ at
// the path the HTML and JATS link, byte for byte.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArticles } from '../../src/pipeline/build.js';

const repo = resolve(import.meta.dirname, '../..');
const id = 'lindqvist-2017-railway-time';

describe('supplementary files', () => {
  it('are copied beside the galleys that link them', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'galley-supp-'));
    const run = await buildArticles([join(repo, 'article', id)], { profileFile: join(repo, 'journal.yaml'), distDir: dist, only: ['html', 'jats'] });
    expect(run.articles[0].diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const copied = join(dist, id, 'supplementary/station-offsets.csv');
    expect(existsSync(copied)).toBe(true);
    expect(readFileSync(copied, 'utf8')).toBe(readFileSync(join(repo, 'article', id, 'supplementary/station-offsets.csv'), 'utf8'));
    expect(readFileSync(join(dist, id, 'index.html'), 'utf8')).toContain('href="supplementary/station-offsets.csv"');
    expect(readFileSync(join(dist, id, `${id}.jats.xml`), 'utf8')).toContain('xlink:href="supplementary/station-offsets.csv"');
  });
});
