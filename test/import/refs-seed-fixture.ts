// The seed's printed lists parsed, and the sample article rebuilt on them: its
// article.md with every citation replaced by the seed's printed cluster as
// converted, its references.yaml the parsed items. Shared by the refs-* tests.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { loadProfile } from '../../src/profile/load.js';
import { loadArticleSource } from '../../src/source/load-article.js';
import { resolveReferences, type ResolvedReferences } from '../../src/references/resolve.js';
import { parseReferenceLists, convertInTextCitations, type ParsedLists } from '../../src/import/references/index.js';
import { seedClusters, seedLists } from '../references/seed.js';
import type { ArticleSource } from '../../src/model/types.js';

export const root = resolve(import.meta.dirname, '../..');

export function parseSeed(withRomanized = true): ParsedLists {
  const { primary, romanized } = seedLists();
  return parseReferenceLists({
    primary: primary.map((text, i) => ({ text, at: `Список литературы ${i + 1}` })),
    ...(withRomanized ? { romanized: romanized.map((text, i) => ({ text, at: `References ${i + 1}` })) } : {}),
    lang: 'ru',
    file: 'seed',
    scheme: 'lc',
  });
}

/** The seed's clusters converted, in order (29). */
export function convertedClusters(lists: ParsedLists): string[] {
  return seedClusters().map((c, i) => convertInTextCitations(`[${c}]`, lists, { file: 'seed', at: `cluster ${i + 1}` }).text);
}

/** The sample article with the seed's citations and the parsed bibliography, resolved. */
export function rebuiltArticle(lists: ParsedLists): { source: ArticleSource; resolved: ResolvedReferences } {
  const dir = join(mkdtempSync(join(tmpdir(), 'galley-refs-')), 'harris-2017');
  cpSync(join(root, 'article/harris-2017'), dir, { recursive: true });
  const clusters = convertedClusters(lists);
  let n = 0;
  const md = readFileSync(join(dir, 'article.md'), 'utf8').replace(/\[[^\][]*@[^\][]*\]/g, () => clusters[n++]);
  if (n !== clusters.length) throw new Error(`article.md has ${n} clusters, the seed ${clusters.length}`);
  writeFileSync(join(dir, 'article.md'), md);
  writeFileSync(join(dir, 'references.yaml'), stringify(lists.items));
  const { profile } = loadProfile(join(root, 'journal.yaml'));
  const { source } = loadArticleSource(dir, profile!);
  return { source: source!, resolved: resolveReferences(source!, profile!) };
}
