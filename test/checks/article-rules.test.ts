import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkArticleRules } from '../../src/checks/article-rules.js';
import { buildCitationBlocks, citationBlockMarkdown } from '../../src/model/citation-block.js';
import type { ArticleSource } from '../../src/model/types.js';
import { loadProfile } from '../../src/profile/load.js';
import { loadArticleSource } from '../../src/source/load-article.js';
import { file, makeMeta, makeProfile, summarize } from './helpers.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const seedFile = process.env.GALLEY_SEED_FILE ?? join(repoRoot, '../shared/seed/harris-2017-bolshevik-party-transformed.txt');

const source = (meta = makeMeta()): ArticleSource => ({
  id: 'harris-2017', dir: '/articles/harris-2017', file, meta, body: [], footnotes: [], bibliography: [], bibliographyPositions: {},
});

describe('checkArticleRules', () => {
  it('runs the DOI, UDC and citation-block rules together', () => {
    const meta = makeMeta({
      doi: 'https://doi.org/10.15826/qr.2017.3.245',
      udc: '94(470',
      citationBlockSource: { en: { text: 'Harris, J. (2017). Wrong.' } },
    });
    expect(summarize(checkArticleRules(source(meta), makeProfile())).map((s) => s.split(' ').slice(0, 2).join(' '))).toEqual([
      'doi-url-form @3:6', 'udc-syntax @5:8', 'citation-block-mismatch @40:26',
    ]);
  });

  it('uses the citation blocks it is given (the resolved Article) and reports format problems otherwise', () => {
    const meta = makeMeta({ citationBlockSource: { en: { text: 'Given block.' } } });
    const given = [{ lang: 'en', label: 'Citation', text: [{ type: 'text' as const, value: 'Given block.' }], plain: 'Given block.' }];
    expect(checkArticleRules({ ...source(meta), citationBlocks: given }, makeProfile())).toEqual([]);
    const broken = makeProfile({ citationBlock: { en: { label: 'C', format: '{{nope}}' } } });
    expect(checkArticleRules(source(makeMeta()), broken).map((d) => d.rule)).toEqual(['citation-block-format']);
  });
});

describe('the seed article (Harris 2017)', () => {
  const loaded = loadProfile(join(repoRoot, 'journal.yaml'));
  const profile = loaded.profile!;
  const article = loadArticleSource(join(repoRoot, 'article/harris-2017'), profile);

  it('loads', () => {
    expect(loaded.diagnostics.items).toEqual([]);
    expect(article.source?.meta.doi).toBe('10.15826/qr.2017.3.245');
  });

  it('passes every journal rule with no diagnostic', () => {
    expect(checkArticleRules(article.source!, profile)).toEqual([]);
  });

  it('generates, from journal.yaml, exactly the blocks the seed prints', () => {
    const seed = readFileSync(seedFile, 'utf8');
    const printed = (label: string) => new RegExp(`\\*${label}:\\* (.+)`).exec(seed)?.[1].trim();
    const [en, ru] = buildCitationBlocks(article.source!.meta, profile);
    expect(citationBlockMarkdown(en)).toBe(printed('Citation'));
    expect(citationBlockMarkdown(ru)).toBe(printed('Цитирование'));
  });
});
