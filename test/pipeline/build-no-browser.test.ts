// Without a usable Chromium the build reports it as a diagnostic and writes nothing.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildArticles } from '../../src/pipeline/build.js';

const repo = resolve(import.meta.dirname, '../..');
const saved = process.env.GALLEY_CHROMIUM;
afterEach(() => {
  if (saved === undefined) delete process.env.GALLEY_CHROMIUM;
  else process.env.GALLEY_CHROMIUM = saved;
});

describe('a build without a browser', () => {
  it('says which browser is missing and leaves dist/ alone', async () => {
    process.env.GALLEY_CHROMIUM = '/nonexistent/chromium';
    const dist = mkdtempSync(join(tmpdir(), 'galley-nobrowser-'));
    const run = await buildArticles([join(repo, 'article/harris-2017')], { profileFile: join(repo, 'journal.yaml'), distDir: dist, only: ['pdf', 'jats'] });
    const [article] = run.articles;
    expect(article.ok).toBe(false);
    const missing = article.diagnostics.find((d) => d.rule === 'pdf-browser-missing');
    expect(missing?.severity).toBe('error');
    expect(missing?.message).toContain('/nonexistent/chromium');
    expect(existsSync(join(dist, 'harris-2017'))).toBe(false);
  });
});
