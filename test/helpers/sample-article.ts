// The real sample article (article/harris-2017) as renderers receive it:
// loaded, references resolved, citation blocks generated (the pipeline's prepare step).
import { join, resolve } from 'node:path';
import type { Article } from '../../src/model/types.js';
import { prepareArticle } from '../../src/pipeline/prepare.js';
import type { Profile } from '../../src/profile/types.js';

const repoRoot = resolve(import.meta.dirname, '../..');

export const sampleDir = join(repoRoot, 'article/harris-2017');

export function sampleArticle(profile: Profile): Article {
  const prepared = prepareArticle(sampleDir, profile);
  const errors = prepared.diagnostics.filter((d) => d.severity === 'error');
  if (!prepared.article || errors.length) throw new Error(`sample did not prepare: ${errors.map((d) => `${d.rule} ${d.message}`).join('; ')}`);
  return prepared.article;
}
