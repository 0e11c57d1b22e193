// The real sample article (article/harris-2017) as renderers receive it:
// loaded, then resolved and given citation blocks by whichever of those
// stages exist yet (they land separately), so the page tests follow the
// pipeline as it grows.
import { join } from 'node:path';
import type { Article, ArticleSource } from '../../../src/model/types.js';
import type { Profile } from '../../../src/profile/types.js';
import { loadArticleSource } from '../../../src/source/load-article.js';
import { repoRoot } from './helpers.js';

export const sampleDir = join(repoRoot, 'article/harris-2017');

// Module paths as variables: the type checker must not require modules that have not landed.
const resolveModule = '../../../src/references/resolve.js';
const citationBlockModule = '../../../src/model/citation-block.js';

async function optional<T>(path: string): Promise<T | undefined> {
  try {
    return (await import(/* @vite-ignore */ path)) as T;
  } catch (error) {
    if (/Cannot find module|Failed to load url|Does the file exist/i.test(String((error as Error).message))) return undefined;
    throw error;
  }
}

export async function sampleArticle(profile: Profile): Promise<{ article: Article; stages: string[] }> {
  const loaded = loadArticleSource(sampleDir, profile);
  if (!loaded.source) throw new Error(`sample did not load: ${loaded.diagnostics.map((d) => d.message).join('; ')}`);
  const source: ArticleSource = loaded.source;
  const stages = ['load'];
  let article: Article = { ...source, references: [], citationBlocks: [] };
  const prepare = await optional<{ resolveArticle(s: ArticleSource, p: Profile, d: unknown[]): Article }>('../../../src/pipeline/prepare.js').catch(() => undefined);
  const resolve = await optional<unknown>(resolveModule);
  const blocks = await optional<{ buildCitationBlocks(meta: Article['meta'], p: Profile): Article['citationBlocks'] }>(citationBlockModule);
  if (prepare && resolve && blocks) {
    article = prepare.resolveArticle(source, profile, []);
    stages.push('resolve', 'citation-blocks');
  } else if (blocks) {
    article.citationBlocks = blocks.buildCitationBlocks(source.meta, profile);
    stages.push('citation-blocks');
  }
  return { article, stages };
}
