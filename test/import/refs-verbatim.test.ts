// An entry the parser cannot read with confidence is kept as printed: a note-only
// CSL item with a warning at its place, printed as written by both of the
// journal's lists (the References list prints its own romanized printing), sorted
// among the others, and reported by the build as incomplete.
import { describe, expect, it } from 'vitest';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { parseReferenceLists } from '../../src/import/references/index.js';
import { loadProfile } from '../../src/profile/load.js';
import { loadArticleSource } from '../../src/source/load-article.js';
import { resolveReferences } from '../../src/references/resolve.js';
import { collectCitations } from '../../src/references/walk.js';
import { plainText } from '../../src/references/html-inlines.js';
import { root } from './refs-seed-fixture.js';
import { verbatimInlines } from '../../src/references/verbatim.js';

const web = 'Лэтчфорд Е. У. *С Белой армией в Сибири* [Электронный ресурс] // Восточный фронт армии адмирала А. В. Колчака : сайт. URL: http://east-front.narod.ru/memo/latchford.htm (дата обращения: 23.08.2007).';
const webRomanized = 'Latchford, E. U. (2007). *S Beloi armiei v Sibiri* [With the White Army in Siberia]. Available at: http://east-front.narod.ru/memo/latchford.htm (accessed 23.08.2007).';

describe('an entry kept verbatim', () => {
  const lists = parseReferenceLists({
    primary: [
      { text: 'Carr E. H. The Russian Revolution from Lenin to Stalin. L. : Macmillan, 1979. 200 p.', at: 'paragraph 212' },
      { text: web, at: 'paragraph 213', line: 213 },
    ],
    romanized: [
      { text: 'Carr, E. H. (1979). *The Russian Revolution from Lenin to Stalin*. L., Macmillan. 200 p.', at: 'paragraph 216' },
      { text: webRomanized, at: 'paragraph 217' },
    ],
    lang: 'ru',
    file: 'manuscript.docx',
  });

  it('is a note-only item, with a warning naming its place and what was not read', () => {
    expect(lists.counts).toEqual({ primary: 2, parsed: 1, verbatim: 1, romanized: 2, paired: 2 });
    const item = lists.items[1];
    expect(item).toEqual({
      id: 'letchford2007',
      type: 'document',
      language: 'ru',
      note: web,
      custom: { 'verbatim-romanized': webRomanized },
    });
    expect(lists.diagnostics).toHaveLength(1);
    expect(lists.diagnostics[0]).toMatchObject({ rule: 'import-reference-unparsed', severity: 'warning', position: { file: 'manuscript.docx', line: 213, column: 1 } });
    expect(lists.diagnostics[0].message).toMatch(/^paragraph 213: Unexpected reference “Лэтчфорд Е\. У\. \*С Белой .*” without “Place : Publisher, Year”, year, expected a GOST R 7\.0\.5 description .*; kept as printed$/);
    expect(lists.decisions).toContainEqual(expect.objectContaining({ at: 'paragraph 213', what: 'kept verbatim; its References entry is paragraph 217' }));
  });

  it('prints as written in both lists, sorted among the others, is cited by its first words, and the build reports it', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'galley-verbatim-')), 'harris-2017');
    cpSync(join(root, 'article/harris-2017'), dir, { recursive: true });
    appendFileSync(join(dir, 'references.yaml'), `\n${stringify([lists.items[1]])}`);
    writeFileSync(join(dir, 'article.md'), readFileSync(join(dir, 'article.md'), 'utf8').replace('[@kpss1986]', '[@kpss1986; @letchford2007, с. 3]'));
    const { profile } = loadProfile(join(root, 'journal.yaml'));
    const { source } = loadArticleSource(dir, profile!);
    const { references, diagnostics, citations } = resolveReferences(source!, profile!);
    const primary = references.find((l) => l.kind === 'primary')!.entries;
    const romanized = references.find((l) => l.kind === 'romanized')!.entries;
    const at = (list: typeof primary) => list.findIndex((e) => e.id === 'letchford2007');

    expect(plainText(primary[at(primary)].text)).toBe(web.replace(/\*/g, ''));
    expect(primary[at(primary)].text).toContainEqual({ type: 'emphasis', children: [{ type: 'text', value: 'С Белой армией в Сибири' }] });
    expect([primary[at(primary) - 1].id, primary[at(primary) + 1].id]).toEqual(['lenin1966', 'rgaspi']);

    expect(plainText(romanized[at(romanized)].text)).toBe(webRomanized.replace(/\*/g, ''));
    expect(romanized[at(romanized)].lang).toBe('ru-Latn');
    expect([romanized[at(romanized) - 1].id, romanized[at(romanized) + 1].id]).toEqual(['kpss1986', 'laue1964']);

    const cited = collectCitations(source!).at(-1)!;
    expect(plainText(citations.get(cited.id)!)).toBe('КПСС в резолюциях…; Лэтчфорд Е. У.…, с. 3');

    expect(diagnostics.filter((d) => d.rule === 'reference-incomplete').map((d) => d.message)).toEqual([
      'Unexpected work `letchford2007` kept as printed (`note` only), expected its fields (author, title, year …); every list prints the note as written',
    ]);
  });

  it('prints Markdown italics as emphasis and escapes as the characters', () => {
    expect(verbatimInlines('*Иванов И.* Отчёт \\[рукопись\\], 2 \\* 3.')).toEqual([
      { type: 'emphasis', children: [{ type: 'text', value: 'Иванов И.' }] },
      { type: 'text', value: ' Отчёт [рукопись], 2 * 3.' },
    ]);
  });
});
