import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from './args.js';

const isArticle = (dir: string) => existsSync(join(dir, 'article.md'));

/** The article folders directly inside a folder, sorted. */
function articlesIn(root: string): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && isArticle(join(root, e.name)))
    .map((e) => join(root, e.name))
    .sort();
}

/**
 * The article folders the command line names: each argument is a folder of
 * articles (`article/`), an article folder (`article/<id>`) or its `article.md`.
 * No argument names every article of the journal (`article/` here).
 */
export function articleDirs(positional: string[], cwd: string): string[] {
  if (!positional.length) {
    const root = join(cwd, 'article');
    if (!existsSync(root)) throw new UsageError('no article named and no article/ folder here: name an article folder, or run in the journal folder');
    return articlesIn(root);
  }
  const dirs = positional.flatMap((p) => {
    const path = resolve(cwd, p);
    if (!existsSync(path)) throw new UsageError(`no such article folder: ${p}`);
    if (!statSync(path).isDirectory()) {
      if (basename(path) === 'article.md') return [dirname(path)];
      throw new UsageError(`unexpected file ${p}, expected an article folder, its article.md or a folder of articles`);
    }
    if (isArticle(path)) return [path];
    const inside = articlesIn(path);
    if (!inside.length) throw new UsageError(`no article in ${p}: expected a folder holding article.md, or a folder of such folders`);
    return inside;
  });
  return [...new Set(dirs)];
}
