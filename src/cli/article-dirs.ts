import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from './args.js';

/** The article folders named on the command line, or every folder under article/. */
export function articleDirs(positional: string[], cwd: string): string[] {
  if (positional.length) {
    return positional.map((p) => {
      const dir = resolve(cwd, p);
      if (!existsSync(dir)) throw new UsageError(`no such article folder: ${p}`);
      return dir;
    });
  }
  const root = join(cwd, 'article');
  if (!existsSync(root)) throw new UsageError('no article folder given and no article/ folder here');
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(root, e.name, 'article.md')))
    .map((e) => join(root, e.name))
    .sort();
}
