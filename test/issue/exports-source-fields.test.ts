// The source fields the exports need (docs/source-format.md): author codes,
// EDN and article type, read from the front matter and checked there.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProfile } from '../../src/profile/load.js';
import { loadArticleSource } from '../../src/source/load-article.js';

const repo = resolve(import.meta.dirname, '../..');
const profile = loadProfile(join(repo, 'journal.yaml')).profile!;

function load(authorLines: string, articleLines = '') {
  const dir = join(mkdtempSync(join(tmpdir(), 'galley-fields-')), 'harris-2017');
  cpSync(join(repo, 'article/harris-2017'), dir, { recursive: true });
  const file = join(dir, 'article.md');
  const text = readFileSync(file, 'utf8')
    .replace('    affiliations: [leeds]\n', `    affiliations: [leeds]\n${authorLines}`)
    .replace('seq: 245\n', `seq: 245\n${articleLines}`);
  writeFileSync(file, text);
  return { ...loadArticleSource(dir, profile), text, file };
}

describe('export fields of the source', () => {
  it('reads SPIN, Scopus Author ID, ResearcherID, EDN and type', () => {
    const { source, diagnostics } = load('    spin: 1234-5678\n    scopus-id: 57190000000\n    researcher-id: A-1234-2017\n', 'edn: ABCDEF\ntype: review-article\n');
    expect(diagnostics.filter((d) => d.rule.startsWith('meta-'))).toEqual([]);
    expect(source!.meta.authors[0]).toMatchObject({ spin: '1234-5678', scopusId: '57190000000', researcherId: 'A-1234-2017' });
    expect(source!.meta).toMatchObject({ edn: 'ABCDEF', articleType: 'review-article' });
  });

  it.each([
    ['    spin: 12345678\n', '', 'authors.0.spin', /expected an eLIBRARY SPIN code/],
    ['    scopus-id: abc\n', '', 'authors.0.scopus-id', /expected a Scopus Author ID/],
    ['    researcher-id: 1234\n', '', 'authors.0.researcher-id', /expected a Web of Science ResearcherID/],
    ['', 'edn: abc\n', 'edn', /expected an EDN of six capital Latin letters/],
    ['', 'type: article\n', 'type', /expected one of research-article, review-article/],
  ])('%j%j: meta-type at the field', (authorLines, articleLines, _path, message) => {
    const { diagnostics, text, file } = load(authorLines, articleLines);
    const found = diagnostics.filter((d) => d.rule === 'meta-type');
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(message);
    const line = text.split('\n').findIndex((l) => l.includes((authorLines || articleLines).trim().split('\n')[0])) + 1;
    expect(found[0].position).toMatchObject({ file, line });
  });
});
