import { readFileSync } from 'node:fs';
import type { Article, Block } from '../model/types.js';
import type { OutputFile } from './types.js';

/** The figure images, copied beside the galleys under their source-relative paths. */
export function figureFiles(article: Article): OutputFile[] {
  const files: OutputFile[] = [];
  const walk = (blocks: Block[]) => {
    for (const block of blocks) {
      if (block.type === 'figure') files.push({ path: block.src, data: readFileSync(block.file) });
      else if (block.type === 'section' || block.type === 'blockquote') walk(block.children);
      else if (block.type === 'list') block.items.forEach(walk);
    }
  };
  walk(article.body);
  return files;
}
