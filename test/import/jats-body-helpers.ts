// Small JATS documents for the body-import tests: a <body> and <back> inside a
// minimal article, written to a scratch folder (figures beside it when asked),
// imported, and the Markdown read back by Galley's own converter.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Position } from '../../src/model/types.js';
import { importJatsFile } from '../../src/import/jats/import-jats.js';
import type { ImportedArticle } from '../../src/import/types.js';
import { createMarkdownConverter } from '../../src/source/markdown/convert.js';
import { loadProfile } from '../../src/profile/load.js';
import { repoRoot } from '../source/helpers.js';

export function jatsDoc(body: string, back = '', lang = 'en'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<article xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:mml="http://www.w3.org/1998/Math/MathML" article-type="research-article" dtd-version="1.3" xml:lang="${lang}">
<front><article-meta><title-group><article-title>T</article-title></title-group></article-meta></front>
<body>${body}</body>
<back>${back}</back>
</article>`;
}

export function importSnippet(body: string, back = '', opts: { files?: Record<string, string>; lang?: string; profile?: boolean } = {}): ImportedArticle {
  const dir = mkdtempSync(join(tmpdir(), 'galley-jats-body-'));
  const file = join(dir, 'a.xml');
  writeFileSync(file, jatsDoc(body, back, opts.lang));
  for (const [path, text] of Object.entries(opts.files ?? {})) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const profile = opts.profile ? loadProfile(join(repoRoot, 'journal.yaml')).profile : undefined;
  const result = importJatsFile(file, { into: join(dir, 'out'), profile });
  if ('failed' in result) throw new Error(result.failed);
  return result.article;
}

/** The body Markdown read by Galley: its diagnostics (figure files aside, they are not written here). */
export function readBack(markdown: string): string[] {
  const reports: string[] = [];
  const md = createMarkdownConverter({ dir: mkdtempSync(join(tmpdir(), 'galley-jats-read-')), report: (rule, message, p?: Position) => {
    if (rule !== 'figure-missing-file' && rule !== 'figure-placeholder') reports.push(`${rule} ${p?.line}:${p?.column} ${message}`);
  } });
  md.body(markdown, { file: 'article.md', lineOffset: 0, columnOffset: 0 });
  return reports;
}
