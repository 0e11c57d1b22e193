import { blockParts } from '../model/block-parts.js';
import { readFileSync } from 'node:fs';
import type { Article, Block } from '../model/types.js';
import type { OutputFile } from './types.js';

/** The figure images, copied beside the galleys under their source-relative paths. */
export function figureFiles(article: Article): OutputFile[] {
  const files: OutputFile[] = [];
  const walk = (blocks: Block[]) => {
    for (const block of blocks) {
      if (block.type === 'figure') files.push({ path: block.src, data: readFileSync(block.file) });
      // Every construct that holds blocks (a figure group holds figures).
      else blockParts(block).blocks.forEach(walk);
    }
  };
  walk(article.body);
  return files;
}
