// load → resolve: from an article folder to the validated Article renderers take.
import type { Diagnostic } from '../checks/diagnostic.js';
import { checkArticleRules } from '../checks/article-rules.js';
import { buildCitationBlocks, generateCitationBlocks } from '../model/citation-block.js';
import type { Article, ArticleSource, Block, Inline } from '../model/types.js';
import type { Profile } from '../profile/types.js';
import { resolveReferencesCached } from '../references/cached.js';
import { loadArticleSource } from '../source/load-article.js';

export interface PreparedArticle {
  article?: Article;
  diagnostics: Diagnostic[];
}

export function prepareArticle(dir: string, profile: Profile): PreparedArticle {
  const loaded = loadArticleSource(dir, profile);
  const diagnostics = [...loaded.diagnostics];
  const source = loaded.source;
  if (!source || diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  const article = resolveArticle(source, profile, diagnostics);
  diagnostics.push(...checkArticleRules(article, profile));
  return { article, diagnostics };
}

/** Render citations and reference lists, generate the citation blocks. */
export function resolveArticle(source: ArticleSource, profile: Profile, diagnostics: Diagnostic[]): Article {
  const resolved = resolveReferencesCached(source, profile);
  diagnostics.push(...resolved.diagnostics);
  const fill = (inlines: Inline[]) => {
    for (const node of inlines) {
      if (node.type === 'citation') node.rendered = resolved.citations.get(node.id) ?? node.rendered;
      else if ('children' in node) fill(node.children);
    }
  };
  const walk = (blocks: Block[]) => {
    for (const block of blocks) {
      if (block.type === 'paragraph') fill(block.children);
      else if (block.type === 'figure') fill(block.caption);
      else if (block.type === 'section') {
        fill(block.title);
        walk(block.children);
      } else if (block.type === 'blockquote') walk(block.children);
      else if (block.type === 'list') block.items.forEach(walk);
    }
  };
  walk(source.body);
  for (const note of source.footnotes) walk(note.children);
  for (const abstract of Object.values(source.meta.abstract)) walk(abstract);
  const blocks = generateCitationBlocks(source.meta, profile);
  diagnostics.push(...blocks.diagnostics);
  return { ...source, references: resolved.references, citationBlocks: blocks.blocks };
}

/** After pagination changes the page range, regenerate what depends on it. */
export function withPages(article: Article, profile: Profile, pages: { first?: number; last?: number }): Article {
  const meta = { ...article.meta, pages };
  return { ...article, meta, citationBlocks: buildCitationBlocks(meta, profile) };
}
