// <front> (journal-meta, article-meta) → the article's YAML front matter.
// Owned by the front-matter import; this first version keeps the title only.
import { childNamed, descendants, textOf } from '../xml-tree.js';
import type { JatsImportContext } from './context.js';

export function importFront(ctx: JatsImportContext): Record<string, unknown> {
  const title = descendants(ctx.root, (e) => e.name === 'article-title')[0];
  const meta = childNamed(ctx.root, 'front');
  return { lang: ctx.lang, title: { [ctx.lang]: title ? textOf(title).trim() : '' }, ...(meta ? {} : {}) };
}
