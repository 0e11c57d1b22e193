// Round trip of the articles Galley builds itself (the seed and the three
// samples): JATS → galley import jats → galley build gives the same JATS.
// The journal (profile and record) is the repository's, in a scratch copy.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { galley } from '../cli/run.js';
import { journalCopy } from '../helpers/journal-copy.js';

const articles = ['harris-2017', 'lindqvist-2017-railway-time', 'okafor-volkov-2017-postal-roads', 'solonitsyna-2017-salt-ledgers'];

let dir: string;
const jats = (dist: string, id: string) => readFileSync(join(dir, dist, id, `${id}.jats.xml`), 'utf8');
const front = (xml: string) => xml.slice(0, xml.indexOf('</front>'));

beforeAll(async () => {
  dir = journalCopy({ record: true });
  const first = await galley(['build', 'article', '--skip', 'pdf', '-o', 'dist'], dir);
  expect(first.code, first.err).toBe(0);
  const files = articles.map((id) => join('dist', id, `${id}.jats.xml`));
  const imported = await galley(['import', 'jats', ...files, '--into', 'imported', '--profile', 'journal.yaml'], dir);
  expect(imported.code, imported.err).toBe(0);
  const second = await galley(['build', 'imported', '--skip', 'pdf', '-o', 'rebuilt'], dir);
  expect(second.code, second.err).toBe(0);
}, 240_000);

describe('JATS → import → build', () => {
  it.each(articles)('%s: the front (journal-meta, article-meta, citation block) is the same, byte for byte', (id) => {
    expect(front(jats('rebuilt', id))).toBe(front(jats('dist', id)));
  });

  it.each(articles)('%s: the whole JATS is the same, byte for byte', (id) => {
    const [before, after] = [jats('dist', id).split('\n'), jats('rebuilt', id).split('\n')];
    const differing = before.flatMap((line, i) => (line === after[i] ? [] : [`${i + 1}: ${line.slice(0, 160)}\n   ≠ ${(after[i] ?? '(missing)').slice(0, 160)}`]));
    expect(differing.slice(0, 5).join('\n')).toBe('');
    expect(after.length).toBe(before.length);
  });

  it('the import of an article Galley built lists nothing as not kept in its front', () => {
    for (const id of articles) {
      const report = JSON.parse(readFileSync(join(dir, 'imported', id, 'import-report.json'), 'utf8')) as { notKept: { at: string }[] };
      expect(report.notKept.filter((n) => n.at.includes('/front[1]/')), id).toEqual([]);
    }
  });

  it('the running number comes back from the DOI through the journal’s pattern', () => {
    const md = readFileSync(join(dir, 'imported', 'harris-2017', 'article.md'), 'utf8');
    expect(md).toMatch(/^doi: 10\.15826\/qr\.2017\.3\.245\nseq: 245$/m);
  });
});
