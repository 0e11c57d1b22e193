import { readFileSync } from 'node:fs';
import type { Article } from '../model/types.js';
import type { OutputFile } from './types.js';

/** The supplementary files, copied beside the galleys under their source-relative paths (the HTML and JATS link them there). */
export function supplementaryFiles(article: Article): OutputFile[] {
  return (article.meta.supplementary ?? []).filter((s) => s.file).map((s) => ({ path: s.src, data: readFileSync(s.file) }));
}
